import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './index.js';

// [text, publication date, expected span text, type, value]
const cases: [string, string, string, string, string][] = [
  ['The siege lasted three years.', '2026-03-14', 'three years', 'DURATION', 'P3Y'],
  ['Aid has been blocked for the past two weeks.', '2026-03-14', 'for the past two weeks', 'DURATION', 'P2W'],
  ['The ceasefire held for a year.', '2026-03-14', 'for a year', 'DURATION', 'P1Y'],
  ['Parliament approved a five-year plan.', '2026-03-14', 'five-year', 'DURATION', 'P5Y'],
  ['Rescuers dug for 5 1/2 hours.', '2026-03-14', 'for 5 1/2 hours', 'DURATION', 'PT5H30M'],
  ['The court gave them 2 1/2 years.', '2026-03-14', '2 1/2 years', 'DURATION', 'P2Y6M'],
  ['The region has been at war for two decades.', '2026-03-14', 'for two decades', 'DURATION', 'P20Y'],
  ['Output fell in the first nine months.', '2026-03-14', 'the first nine months', 'DURATION', 'P9M'],
  ['Talks could take several weeks.', '2026-03-14', 'several weeks', 'DURATION', 'PXW'],
  ['Three days later, the road reopened.', '2026-03-14', 'Three days', 'DURATION', 'P3D'],
  ['The team held a day-long meeting.', '2026-03-14', 'a day-long', 'DURATION', 'P1D'],
  ['Families waited for weeks at the border.', '2026-03-14', 'weeks', 'DURATION', 'PXW'],
  ['The rebels took the town two years ago.', '2026-03-14', 'two years ago', 'DATE', '2024'],
  ['The mine was closed six weeks ago.', '2026-03-14', 'six weeks ago', 'DATE', '2026-W05'],
  ['He resigned three months ago.', '2026-03-14', 'three months ago', 'DATE', '2025-12'],
  ['The bridge fell five days ago.', '2026-03-14', 'five days ago', 'DATE', '2026-03-09'],
  ['A mortar hit the market two hours ago.', '2026-03-14', 'two hours ago', 'DATE', '2026-03-14'],
  ['The rules changed several years ago.', '2026-03-14', 'several years ago', 'DATE', 'PAST_REF'],
  // Wire copy wraps lines anywhere; the span's text keeps the line break as written.
  ['THE BRIDGE FELL 5\nDAYS AGO.', '2026-03-14', '5\nDAYS AGO', 'DATE', '2026-03-09'],
];

test('durations: no date reads across a blank line', () => {
  assert.ok(!findDates('THE TALKS LASTED 5\n\nDAYS LATER THEY ENDED.', '2026-03-14').some((d) => d.text.includes('\n')));
});

test('durations: amounts of time and points counted back', async (t) => {
  for (const [text, published, phrase, type, value] of cases) {
    await t.test(text, () => {
      const d = findDates(text, published).find((x) => x.text === phrase);
      assert.ok(d, `expected "${phrase}" in ${JSON.stringify(findDates(text, published).map((x) => x.text))}`);
      assert.equal(d.type, type);
      assert.equal(d.value, value);
    });
  }
});

test('durations: rates, ages and ordinals are no durations', () => {
  for (const [text, words] of [
    ['The firm pays $2 a year per share.', 'a year'],
    ['A 44-year-old driver was hurt.', '44-year'],
    ['They voted a second time.', 'a second'],
    ['About three-quarters of the shares changed hands.', 'three-quarters'],
  ]) {
    const at = text.indexOf(words);
    assert.ok(!findDates(text, '2026-03-14').some((d) => d.start < at + words.length && at < d.end), text);
  }
});

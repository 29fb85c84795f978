import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './index.js';
import { chronoWindows } from './windows.js';

// [text, publication date, expected span text, value]; 2026-03-11 is a Wednesday.
const cases: [string, string, string, string][] = [
  ['The delegation will arrive on Thursday.', '2026-03-11', 'on Thursday', '2026-03-12'],
  ['A car bomb exploded on Thursday.', '2026-03-11', 'on Thursday', '2026-03-05'],
  ['Ministers meet next Tuesday.', '2026-03-11', 'next Tuesday', '2026-03-17'],
  ['The vote is this Friday.', '2026-03-11', 'this Friday', '2026-03-13'],
  ['The strike ended last Wednesday.', '2026-03-11', 'last Wednesday', '2026-03-04'],
  ['Two mortars landed Friday morning.', '2026-03-14', 'Friday morning', '2026-03-13TMO'],
  ['Sirens sounded last night.', '2026-03-14', 'last night', '2026-03-13TNI'],
  ['The clinic was attacked on the night of Feb. 23.', '2026-03-14', 'Feb. 23', '2026-02-23'],
  ['Bids closed this September.', '2026-03-14', 'this September', '2026-09'],
  ['Fighting broke out in July last year.', '2026-03-14', 'July last year', '2025-07'],
  ['Shares were bought from Jan. 26 to Feb. 20.', '2026-03-14', 'Feb. 20', '2026-02-20'],
  ['The option runs after Jan. 1, 2027 at 1,240 euros a share.', '2026-03-14', 'Jan. 1, 2027', '2027-01-01'],
  ['The blast was heard at 8:40 pm.', '2026-03-14', 'at 8:40 pm', 'XXXX-XX-XXT20:40'],
  ['The raid began on 9 Mar and ended at 14.30 GMT.', '2026-03-14', 'on 9 Mar', '2026-03-09'],
  ['Sirens sounded at 14.30 GMT.', '2026-03-14', 'at 14.30 GMT', 'XXXX-XX-XXT14:30'],
  ['The petition was handed over at midday.', '2026-03-14', 'midday', 'XXXX-XX-XXT12:00'],
  ['Results are due Apr. 20, the company said.', '2026-03-14', 'Apr. 20', '2026-04-20'],
  // Two digits after a line break, or after a comma behind day and month, start the next phrase: not a year.
  ['GUERRILLAS RAIDED THE TOWN ON 2 MARCH\n14 HOUSES WERE BURNED.', '2026-03-14', 'ON 2 MARCH', '2026-03-02'],
  ['The army said that on 3 March, 12 rebels surrendered.', '2026-03-14', 'on 3 March', '2026-03-03'],
  ['The accord signed March 3, 98 was renewed.', '2026-03-14', 'March 3, 98', '1998-03-03'],
];

test('chrono dates: weekdays, parts of the day, months and ranges', async (t) => {
  for (const [text, published, phrase, value] of cases) {
    await t.test(text, () => {
      const found = findDates(text, published);
      const d = found.find((x) => x.text === phrase);
      assert.ok(d, `expected "${phrase}" in ${JSON.stringify(found.map((x) => x.text))}`);
      assert.equal(d.value, value);
    });
  }
});

test('chrono dates: prices, fractions, company names and verbs are no dates', () => {
  for (const text of ['The stock rose 5/8 to 31 1/4.', 'It earned $4.15 a share.', 'Sun Lines shares fell 2 to 37.', 'Thousands march on the capital.', 'The index rose 7 to 30.']) {
    assert.deepEqual(findDates(text, '2026-03-14').map((d) => d.text), [], text);
  }
});

test('chrono windows: only around date words, and never cutting a word', () => {
  const text = `${'Talks went on and on. '.repeat(10)}They end on Dec. 9, 2026, officials said.${' More talk.'.repeat(10)}`;
  const [w, ...rest] = chronoWindows(text);
  assert.equal(rest.length, 0);
  assert.ok(text.slice(w.start, w.end).includes('Dec. 9, 2026'));
  assert.ok(w.start > 0 && /\s/.test(text[w.start - 1]) && w.end < text.length && /\s/.test(text[w.end]));
});

test('chrono dates: a night runs into the next day, other parts of the day do not', () => {
  // [text, publication date, span text, expected range start, end]
  const rows: [string, string, string, string, string][] = [
    ['Sirens sounded last night.', '2026-03-14', 'last night', '2026-03-13', '2026-03-14'],
    ['Shots were heard on Friday night.', '2026-03-16', 'on Friday night', '2026-03-13', '2026-03-14'],
    ['Two mortars landed Friday morning.', '2026-03-14', 'Friday morning', '2026-03-13', '2026-03-13'],
  ];
  for (const [text, published, phrase, start, end] of rows) {
    const d = findDates(text, published).find((x) => x.text === phrase);
    assert.ok(d?.range, `expected "${phrase}" with a range`);
    assert.deepEqual([d.range.start, d.range.end], [start, end], text);
  }
});

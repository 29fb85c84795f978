import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './index.js';

// [text, publication date, expected span text, value]
const cases: [string, string, string, string][] = [
  ['The boat sank on Thanksgiving Day.', '2026-01-07', 'Thanksgiving Day', '2025-11-27'],
  ['Shops closed at Christmas.', '2026-01-07', 'Christmas', '2025-12-25'],
  ['Voters go to the polls on Election Day.', '2026-10-20', 'Election Day', '2026-11-03'],
  ['Fireworks were banned last New Year\'s Eve.', '2026-03-14', 'last New Year\'s Eve', '2025-12-31'],
];

test('holidays: "Election Day" far from November is another country\'s vote, left unresolved', () => {
  const d = findDates('Clashes went on through Election Day itself.', '2026-03-19').find((x) => x.text === 'Election Day');
  assert.ok(d, 'the span is kept');
  assert.equal(d.value, 'XXXX-XX-XX');
});

test('holidays: named days placed like a month-day', async (t) => {
  for (const [text, published, phrase, value] of cases) {
    await t.test(text, () => {
      const d = findDates(text, published).find((x) => x.text === phrase);
      assert.ok(d, `expected "${phrase}"`);
      assert.equal(d.value, value);
    });
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankRanges } from './analysed-text.js';

// [name, text, ranges as [start, end], expected]
const rows: [string, string, [number, number][], string][] = [
  ['no range: the same text', 'Rockets hit the port.', [], 'Rockets hit the port.'],
  ['a line blanked, its line break kept', 'Share this\nRockets hit the port.', [[0, 10]], '          \nRockets hit the port.'],
  ['a range over two lines keeps both breaks', 'A\nRead more\nOld story\r\nNew text', [[2, 22]], 'A\n         \n          \nNew text'],
  ['unsorted and overlapping ranges', 'abc\ndef\nghi', [[8, 11], [0, 3], [2, 5]], '   \n ef\n   '],
  ['a range past the end is clamped', 'abc', [[1, 10]], 'a  '],
];

test('analysed text: excluded ranges become spaces, offsets and line breaks stay', async (t) => {
  for (const [name, text, ranges, expected] of rows) {
    await t.test(name, () => {
      const got = blankRanges(text, ranges.map(([start, end]) => ({ start, end })));
      assert.equal(got, expected);
      assert.equal(got.length, text.length);
    });
  }
});

test('analysed text: annotate gives no layer inside boilerplate, but reads the headline', async () => {
  const { annotateDoc } = await import('../extract.js');
  const text = [
    'Rockets hit Kabul airport',
    'By Jane Doe',
    'Three rockets hit the airport in Kabul on Monday, police said.',
    'Share on Facebook',
    'Latest Stories',
    'Floods in Lahore leave two dead',
    '3 hours ago',
  ].join('\n');
  const record = annotateDoc({ id: 'page', text, published: '2026-05-06', title: null, url: null, source: null, language: null, origin: 'test' });
  const blanked = record.excluded.filter((e) => e.reason !== 'heading');
  assert.deepEqual(blanked.map((e) => text.slice(e.start, e.end)), ['By Jane Doe', 'Share on Facebook', 'Latest Stories\nFloods in Lahore leave two dead\n3 hours ago']);
  for (const [name, spans] of Object.entries({ sentences: record.sentences, dates: record.dates, places: record.places, numbers: record.numbers, actors: record.actors })) {
    for (const s of spans) assert.ok(!blanked.some((e) => e.start < s.end && s.start < e.end), `${name} ${text.slice(s.start, s.end)} lies in boilerplate`);
  }
  assert.ok(record.places.some((p) => p.start < text.indexOf('\n')), 'the headline names a place');
  assert.ok(!record.places.some((p) => p.text === 'Lahore'), 'the list names Lahore');
  assert.deepEqual(record.dates.map((d) => d.text), ['on Monday']);
});

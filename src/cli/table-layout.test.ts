import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countText } from './incident-fields.js';
import { fit, renderTable } from './table-layout.js';

describe('renderTable', () => {
  const columns = [{ title: 'id', shrink: false, align: 'right' as const }, { title: 'place', shrink: true }, { title: 'sources', shrink: true }];
  const rows = [['1', 'Al-Karkh district, Baghdad', 'Rudaw, Al Arabiya, Reuters'], ['12', 'Kabul', 'AP']];
  it('keeps every line within the width, cutting the widest columns first', () => {
    const out = renderTable(columns, rows, 30);
    for (const line of out.trimEnd().split('\n')) assert.ok([...line].length <= 30, line);
    assert.match(out, /…/);
    assert.match(out, /^ 1 /m); // id is neither cut nor left-aligned
  });
  it('does not cut when there is room', () => assert.doesNotMatch(renderTable(columns, rows), /…/));
  it('puts a cell on one line', () => assert.equal(renderTable([{ title: 'a', shrink: true }], [['x\ny']]), 'a\nx y\n'));
  it('cuts by code point', () => assert.equal(fit('ab😀cd', 4), 'ab😀…'));
});

describe('countText', () => {
  const count = (best: number | null, low: number) => ({ best, low, high: best, text: '', start: 0, end: 0 });
  const cases: [string, Parameters<typeof countText>[0], string][] = [
    ['not stated', null, '?'],
    ['explicit zero', count(0, 0), '0'],
    ['a number', count(12, 12), '12'],
    ['only a lower bound', count(null, 2), '2+'],
    ['no number at all', count(null, 0), '?'],
  ];
  for (const [name, c, expected] of cases) it(name, () => assert.equal(countText(c), expected));
});

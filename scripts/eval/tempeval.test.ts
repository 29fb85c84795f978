import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateAnn } from './run-annotate.js';
import { scoreTempDoc, scoreTempEval } from './tempeval.js';
import type { Timex } from './timeml.js';

// Invented: "We met on Monday, 4 May, for two hours."
const TEXT = 'We met on Monday, 4 May, for two hours.';
const g = (start: number, end: number, value: string, type = 'DATE'): Timex => ({ start, end, value, type, tid: 't' });
const p = (start: number, end: number, value: string | null, type = 'DATE'): DateAnn => ({ start, end, value, type, text: TEXT.slice(start, end) });
const GOLD = [g(10, 16, '2015-05-04'), g(18, 23, '2015-05-04'), g(29, 38, 'PT2H', 'DURATION')];

test('scoreTempDoc', () => {
  const cases = [
    { name: 'exact', pred: [p(10, 16, '2015-05-04'), p(18, 23, '2015-05-04'), p(29, 38, 'PT2H', 'DURATION')], span: [3, 0, 0], strict: 3, value: [3, 0, 0], type: 3 },
    // "on Monday, 4 May" overlaps both gold dates but pairs with one; the other is missed
    { name: 'one wide span', pred: [p(7, 23, '2015-05-04')], span: [1, 0, 2], strict: 0, value: [1, 0, 2], type: 1 },
    { name: 'wrong value', pred: [p(29, 38, 'P2H', 'DURATION')], span: [1, 0, 2], strict: 1, value: [0, 1, 3], type: 1 },
    { name: 'spurious and null value', pred: [p(0, 2, null), p(10, 16, null)], span: [1, 1, 2], strict: 1, value: [0, 2, 3], type: 1 },
    { name: 'equal value wins the pair', pred: [p(10, 23, '2015-05-04', 'DATE'), p(12, 14, 'XXXX', 'DATE')], span: [2, 0, 1], strict: 0, value: [1, 1, 2], type: 2 },
  ];
  for (const c of cases) {
    const s = scoreTempDoc(TEXT, GOLD, c.pred);
    assert.deepEqual([s.span.tp, s.span.fp, s.span.fn], c.span, `${c.name}: span`);
    assert.equal(s.strict.tp, c.strict, `${c.name}: strict`);
    assert.deepEqual([s.value.tp, s.value.fp, s.value.fn], c.value, `${c.name}: value`);
    assert.equal(s.type.tp, c.type, `${c.name}: type`);
  }
});

test('scoreTempDoc: per type and error kinds', () => {
  const s = scoreTempDoc(TEXT, GOLD, [p(10, 16, '2015-05-11'), p(0, 2, 'PRESENT_REF')]);
  assert.deepEqual(s.byType.get('DATE'), { gold: 2, found: 1, value: 0 });
  assert.deepEqual(s.byType.get('DURATION'), { gold: 1, found: 0, value: 0 });
  assert.deepEqual(s.errors.map((e) => e.kind).sort(), ['missed', 'missed', 'spurious', 'wrong value']);
});

test('scoreTempEval sums documents; a missing record predicts nothing', () => {
  const r = scoreTempEval([{ id: 'a', text: TEXT, timexes: GOLD }, { id: 'b', text: TEXT, timexes: GOLD }], [{ id: 'a', dates: [p(29, 38, 'PT2H')] }]);
  assert.deepEqual(r.value, { tp: 1, fp: 0, fn: 5 });
  assert.equal(r.missing, 1);
  assert.equal(r.gold, 6);
});

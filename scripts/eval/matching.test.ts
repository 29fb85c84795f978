import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxMatching, maxPairs, maxWeightPairs, overlap } from './matching.js';

test('overlap', () => {
  const cases = [
    { a: [0, 5], b: [3, 8], want: 2 },
    { a: [0, 5], b: [5, 8], want: 0 }, // half-open: touching is not overlapping
    { a: [2, 4], b: [0, 10], want: 2 },
    { a: [7, 9], b: [0, 3], want: 0 },
  ];
  for (const { a, b, want } of cases) assert.equal(overlap({ start: a[0], end: a[1] }, { start: b[0], end: b[1] }), want, `${a} ${b}`);
});

test('maxMatching finds the augmenting path greedy misses', () => {
  const cases = [
    { name: 'needs reassignment', ok: [[true, true], [true, false]], want: 2 },
    { name: 'two golds, one prediction', ok: [[true], [true]], want: 1 },
    { name: 'none', ok: [[false, false]], want: 0 },
    { name: 'no predictions', ok: [[]], want: 0 },
  ];
  for (const c of cases) assert.equal(maxMatching(c.ok.length, c.ok[0].length, (g, p) => c.ok[g][p]), c.want, c.name);
});

test('maxPairs returns the pairs', () => {
  const ok = (g: number, p: number) => [[true, true], [true, false]][g][p];
  assert.deepEqual(maxPairs(2, 2, ok), [[0, 1], [1, 0]]);
});

test('maxWeightPairs maximises the total weight', () => {
  const cases: { name: string; w: (number | null)[][]; want: [number, number][] }[] = [
    { name: 'greedy would take 5 and stop', w: [[5, 4], [4, null]], want: [[0, 1], [1, 0]] },
    { name: 'more golds than predictions', w: [[1], [3], [2]], want: [[1, 0]] },
    { name: 'more predictions than golds', w: [[1, 3, 2]], want: [[0, 1]] },
    { name: 'nothing compatible', w: [[null, null]], want: [] },
    { name: 'empty', w: [[]], want: [] },
  ];
  for (const c of cases) assert.deepEqual(maxWeightPairs(c.w.length, c.w[0].length, (g, p) => c.w[g][p]), c.want, c.name);
});

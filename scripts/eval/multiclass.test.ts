import assert from 'node:assert/strict';
import { test } from 'node:test';
import { multiclass, type Pair, topConfusions } from './multiclass.js';

const pairs = (s: string): Pair[] => s.split(' ').map((x) => ({ gold: x.split('>')[0], pred: x.split('>')[1] }));
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

test('multiclass: weighted F1 as scikit-learn computes it', () => {
  const cases = [
    // A: P 2/3 R 1 F1 .8 (support 2); B: P 1 R .5 F1 2/3 (support 2): weighted (0.8*2 + 2/3*2)/4
    { name: 'two labels', p: 'a>a a>a b>b b>a', labels: undefined, acc: 0.75, w: (0.8 * 2 + (2 / 3) * 2) / 4 },
    { name: 'all right', p: 'a>a b>b', labels: undefined, acc: 1, w: 1 },
    // "none" is never a gold label: it only costs recall of the gold label
    { name: 'abstention', p: 'a>a a>none', labels: undefined, acc: 0.5, w: 2 / 3 },
    // restricted to a: b's support carries no weight, but predicting a for b still costs a's precision
    { name: 'label subset', p: 'a>a b>a', labels: ['a'], acc: 0.5, w: 2 / 3 },
    { name: 'empty', p: '', labels: ['a'], acc: 0, w: 0 },
  ];
  for (const c of cases) {
    const s = multiclass(c.p ? pairs(c.p) : [], c.labels);
    assert.ok(near(s.accuracy, c.acc), `${c.name}: accuracy ${s.accuracy}`);
    assert.ok(near(s.weightedF1, c.w), `${c.name}: weighted F1 ${s.weightedF1} want ${c.w}`);
  }
});

test('multiclass: per-label counts', () => {
  const s = multiclass(pairs('a>a a>b b>b c>none'));
  assert.deepEqual(s.perLabel.map((l) => [l.label, l.support, l.predicted, l.tp]), [['a', 2, 1, 1], ['b', 1, 2, 1], ['c', 1, 0, 0]]);
  assert.ok(near(s.macroF1, ((2 / 3) + (2 / 3) + 0) / 3));
});

test('topConfusions', () => {
  assert.deepEqual(topConfusions(pairs('a>b a>b c>b a>a c>d'), 2), [{ gold: 'a', pred: 'b', count: 2 }, { gold: 'c', pred: 'b', count: 1 }]);
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FusionItem, scorePairs } from './fusion-pairs.js';

const item = (doc: string, gold: string, predicted: number | null): FusionItem => ({ doc, gold, predicted });

describe('fusion scores', () => {
  it('a perfect assignment scores 1 pairwise and B-cubed', () => {
    const s = scorePairs([item('a', 'X', 1), item('b', 'X', 1), item('c', 'Y', 2)]);
    assert.deepEqual([s.tp, s.fp, s.fn, s.f1, s.b3Precision, s.b3Recall], [1, 0, 0, 1, 1, 1]);
  });
  it('one event split in two halves: pairwise counts pairs, B-cubed items', () => {
    // Gold: four reports of X. Stored: two incidents of two reports each.
    const s = scorePairs([item('a', 'X', 1), item('b', 'X', 1), item('c', 'X', 2), item('d', 'X', 2)]);
    assert.deepEqual([s.tp, s.fp, s.fn], [2, 0, 4]);
    assert.equal(s.b3Precision, 1);
    assert.equal(s.b3Recall, 0.5);
  });
  it('two events merged, and an item with no incident', () => {
    const s = scorePairs([item('a', 'X', 1), item('b', 'Y', 1), item('c', 'Y', null)]);
    assert.deepEqual([s.tp, s.fp, s.fn, s.falseMerges, s.mergedIncidents], [0, 1, 1, 1, 1]);
    // a: 1/2 precision, 1 recall; b: 1/2, 1/2; c: 1, 1/2.
    assert.equal(s.b3Precision, 2 / 3);
    assert.equal(s.b3Recall, 2 / 3);
  });
});

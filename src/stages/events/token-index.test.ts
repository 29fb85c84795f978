import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../../doc/doc.js';
import { firstAtOrAfter, tokenAt } from './token-index.js';

// Tokens of an invented line "Gunmen shot two guards at dawn." (offsets only matter here).
const tokens = [[0, 6], [7, 11], [12, 15], [16, 22], [23, 25], [26, 30], [30, 31]]
  .map(([start, end]) => ({ start, end }) as Token);

test('firstAtOrAfter and tokenAt find what a scan from the first token finds', () => {
  for (let offset = -2; offset <= 34; offset++) {
    assert.equal(firstAtOrAfter(tokens, offset), tokens.findIndex((t) => t.start >= offset), `>= ${offset}`);
    assert.equal(tokenAt(tokens, offset), tokens.findIndex((t) => t.start === offset), `=== ${offset}`);
  }
  assert.equal(firstAtOrAfter([], 3), -1);
  assert.equal(tokenAt([], 0), -1);
});

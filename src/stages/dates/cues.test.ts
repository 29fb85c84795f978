import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holds, holdsAny } from './cues.js';

// Keys that overlap in every way: prefixes ("recent"/"recently"), suffixes ("days"/"these days"), infixes ("now" in
// "known"), and one that ends where another starts ("r that ").
const KEYS = ['recent', 'recently', 'days', 'these days', 'now', 'known', 'r that ', 'later that', 'a', 'ab', 'b', "new year's", '-long', ' of '];
const TEXTS = [
  '', 'recent', 'recently', 'these days', 'nowadays known', 'later that day', 'ab', 'ba', 'b', 'a day-long siege',
  "new year's eve", 'the end of the year', 'nothing here', 'recentlyrecent', 'aaaa', 'thesedays days',
];

test('holds answers as includes does, on the first text and after the scan is built', () => {
  for (let round = 0; round < 2; round++) {
    for (const text of TEXTS) {
      for (const key of KEYS) assert.equal(holds(text, key), text.includes(key), `round ${round}: "${text}" holds "${key}"`);
    }
  }
});

test('holdsAny is true when any key is held', () => {
  assert.equal(holdsAny('later that day', ['quarter', 'r that ']), true);
  assert.equal(holdsAny('later that day', ['quarter', 'half']), false);
  assert.equal(holdsAny('anything', []), false);
});

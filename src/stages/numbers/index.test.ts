import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../sentences/index.js';
import { findNumbers } from './index.js';

const cases: [string, number[]][] = [
  ['Three rockets struck the embassy.', [3]],
  ['Two hundred people marched and 1,200 more joined.', [200, 1200]],
  ['A reward of $100,000 was offered.', [100000]],
  ['Twenty-five soldiers and a dozen police officers were hurt.', [25, 12]],
  ['FOUR REBELS WERE KILLED AND NINE OTHERS WERE WOUNDED.', [4, 9]],
  ['No number here at all.', []],
  ['One hundred and fifty homes burned.', [150]],
  ['the constructor of the toString valueOf hasOwnProperty bridge', []], // names every object inherits are no numbers
];

test('numbers: digits and words with values', async (t) => {
  for (const [text, expected] of cases) {
    await t.test(text, () => {
      const found = findNumbers(text, tokenize(text).tokens);
      assert.deepEqual(found.map((n) => n.value), expected);
      for (const n of found) assert.equal(text.slice(n.start, n.end), n.text);
    });
  }
});

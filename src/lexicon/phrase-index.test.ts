import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../stages/sentences/index.js';
import { PhraseIndex } from './phrase-index.js';

const found = <T>(index: PhraseIndex<T>, text: string, accept?: (v: T) => boolean) =>
  index.match(text, tokenize(text).tokens, accept).map((m) => `${m.text}=${String(m.value)}`);

test('phrase index: longest phrase first, any case and spacing, diacritics folded', () => {
  const index = new PhraseIndex<string>();
  index.add('Port Harbour', 'port');
  index.add('Port Harbour Naval Base', 'base');
  index.add('Zürich Airport', 'zrh');
  const cases: [string, string[]][] = [
    ['Ships left the Port Harbour Naval Base at dawn.', ['Port Harbour Naval Base=base']],
    ['Ships left PORT  HARBOUR on Monday.', ['PORT  HARBOUR=port']],
    ['Flights at Zurich airport resumed.', ['Zurich airport=zrh']],
    ['The Portland harbour was calm.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(found(index, text), want, text);
});

test('phrase index: the same tokens matched again with another filter, and after a phrase is added', () => {
  const index = new PhraseIndex<number>();
  index.add('north gate', 1);
  index.add('north gate camp', 2);
  const text = 'Guards at the North Gate Camp and the north gate fired.';
  const { tokens } = tokenize(text);
  assert.deepEqual(index.match(text, tokens).map((m) => m.value), [2, 1]);
  assert.deepEqual(index.match(text, tokens, (v) => v === 1).map((m) => m.text), ['North Gate', 'north gate']);
  index.add('guards', 3);
  assert.deepEqual(index.match(text, tokens).map((m) => m.value), [3, 2, 1]);
});

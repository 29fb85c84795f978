import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FragmentSet } from './fragments.js';

const found = (set: FragmentSet, text: string) => set.foundIn(text).map((i) => set.fragments[i]).sort();
const included = (set: FragmentSet, text: string) => set.fragments.filter((f) => text.includes(f)).sort();

// Fragments that overlap as prefixes, suffixes and infixes, repeat, and share no character with some texts.
const FRAGMENTS = ['he', 'she', 'his', 'hers', 'ied', 'died', 'carried out', 'air', 'air force', 'r that ', 'a', 'aa', 'aaa', '0s', "new year's", '-long'];
const TEXTS = ['', 'ushers', 'she died', 'chair of the air force', 'carried', 'carried out', 'later that day', 'aaaa', 'the 1990s',
  "new year’s", "new year's eve", 'a day-long siege', 'über ushers', '\u{1F600}hers', 'nothing'];

test('FragmentSet finds exactly the fragments a text includes', () => {
  const set = new FragmentSet(FRAGMENTS);
  for (const text of TEXTS) assert.deepEqual(found(set, text), included(set, text), text);
});

test('FragmentSet agrees with includes on generated texts', () => {
  const set = new FragmentSet(['ab', 'bab', 'abc', 'c', 'bca', 'aab']);
  let seed = 7;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let n = 0; n < 500; n++) {
    const text = Array.from({ length: rand(12) }, () => 'abcé '[rand(5)]).join('');
    assert.deepEqual(found(set, text), included(set, text), text);
  }
});

test('FragmentSet turns down empty and non-ASCII fragments', () => {
  assert.throws(() => new FragmentSet(['']), /non-empty ASCII/);
  assert.throws(() => new FragmentSet(['año']), /non-empty ASCII/);
});

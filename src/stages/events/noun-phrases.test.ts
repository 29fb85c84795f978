import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../sentences/index.js';
import { listed, phraseAfter, phraseBefore } from './noun-phrases.js';

const after = (text: string, word: string) => {
  const { tokens } = tokenize(text);
  return { tokens, p: phraseAfter(tokens, tokens.findIndex((t) => t.lower === word) + 1) };
};
const words = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

test('phraseAfter: a time after the phrase and a "so-called" before it are no part of it', () => {
  const cases: [string, string, string][] = [
    ['The offices were bombed by drug traffickers last weekend.', 'by', 'drug traffickers'],
    ['Four agents were kidnapped by the so-called Popular Army.', 'by', 'Popular Army'],
  ];
  for (const [text, word, want] of cases) {
    for (const t of [text, text.toUpperCase()]) assert.equal(words(t, after(t, word).p), t === text ? want : want.toUpperCase(), t);
  }
});

test('phraseAfter: in capitals a possessive after a name joins the phrase', () => {
  const cases: [string, string, string][] = [
    ["THE BOMB DESTROYED QUENTALVA'S OFFICES.", 'destroyed', "QUENTALVA'S OFFICES"],
    ["The bomb destroyed the minister's car.", 'destroyed', "minister's car"],
  ];
  for (const [text, word, want] of cases) assert.equal(words(text, after(text, word).p), want, text);
});

test('phraseAfter: a word written tight after a hyphen belongs to the compound', () => {
  const cases: [string, string, string][] = [
    ['A bomb destroyed one branch of the state-owned savings bank in the port.', 'destroyed', 'branch of the state-owned savings bank'],
    ['THEY WERE KILLED BY MOTORCYCLE-RIDING GUNMEN.', 'by', 'MOTORCYCLE-RIDING GUNMEN'],
    // "X-linked", "X-backed" name another group as a relation: the phrase stops there.
    ['The attack was claimed by the army-backed militia.', 'by', 'army'],
  ];
  for (const [text, word, want] of cases) assert.equal(words(text, after(text, word).p), want, text);
});

test('listed: the items of a list after the first, up to a verb, a clause or (among people) an apposition', () => {
  const cases: [string, string, boolean, string[]][] = [
    ['Rebels burned the town hall, the bank, two trucks and a bus.', 'burned', false, ['bank', 'trucks', 'bus']],
    ['Rebels burned the town hall, a bank and a bus.', 'burned', false, ['bank', 'bus']],
    ['Gunmen shot Juan Perez, a union leader, and fled.', 'shot', true, []],
    ['Rebels burned the town hall, which was empty.', 'burned', false, []],
    ['Rebels burned the town hall and killed two guards.', 'burned', false, []],
  ];
  for (const [text, word, people, want] of cases) {
    for (const t of [text, text.toUpperCase()]) {
      const { tokens, p } = after(t, word);
      assert.deepEqual(listed(tokens, p!, people).map((q) => words(t, q)), t === text ? want : want.map((w) => w.toUpperCase()), t);
    }
  }
});

test('phraseBefore: the name before a bracket that spells it out', () => {
  for (const text of ['The RDF [Red Dawn Front] attacked a post.', 'The Red Dawn Front (RDF) was blamed.']) {
    for (const t of [text, text.toUpperCase()]) {
      const { tokens } = tokenize(t);
      const verb = tokens.findIndex((x) => /^(attacked|was)$/.test(x.lower));
      assert.equal(words(t, phraseBefore(tokens, verb)), t.split(/\s*[([]/)[0].replace(/^the /i, ''), t);
    }
  }
});

test('phraseAfter: in capitals a participle that opens the phrase joins it', () => {
  const cases: [string, string, string][] = [
    ['THE LAWYER WAS SHOT BY HIRED KILLERS NEAR HIS OFFICE.', 'by', 'HIRED KILLERS'],
    ['THE VAN WAS STOPPED BY HOODED MEN ON THE BRIDGE.', 'by', 'HOODED MEN'],
    ['THE FARM WAS BURNED BY THE REBELS.', 'by', 'REBELS'],
    ['MASKED YOUTHS HURLED STONES AT A PRIVATELY OPERATED MINIBUS.', 'at', 'PRIVATELY OPERATED MINIBUS'],
  ];
  for (const [text, word, want] of cases) assert.equal(words(text, after(text, word).p), want, text);
});

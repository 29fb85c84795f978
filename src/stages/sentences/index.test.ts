import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capsShare, isAllCaps, tokenize } from './index.js';

const rows: [string, string[]][] = [
  ['Three rockets hit the embassy. U.S. officials said Mr. Smith left at 3 p.m. on Jan. 5.', ['Three rockets hit the embassy.', 'U.S. officials said Mr. Smith left at 3 p.m. on Jan. 5.']],
  ['Another blast\nIt was the third this year.', ['Another blast', 'It was the third this year.']],
  ['THE ARMY REPORTED THAT A BOMB EXPLODED. NO ONE WAS HURT.', ['THE ARMY REPORTED THAT A BOMB EXPLODED.', 'NO ONE WAS HURT.']],
];

test('sentences: offsets index the text; lines are hard boundaries', async (t) => {
  for (const [text, expected] of rows) {
    await t.test(text, () => {
      const { sentences, tokens } = tokenize(text);
      assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), expected);
      for (const tok of tokens) assert.equal(text.slice(tok.start, tok.end), tok.text);
      assert.ok(tokens.every((tok) => tok.text.trim() !== ''), 'no white-space tokens');
    });
  }
});

test('sentences: hard-wrapped wire copy joins its lines', () => {
  const line = 'THE ARMED FORCES PRESS COMMITTEE REPORTED THAT GUERRILLAS ATTACKED THE';
  const text = `${line}\nPOWER STATION IN THE TOWN YESTERDAY AND DESTROYED TWO PYLONS OF THE\nNATIONAL GRID, CUTTING POWER TO THE EASTERN REGION OF THE COUNTRY.\n\n   THE SAME SOURCE SAID THAT TWO SOLDIERS WERE WOUNDED IN THE ATTACK\nAND WERE TAKEN TO THE MILITARY HOSPITAL IN THE CAPITAL FOR TREATMENT.`;
  const { sentences } = tokenize(text);
  assert.equal(sentences.length, 2);
  assert.ok(isAllCaps(text));
});

test('sentences: each token carries its lower case, in any document that repeats the word', () => {
  for (const text of ['Gunmen hit Kabul and Herat.', 'KABUL and Herat were hit again; Kabul said so.', 'kabul, İzmir and Ōita.']) {
    for (const tok of tokenize(text).tokens) assert.equal(tok.lower, tok.text.toLowerCase(), `${tok.text} in ${text}`);
  }
});

test('capsShare: the share of capitals among all the letters, whatever the scan skips', () => {
  const full = (text: string) => {
    let upper = 0, lower = 0;
    for (const ch of text) { if (/[A-Z]/.test(ch)) upper++; else if (/[a-z]/.test(ch)) lower++; }
    return upper + lower >= 20 && upper / (upper + lower) > 0.85;
  };
  let seed = 5;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let caps = 0;
  for (let n = 0; n < 3000; n++) {
    // Mostly capitals with some small letters, at lengths around the scan's steps of 64 characters.
    const small = next() * 0.3, length = Math.floor(next() * 400);
    let text = '';
    for (let k = 0; k < length; k++) { const r = next(); text += r < 0.1 ? ' ' : r < 0.15 ? '7' : next() < small ? 'e' : 'E'; }
    if (full(text)) caps++;
    assert.equal(capsShare(text), full(text), text);
  }
  assert.ok(caps > 300 && caps < 2700, `expected both answers among the random texts, got ${caps} in capitals`);
  assert.equal(capsShare(`${'a'.repeat(200)}${'B'.repeat(2000)}`), true);
  assert.equal(capsShare(`${'B'.repeat(2000)}${'a'.repeat(400)}`), false);
});

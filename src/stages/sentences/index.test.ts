import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllCaps, tokenize } from './index.js';

const rows: [string, string[]][] = [
  ['Three rockets hit the embassy. U.S. officials said Mr. Smith left at 3 p.m. on Jan. 5.', ['Three rockets hit the embassy.', 'U.S. officials said Mr. Smith left at 3 p.m. on Jan. 5.']],
  ['Second attack\nIt is the second time.', ['Second attack', 'It is the second time.']],
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

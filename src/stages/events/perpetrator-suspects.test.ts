import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../sentences/index.js';
import { findPersons } from '../actors/persons.js';
import { notSuspects, suspectNames } from './perpetrator-suspects.js';

// Invented reports; the sentences are read as the sentence stage cuts them.
const suspects = (text: string) => {
  const { tokens, sentences } = tokenize(text);
  const persons = findPersons(text, tokens, false);
  const excluded = notSuspects(text, persons);
  return sentences.flatMap((s, i) => suspectNames(text, s, persons, excluded, sentences[i - 1]).map((x) => `${x.person.name}/${x.attribution}`));
};

test('suspectNames: people named as arrested or charged for the deed', () => {
  const cases: [string, string[]][] = [
    ['Police arrested Ramiro Quentalva and Osvaldo Brisenal after the bombing of the bridge.', ['Ramiro Quentalva/suspected', 'Osvaldo Brisenal/suspected']],
    ['A court issued arrest warrants for Ramiro Quentalva and charged him with the murder of the mayor.', ['Ramiro Quentalva/accused']],
    ['Five men are suspected of killing the councilman. Their names are Ramiro Quentalva and Osvaldo Brisenal.', ['Ramiro Quentalva/suspected', 'Osvaldo Brisenal/suspected']],
  ];
  for (const [text, want] of cases) assert.deepEqual(suspects(text), want, text);
});

test('suspectNames: the victim, the officials and a sentence with no deed name no suspect', () => {
  const cases: string[] = [
    'Police arrested three men for the murder of Ramiro Quentalva.',
    'Judge Ramiro Quentalva issued arrest warrants for the attack.',
    'Police arrested Ramiro Quentalva for carrying false papers.',
    "Police arrested two men near Ramiro Quentalva's home after the bombing.",
  ];
  for (const text of cases) assert.deepEqual(suspects(text), [], text);
});

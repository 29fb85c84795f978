import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorSpan } from '../../doc/doc.js';
import { guessedGroup } from './lexicon-agents.js';

const at = (text: string, phrase: string, name: string, generic: boolean): ActorSpan => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, name, type: 'rebel_group', country: null, generic };
};

test('guessedGroup: a named group in a clause without agent; people talked about are no guess', () => {
  const cases: [string, string, string, boolean, string | null][] = [
    ['A RED DAWN FRONT ATTACK ON THE BRIDGE LEFT TWO DEAD.', 'RED DAWN FRONT', 'Red Dawn Front', false, 'Red Dawn Front'],
    ['THE VICTIMS WERE NOT SYMPATHIZERS OF THE GUERRILLAS, WHO WERE BLAMED FOR EARLIER ATTACKS.', 'GUERRILLAS', 'Unidentified Guerrillas', true, null],
    // One that speaks is a source, named or not.
    ['THE RED DAWN FRONT SAID THE ATTACK WAS A MISTAKE.', 'RED DAWN FRONT', 'Red Dawn Front', false, null],
  ];
  for (const [text, phrase, name, generic, want] of cases) {
    const a = at(text, phrase, name, generic);
    assert.equal(guessedGroup(text, [a], { start: 0, end: text.length }, () => true)?.name ?? null, want, text);
  }
});

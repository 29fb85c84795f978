import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorSpan } from '../../doc/doc.js';
import { armedSubject, guessedGroup } from './lexicon-agents.js';

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
    ['THE RED DAWN FRONT CONDEMNED THE ATTACK ON THE BRIDGE.', 'RED DAWN FRONT', 'Red Dawn Front', false, null],
    ['THE RADIO, QUOTING A RED DAWN FRONT SOURCE, SAID TWO BOMBS EXPLODED.', 'RED DAWN FRONT', 'Red Dawn Front', false, null],
    // The author a wire header names.
    ['CLANDESTINE -- [COMMUNIQUE] [RED DAWN FRONT] [TEXT] CONCERNING THE ATTACK ON THE BRIDGE:', 'RED DAWN FRONT', 'Red Dawn Front', false, null],
  ];
  for (const [text, phrase, name, generic, want] of cases) {
    const a = at(text, phrase, name, generic);
    assert.equal(guessedGroup(text, [a], { start: 0, end: text.length }, () => true)?.name ?? null, want, text);
  }
});

test('armedSubject: the armed actor before the trigger acts, unless it was hit, has no object, or only responds', () => {
  const subject = (text: string, phrase: string, type: string, trigger: string) => {
    const start = text.indexOf(phrase), t = text.indexOf(trigger);
    const a: ActorSpan = { start, end: start + phrase.length, text: phrase, name: phrase, type, country: null, generic: true };
    return armedSubject(text, [a], { start: 0, end: text.length }, { start: t, end: t + trigger.length })?.text ?? null;
  };
  const cases: [string, string, string, string, string | null][] = [
    ['THE SOLDIERS KILLED THREE PEASANTS NEAR THE RIVER.', 'SOLDIERS', 'state_forces', 'KILLED', 'SOLDIERS'],
    ['REBELS BOMBED THE BRIDGE AT DAWN.', 'REBELS', 'rebel_group', 'BOMBED', 'REBELS'],
    // Hit, not acting: a passive without its auxiliary, or "died", "among those killed" between.
    ['THE SPOKESMAN REPORTED 5 SOLDIERS KILLED, SEVERAL WOUNDED.', 'SOLDIERS', 'state_forces', 'KILLED', null],
    ['FIVE SOLDIERS DIED LAST MONTH IN AN AMBUSH.', 'SOLDIERS', 'state_forces', 'AMBUSH', null],
    ['TWO POLICEMEN WERE AMONG THOSE KILLED.', 'POLICEMEN', 'police', 'KILLED', null],
    // Troops and police who respond to an attack or speak of it.
    ['THE POLICE DEFUSED A BOMB AT THE BANK.', 'POLICE', 'police', 'BOMB', null],
    ['POLICE SOURCES SAID A BOMB EXPLODED AT THE BANK.', 'POLICE', 'police', 'BOMB', null],
    ['THE ARMY REJECTS ANY ACCUSATION IMPLICATING IT IN THE ATTACK.', 'ARMY', 'state_forces', 'ATTACK', null],
  ];
  for (const [text, phrase, type, trigger, want] of cases) assert.equal(subject(text, phrase, type, trigger), want, text);
});

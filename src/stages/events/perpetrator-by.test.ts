import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../sentences/index.js';
import { deedAgents } from './perpetrator-by.js';

const agents = (text: string) => {
  const { tokens } = tokenize(text);
  return deedAgents(tokens, { start: 0, end: text.length }).map((a) => `${text.slice(a.phrase.start, a.phrase.end)}${a.hedged ? '/hedged' : ''}`);
};

test('deedAgents: the agent after "by" of a deed, a date or a place between', () => {
  const cases: [string, string[]][] = [
    ['The trader was kidnapped on 3 May in the port by four gunmen.', ['gunmen']],
    ['The road to the mine was mined by the rebels.', ['rebels']],
    ['The device was left by two youths at the gate.', ['youths']],
    ['The councillor was killed, apparently by a death squad.', ['death squad/hedged']],
    ['Residents fled after attacks by the militia on the market.', ['militia']],
  ];
  for (const [text, want] of cases) assert.deepEqual(agents(text), want, text);
});

test('deedAgents: a "by" that names an owner, a companion or the ones who answered is no agent', () => {
  const cases: string[] = [
    'The rebels burned a warehouse owned by a local trader.',
    'The mayor left the town hall followed by his guards.',
    'The assault on the barracks was repelled by the army.',
    'The report was released by the ministry after the attack.',
    'The guerrillas seized rifles held by the police.',
  ];
  for (const text of cases) assert.deepEqual(agents(text), [], text);
});

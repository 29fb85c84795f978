import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namedPossessor } from './named-possessor.js';

test('an act named by the full name of the one it befell, in the possessive', () => {
  const cases: [string, boolean][] = [
    ['Perplexity is one reaction. Luis Carlos Galan\'s ', true],
    ['PERPLEXITY IS ONE REACTION. MARIA ELENA LOPEZ\'S ', true],
    ['Observers said the government\'s ', false],
    ['THE ARMY\'S ', false],
    ['Residents recalled last Friday\'s ', false],
    ['He said Lopez\'s ', false], // one word: a surname or a place, not a full name
    ['TWO WEEKS AFTER MENDOZA\'S ', false], // in capitals, ordinary words are no name
  ];
  for (const [before, expected] of cases) assert.equal(namedPossessor(before), expected, before);
});

test('a report\'s later sentence naming an act by its victim\'s name gives an incident, in capitals too', async () => {
  const { extractDoc } = await import('../../extract.js');
  const text = 'HAVANA, 22 AUG 89 (RADIO) -- Perplexity is one of the first reactions in the region. Maria Elena Lopez\'s murder drew condemnation from the bishops.';
  for (const t of [text, text.toUpperCase()]) {
    const found = extractDoc({ id: 't', text: t, published: '1989-08-22' }).incidents;
    assert.deepEqual(found.map((m) => m.victims.map((v) => v.name)), [['Maria Elena Lopez']], t);
  }
});

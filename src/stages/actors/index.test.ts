import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateDoc } from '../../extract.js';

const actors = (text: string) => annotateDoc({ id: 't', text, published: '2024-03-12' }).actors.map((a) => `${a.text}=${a.name}`);

test('actors: the drug mafia is one named organisation; drug traffickers are people named by what they do', () => {
  const cases: [string, string[]][] = [
    ['The mayor blamed the drug mafias for the bombing of the bank.', ['drug mafias=Drug Trafficking Mafia']],
    ['THE MAYOR BLAMED THE DRUG-TRAFFICKING MAFIA.', ['DRUG-TRAFFICKING MAFIA=Drug Trafficking Mafia']],
    ['Drug traffickers set fire to the warehouse.', ['Drug traffickers=Drug Traffickers']],
    // The longer name wins over the state army it starts like.
    ['HE WAS KIDNAPPED BY THE COLOMBIAN ARMY OF NATIONAL LIBERATION.', ['COLOMBIAN ARMY OF NATIONAL LIBERATION=National Liberation Army (Colombia)']],
  ];
  for (const [text, want] of cases) assert.deepEqual(actors(text), want, text);
});

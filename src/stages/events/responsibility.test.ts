import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../sentences/index.js';
import { isCueWord, statedPerpetrators } from './responsibility.js';

const stated = (text: string) => {
  const { tokens } = tokenize(text);
  return statedPerpetrators(text, tokens, { start: 0, end: text.length }).map((s) => `${text.slice(s.phrase.start, s.phrase.end)}/${s.attribution}`);
};

test('statedPerpetrators: who did it, said outright, with how the report attributes it', () => {
  const cases: [string, string[]][] = [
    ['The raid was carried out by rebel commandos.', ['rebel commandos/reported']],
    ['A group of rebels conducted an armed attack against the mayor.', ['group of rebels/reported']],
    ['The governor holds the rebels responsible for the ambush.', ['rebels/accused']],
    ['Two sergeants were involved in the murder of the judge.', ['sergeants/accused']],
    ['Police arrested three youths suspected of having planted the device.', ['youths/suspected']],
    ['Four porters have been charged with the killing of the teacher.', ['porters/accused']],
    ['The bishop accused the death squads of the massacre.', ['death squads/accused']],
    ['Nobody was hurt, and the guerrillas are being held responsible.', ['guerrillas/accused']],
    ['Members of the guard participated in the raid.', ['Members of the guard/accused']],
    ['The army accepted responsibility for the deaths.', ['army/claimed']],
    ['Honduran guerrillas claimed credit on Monday for the ambush of the lorries.', ['Honduran guerrillas/claimed']],
    ['The president implicated four officers in the murder.', ['officers/accused']],
    ['The minister blamed the murder of the two missionaries on drug traffickers.', ['drug traffickers/suspected']],
    ['He condemned the assassination of the minister, a lawyer, by suspected urban guerrillas.', ['suspected urban guerrillas/reported']],
    ['The evidence shows that the pharmacist was the perpetrator of the murder.', ['pharmacist/accused']],
    ['The minister said that cartel boss Ramon Quental ordered the assassination of the judge.', ['cartel boss Ramon Quental/reported']],
    ['The three engineers were released today by the Red Dawn guerrillas.', ['Red Dawn guerrillas/reported']],
    ['The unions are accusing the army of perpetrating the attack.', ['army/accused']],
    ['According to the army, the raid was apparently the work of fighters of the Red Dawn Front.', ['fighters of the Red Dawn Front/suspected']],
    // Denied, or said of no one: nobody is named.
    ['The police said the rebels were not involved in the attack.', []],
    ['No group has claimed responsibility for the blast.', []],
    ['The mayor held a meeting with the families.', []],
  ];
  for (const [text, want] of cases) {
    assert.deepEqual(stated(text), want, text);
    // The same on ALL-CAPS wire copy.
    assert.deepEqual(stated(text.toUpperCase()), want.map((w) => w.replace(/^[^/]+/, (s) => s.toUpperCase())), text.toUpperCase());
  }
});

test('isCueWord: every word a cue opens on passes the one-pattern filter; ordinary words do not', () => {
  const cues = ['out', 'claimed', 'perpetrated', 'attributed', 'blamed', 'accepted', 'admitted', 'assumed', 'carried', 'mounted',
    'assassination', 'massacre', 'released', 'freed', 'ordered', 'masterminded', 'work', 'perpetrators', 'intellectual', 'hold',
    'holding', 'held', 'accused', 'accuses', 'involved', 'behind', 'implicated', 'suspected', 'charged'];
  for (const w of cues) assert.ok(isCueWord(w), w);
  for (const w of ['the', 'market', 'worker', 'holder', 'outside', 'claimedx']) assert.ok(!isCueWord(w), w);
});

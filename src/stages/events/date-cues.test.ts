import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateSpan } from '../../doc/doc.js';
import { afterReport, reactionDay, referredActDay } from './date-cues.js';

function day(text: string, phrase: string, iso: string): DateSpan {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, type: 'DATE', value: iso, mod: null, range: { start: iso, end: iso, precision: 'day' }, relativeToContext: false };
}

test('date-cues: a day after the report is not the day of what happened', () => {
  // [sentence, date phrase, its day, publication day, expected]
  const cases: [string, string, string, string | null, boolean][] = [
    ['The mayor, shot dead on Monday, will be buried on 15 January.', '15 January', '2026-01-15', '2026-01-13', true],
    ['Gunmen shot the mayor on 12 January.', '12 January', '2026-01-12', '2026-01-13', false],
    ['Gunmen shot the mayor on 13 January.', '13 January', '2026-01-13', '2026-01-13', false],
    // A GMT clock time may fall on the next day of a report dated in another time zone.
    ['The blast came at 0130 GMT on 14 January.', '14 January', '2026-01-14', '2026-01-13', false],
    ['The blast came at 0130 GMT on 16 January.', '16 January', '2026-01-16', '2026-01-13', true],
    ['Gunmen shot the mayor on 15 January.', '15 January', '2026-01-15', null, false],
  ];
  for (const [text, phrase, iso, published, expected] of cases) assert.equal(afterReport(text, day(text, phrase, iso), published), expected, text);
});

test('date-cues: the day of a saying or a reaction to an act named as known', () => {
  // [sentence, date phrase, trigger word, expected]
  const cases: [string, string, string, boolean][] = [
    ['The president today charged that a colonel ordered the murder of the priests.', 'today', 'murder', true],
    ['The bishop on Sunday condemned this assassination of a union leader.', 'on Sunday', 'assassination', true],
    ['On Monday a witness gave testimony to the judges regarding the shooting of the mayor.', 'On Monday', 'shooting', true],
    ['Gunmen today murdered the mayor of the town.', 'today', 'murdered', false],
    ['The mayor was murdered today, the police said.', 'today', 'murdered', false],
    ['On Monday a bomb destroyed the bank.', 'On Monday', 'bomb', false],
    ['A retired general today said that the masters of the murder sit high in the army.', 'today', 'murder', true],
    ['Soldiers searched the house before the killing, the colonel told the press today.', 'today', 'killing', true],
    ['Gunmen shot the mayor, the police said today.', 'today', 'shot', false],
    ['The mayor was murdered today, the police said.', 'today', 'murdered', false],
  ];
  for (const [text, phrase, word, expected] of cases) {
    const d = day(text, phrase, '2026-01-12');
    const at = text.indexOf(word);
    assert.equal(reactionDay(text, { start: 0, end: text.length }, d, { start: at, end: at + word.length }), expected, text);
  }
});

test('date-cues: the day a later sentence gives the act referred back to, a place between', () => {
  const text = 'Four youths stand accused of the killing of two monks. The killings took place in Oruro on 24 May.';
  assert.equal(referredActDay(text, [day(text, '24 May', '2024-05-24')], '2024-06-29')?.value, '2024-05-24');
  const other = 'Four youths stand accused of the killing of two monks. The youths came to Oruro on 24 May.';
  assert.equal(referredActDay(other, [day(other, '24 May', '2024-05-24')], '2024-06-29'), null);
});

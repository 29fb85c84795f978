import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../contract/mention.js';
import type { PlaceSpan } from '../../doc/doc.js';
import { loadGazetteer } from '../../gazetteer/gazetteer.js';
import { toSpan } from '../places/resolve.js';
import { victimCountryPlace } from './victim-country.js';

const span = (s: string, word: string) => { const start = s.indexOf(word); return { start, end: start + word.length, text: word }; };
const victim = (s: string, name: string, country: string | null): Actor => ({ name, ...span(s, name), type: 'person', country, attribution: 'reported' });
const country = (s: string, word: string, cc: string): PlaceSpan => toSpan(span(s, word), loadGazetteer().countries.get(cc)!);

test('victimCountryPlace: a known victim\'s country when the place belongs to another clause or is missing', () => {
  const quoted = '"Militias in Syria have sworn to strike back," he said, adding that they mourn Emir Karim Daoud, who was killed by a drone strike.';
  const plain = 'Militias in Syria mourn Emir Karim Daoud, who was killed by a drone strike.';
  const none = 'They mourn Emir Karim Daoud, who was killed by a drone strike last year.';
  const cases: [string, string, PlaceSpan | null, string | null, string | null][] = [
    // the place is in the quotation before "he said, adding that": the victim's country (Lebanon here) wins
    [quoted, 'drone strike', country(quoted, 'Syria', 'SY'), 'LB', 'LB'],
    // same clause: the place stated there stays
    [plain, 'drone strike', country(plain, 'Syria', 'SY'), 'LB', null],
    // no place at all: the victim's country
    [none, 'drone strike', null, 'LB', 'LB'],
    // the victim's country is the place's: the place stays (it may be finer)
    [quoted, 'drone strike', country(quoted, 'Syria', 'SY'), 'SY', null],
    // a victim the lexicon does not know gives nothing
    [quoted, 'drone strike', country(quoted, 'Syria', 'SY'), null, null],
  ];
  for (const [s, trigger, place, cc, want] of cases) {
    const got = victimCountryPlace(s, span(s, trigger), place, [victim(s, 'Karim Daoud', cc)]);
    assert.equal(got?.country ?? null, want, `${s} / ${cc}`);
    if (got) { assert.equal(got.precision, 'country'); assert.equal(got.text, 'Karim Daoud'); }
  }
});

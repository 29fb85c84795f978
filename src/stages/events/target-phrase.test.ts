import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaceSpan } from '../../doc/doc.js';
import { tokenize } from '../sentences/index.js';
import { phraseAfter } from './noun-phrases.js';
import { fitTarget, placedTargets } from './target-phrase.js';

const place = (text: string, word: string, precision: PlaceSpan['precision']): PlaceSpan => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word, name: word, lat: 0, lon: 0, country: 'XX', admin1: null, geonames_id: null, feature: '', precision, radius_km: 1, population: 0 };
};

test('fitTarget: a town before the building says where; a country before it says whose', () => {
  const cases: [string, string, PlaceSpan['precision'], string][] = [
    ['A BOMB HIT A PORTOVELO RESTAURANT.', 'PORTOVELO', 'city', 'RESTAURANT'],
    ['A BOMB HIT THE RURITANIAN EMBASSY.', 'RURITANIAN', 'country', 'RURITANIAN EMBASSY'],
  ];
  for (const [text, word, precision, want] of cases) {
    const { tokens } = tokenize(text);
    const k = tokens.findIndex((t) => t.lower === 'hit');
    const p = phraseAfter(tokens, k + 1)!;
    const fit = fitTarget(text, tokens, p, [place(text, word, precision)]);
    assert.equal(fit && text.slice(fit.start, fit.end), want, text);
  }
});

test('placedTargets: where a device went off, named by the thing before "of", not the owner after it', () => {
  const cases: [string, string[]][] = [
    ['A BOMB WAS THROWN AT THE HOMES OF TWO MAYORAL CANDIDATES.', ['HOMES OF TWO MAYORAL CANDIDATES']],
    ['A BOMB WAS THROWN AT THE CANDIDATES.', []],
  ];
  for (const [text, want] of cases) {
    const { tokens } = tokenize(text);
    assert.deepEqual([...new Set(placedTargets(text, tokens, { start: 0, end: text.length }, [], []).map((p) => text.slice(p.start, p.end)))], want, text);
  }
});

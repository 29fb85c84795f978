// What was hit, as analysts record it: the thing a phrase names, not the part of it ("the windows of the bank"),
// the street or the town it stands in, and where a device went off ("a bomb exploded in a restaurant").
import type { ActorSpan, PlaceSpan, Span, Token } from '../../doc/doc.js';
import { type Phrase, coordinated, phraseAfter } from './noun-phrases.js';
import { isCommonWord } from '../places/common-words.js';
import { isPhysicalTarget } from './target-heads.js';
import { AT, CLAUSE, GEO_HEAD, NOT_A_PARTICIPANT, PART, PERSON, PLACED, STREET } from './role-words.js';
import { firstAtOrAfter, tokenAt } from './token-index.js';

const inTownAt = (places: PlaceSpan[], t: Span) => places.some((pl) => pl.precision !== 'facility' && pl.start <= t.start && t.end <= pl.end);

/** The target a phrase names, trimmed to the thing; null when it names no thing that can be hit. */
export function fitTarget(text: string, tokens: Token[], found: Phrase, places: PlaceSpan[]): Phrase | null {
  let p: Phrase = found;
  // "the front of the building", "windows of the bank": the building or the bank is what was hit.
  const k = tokenAt(tokens, found.start);
  if (k >= 0 && PART.test(tokens[k].lower) && /^(of|to)$/.test(tokens[k + 1]?.lower ?? '')) p = phraseAfter(tokens, k + 2) ?? found;
  // "the headquarters of the union": the word before "of" is the head.
  const ofAt = tokens.findIndex((x) => x.start > p.start && x.end < p.end && x.lower === 'of');
  // A name no dictionary holds ("FENASTRAS") may be the body whose offices were hit; a common word must name a thing.
  const head = ofAt > 0 ? tokens[ofAt - 1] : p.head;
  if (!isPhysicalTarget(head.lower) && (inTownAt(places, head) || isCommonWord(head.lower))) return null;
  if (GEO_HEAD.test(p.head.lower) || /^(same|said)\b/i.test(text.slice(p.start, p.end)) || STREET.test(text.slice(p.start, p.end))) return null;
  // "a Lima restaurant": the town before the building says where, the building is what was hit.
  // "the U.S. embassy", "the Peruvian embassy": a country before the building says whose it is, and stays.
  const town = places.find((pl) => pl.precision !== 'facility' && pl.precision !== 'country' && pl.start === p.start && pl.end < p.head.start);
  if (town) {
    const k2 = firstAtOrAfter(tokens, town.end + 1);
    if (k2 >= 0) p = { start: tokens[k2].start, end: p.end, head: p.head };
  }
  return p;
}

/**
 * "a bomb exploded in a restaurant", "launched two bombs against a car dealership", "the attack occurred in front
 * of the ministry": where the device went off. The first preposition that opens a fit phrase counts.
 */
export function placedTargets(text: string, tokens: Token[], region: Span, places: PlaceSpan[], actors: ActorSpan[]): Phrase[] {
  const out: Phrase[] = [];
  const first = Math.max(firstAtOrAfter(tokens, region.start), 0);
  for (let i = first; i < tokens.length && tokens[i].end <= region.end; i++) {
    if (!PLACED.test(tokens[i].lower) && !(tokens[i].lower === 'took' && tokens[i + 1]?.lower === 'place')) continue;
    for (let k = i + 1; k < tokens.length && k - i < 16 && tokens[k].end <= region.end && !/^[;.]$/.test(tokens[k].text) && !CLAUSE.test(tokens[k].lower); k++) {
      if (!AT.test(tokens[k].lower)) continue;
      const p = phraseAfter(tokens, k + 1);
      // A town or a province is where it happened, not what was hit; a time or a number is when or how much.
      // Only a time or a number ("at 2230") is passed over to the next preposition ("in front of the ministry").
      if (!p || /\d/.test(text.slice(p.start, p.end))) continue;
      // "the house of candidate X": the thing before "of" is what the phrase names, not the owner after it.
      const ofAt = tokens.findIndex((x) => x.start > p.start && x.end < p.end && x.lower === 'of');
      const head = ofAt > 0 ? tokens[ofAt - 1] : p.head;
      if (PERSON.test(head.lower)) break;
      // "exploded tonight in the city of X, opposite a telephone exchange": the town says where; what was hit may follow.
      // "took place on First Avenue, between the store and the bank": a street says where, too.
      if (inTownAt(places, p.head) || STREET.test(text.slice(p.start, p.end))) continue;
      if (actors.some((a) => a.start <= head.start && head.end <= a.end) || NOT_A_PARTICIPANT.test(head.lower) || GEO_HEAD.test(head.lower)) break;
      out.push(p);
      const other = tokens[k].lower === 'between' ? coordinated(tokens, p) : null;
      if (other) out.push(other);
      break;
    }
  }
  return out;
}

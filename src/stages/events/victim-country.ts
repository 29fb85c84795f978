// 'Militias in Syria "will keep up the pressure," a commander said, noting that they mourn a leader killed by a
// foreign drone last month': the incident's own clause names no place, and the one named earlier ("in Syria")
// belongs to another clause. A victim the persons lexicon knows as a state's leader or commander says more: an
// analyst places the strike in that person's country, at country precision, as an inference.
import type { Actor } from '../../contract/mention.js';
import type { PlaceSpan, Span } from '../../doc/doc.js';
import { loadGazetteer } from '../../gazetteer/gazetteer.js';
import { toSpan } from '../places/resolve.js';

// What ends one clause and starts another between a place and the incident's words: a quotation closed and
// attributed ("..." he said), a reported-speech link ("adding that"), a semicolon.
const CLAUSE_BREAK = /[”"]\s*,?\s+[\w-]+(\s+[\w-]+)?\s+(said|says|added|adds|told|wrote)\b|\b(adding|saying|noting|explaining|stressing) that\b|;/i;

/**
 * The country of the first known person among the victims, as the incident's place, when the place chosen from the
 * sentence is none or lies in another clause before the incident and in another country; null to keep the place.
 */
export function victimCountryPlace(text: string, trigger: Span, place: PlaceSpan | null, victims: Actor[]): PlaceSpan | null {
  const known = victims.find((v) => v.type === 'person' && v.country);
  if (!known?.country || (place && place.country === known.country)) return null;
  if (place && !(place.end <= trigger.start && CLAUSE_BREAK.test(text.slice(place.end, Math.min(trigger.start, known.start))))) return null;
  const country = loadGazetteer().countries.get(known.country);
  return country ? toSpan({ start: known.start, end: known.end, text: known.text }, country) : null;
}

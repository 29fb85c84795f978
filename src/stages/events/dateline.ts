// The dateline ("SAN SALVADOR, 3 JAN 90 --") and the words that refer back to its town: where the report was
// filed, which the incident's place falls back on and which "in this capital" names again.
import type { PlaceSpan, Span } from '../../doc/doc.js';
import { loadGazetteer } from '../../gazetteer/gazetteer.js';
import { toSpan } from '../places/resolve.js';

/** "SAN SALVADOR, 3 JAN 90 --", "BAGHDAD (Reuters) -": where the report was filed, not a place the sentence states. */
export function isDateline(text: string, p: PlaceSpan): boolean {
  if (p.start < 40 && /^[\s"“]*$/.test(text.slice(0, p.start))) return /^\s*(,|\(|--|—|–|-\s)/.test(text.slice(p.end, p.end + 4));
  return isInnerDateline(text, p);
}

/** "QUITO, 4 SEP 89 (RADIO ANDINA) -- [TEXT] GUAYAQUIL -- ...": the story's own dateline after the wire's. */
function isInnerDateline(text: string, p: PlaceSpan): boolean {
  return p.start < 200 && /\[TEXT\]\s*$/.test(text.slice(Math.max(0, p.start - 12), p.start)) && /^\s*(--|—|–)/.test(text.slice(p.end, p.end + 4));
}

/** "BOGOTA, 1 MAY 89 (RADIO CADENA SONORA) --": a name inside the dateline's parentheses is the outlet's. */
export function inDatelineHeader(text: string, p: PlaceSpan): boolean {
  // Asked of every place of every incident's sentence: most lie past the header, with no text to read.
  if (p.start >= 120) return false;
  const head = text.slice(0, p.start);
  return !/--|—|–|\n\s*\n/.test(head) && head.lastIndexOf('(') > head.lastIndexOf(')');
}

// "in this capital", "in this city": the town the report was filed from, named again ("this city's west side" is
// where in it another place is).
const THIS_TOWN = /\b(this|the same) (capital|city|town|port)\b(?!['’]s)/gi;

// "took place in our country", "in this country": the dateline's country, in a report written there.
const THIS_COUNTRY = /\b(our|this) country\b(?!['’]s)/gi;

/** "... heading to the airport in this capital": the dateline's town, at the words that refer to it; "our country" its country. */
export function datelineReferences(text: string, sentence: Span, places: PlaceSpan[]): PlaceSpan[] {
  const dateline = places.find((p) => isDateline(text, p) && p.precision === 'city');
  if (!dateline) return [];
  const body = text.slice(sentence.start, sentence.end);
  const at = (m: RegExpMatchArray, p: PlaceSpan): PlaceSpan => {
    const start = sentence.start + m.index!;
    return { ...p, start, end: start + m[0].length, text: m[0] };
  };
  const out = [...body.matchAll(THIS_TOWN)].map((m) => at(m, dateline));
  const country = /\b(our|this) country\b/i.test(body) ? loadGazetteer().countries.get(dateline.country) : undefined;
  if (country) out.push(...[...body.matchAll(THIS_COUNTRY)].map((m) => at(m, toSpan({ start: 0, end: 0, text: '' }, country))));
  return out;
}

// "The consulate told its nationals in Yemen to depart", "a travel warning for Yemen was raised": an advisory's
// place is the area it covers, not the office that issued it. Analysts file a mission's alert under the country
// its citizens are told to leave.
import type { PlaceSpan, Span } from '../../doc/doc.js';

// The words just before a place that make it the area an alert covers.
const COVERED = /\b((security |travel )?(alert|advisory|warning)s?\s+(for|on|covering)|(citizens|nationals|travell?ers|americans|britons)\s+(\w+\s+)?(in|of)|(travel|go|going|return)\s+to|(leave|depart|depart from|avoid)|(departure|evacuation)\s+from)\s+(the\s+)?$/i;

/** The first place in the sentence that an advisory covers; null when none is written so. */
export function advisoryArea(text: string, sentence: Span, places: PlaceSpan[]): PlaceSpan | null {
  return places.find((p) => p.start >= sentence.start && p.end <= sentence.end && COVERED.test(text.slice(Math.max(sentence.start, p.start - 40), p.start))) ?? null;
}

// "The Iraqi parliament voted to expel coalition forces": a decision of a state's own body is made in that
// state, whatever place the sentence before named (the airport of the strike it followed).
import type { ActorSpan, PlaceSpan, Span } from '../../doc/doc.js';
import { loadGazetteer } from '../../gazetteer/gazetteer.js';
import { toSpan } from '../places/resolve.js';

const NATIONAL_BODY = new Set(['government', 'parliament', 'legislature']);

/** The country of the first state body named in the sentence, as a place at the body's words; null when none. */
export function nationalBodyPlace(sentence: Span, actors: ActorSpan[]): PlaceSpan | null {
  const body = actors.find((a) => a.start >= sentence.start && a.end <= sentence.end && a.country && NATIONAL_BODY.has(a.type ?? ''));
  const country = body?.country ? loadGazetteer().countries.get(body.country) : undefined;
  return body && country ? toSpan(body, country) : null;
}

// Is a word an ordinary English word? Town names such as "Police", "Man" or "Split" exist, so a single-word
// place needs more than a dictionary hit when the word is also common. wink's vocabulary answers the question:
// ids beyond the model's vocabulary are handed out to unseen words.
import { its, nlp } from '../sentences/wink.js';

const vocabSize = (nlp.readDoc('qzxqvjw').tokens().out(its.uniqueId) as unknown as number[])[0];
const cache = new Map<string, boolean>();

export function isCommonWord(lower: string): boolean {
  let v = cache.get(lower);
  if (v === undefined) {
    const ids = nlp.readDoc(lower).tokens().out(its.uniqueId) as unknown as number[];
    v = ids.length === 1 && ids[0] < vocabSize;
    cache.set(lower, v);
  }
  return v;
}

/** Never places, whatever the gazetteer holds: calendar words, titles and news vocabulary. */
export const NEVER_PLACE = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'president', 'minister',
  'government', 'army', 'police', 'reuters', 'embassy', 'capital', 'city', 'province', 'state', 'news', 'agency', 'said',
  'speaker', 'security', 'source', 'mr', 'mrs', 'general', 'colonel', 'captain', 'god', 'allah', 'text', 'report', 'of', 'the',
  'and', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'man', 'san', 'santa', 'de', 'la', 'el', 'al', 'independence',
  'liberty', 'victoria', 'union', 'center', 'centre', 'north', 'south', 'east', 'west', 'central', 'western', 'eastern', 'northern', 'southern', 'white house', 'mission', 'mosque', 'church', 'market',
]);

// Is a word an ordinary English word? Town names such as "Police", "Man" or "Split" exist, so a single-word
// place needs more than a dictionary hit when the word is also common. wink's vocabulary answers the question
// (ids beyond the model's vocabulary are handed out to unseen words), and its tagger removes the proper nouns
// the vocabulary also holds: "louisiana" or "wales" read on their own are tagged PROPN, "luck" or "delta" not.
import { its, nlp } from '../sentences/wink.js';

const vocabSize = (nlp.readDoc('qzxqvjw').tokens().out(its.uniqueId) as unknown as number[])[0];
const cache = new Map<string, boolean>();

export function isCommonWord(lower: string): boolean {
  let v = cache.get(lower);
  if (v === undefined) {
    const tokens = nlp.readDoc(lower).tokens();
    const ids = tokens.out(its.uniqueId) as unknown as number[];
    v = ids.length === 1 && ids[0] < vocabSize && tokens.out(its.pos)[0] !== 'PROPN';
    if (cache.size > 50_000) cache.clear();
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
  'liberty', 'victoria', 'union', 'center', 'centre', 'white house', 'mission', 'mosque', 'church', 'market', 'federal', 'republic',
  'national', 'nacional', 'coast', 'valley', 'the city', 'downtown', 'metro', 'molotov', 'navy', 'airport', 'university', 'college',
  'el nino', 'la nina', 'notre dame', // weather, and a university or a cathedral far more often than a town
  'jesus', 'christ', // "the Society of Jesus", not the Paraguayan town
  'banco', // "BANCO POPULAR" is a bank, not El Banco
  // Spanish words for a kind of settlement ("COLONIA MIRAMONTES", "CASERIO EL JUTE"): Cologne is "Colonia" only in Spanish.
  'colonia', 'barrio', 'caserio', 'hacienda', 'finca', 'vereda', 'aldea', 'corregimiento', 'municipio', 'departamento',
  // and for a street ("ALAMEDA ROOSEVELT" is a boulevard in San Salvador, not the Californian town)
  'alameda', 'avenida', 'calle', 'paseo', 'carretera', 'autopista',
]);

/** Compass words name no place on their own ("EASTERN" in wire copy is not Oman's Eastern Governorate). */
export const DIRECTION = /^(north|south|east|west|central|middle|upper|lower|inner|outer)(ern)?$|^(north|south)[ -]?(east|west)(ern)?$/;

/** "The City", "The Valley": a leading article before an ordinary word is a description, not a name. */
export function isDescription(lower: string): boolean {
  return lower.startsWith('the ') && isCommonWord(lower.slice(4));
}

// People named in a report. Wire copy in capitals hides names, so a name is read from what introduces it: a
// title or office ("JUDGE CARLOS VALENCIA", "FATHER MONTES"), or a given name followed by name words ("HECTOR
// OQUELI COLINDRES"). Later mentions by surname alone ("OQUELI") are the same person: each mention carries the
// fullest form the report gives, which is what analysts record.
import type { Span, Token } from '../../doc/doc.js';
import { isCommonWord } from '../places/common-words.js';
import { isGivenName } from '../places/context.js';
import { isSpanishGivenName } from './given-names-es.js';

export interface PersonMention extends Span {
  /** The fullest form of the name in the report (first such), as written there. */
  full: Span;
  /** Normalised name: the full form in title case. */
  name: string;
}

// Titles and offices written before a name. "Attorney general", "defense minister": the last word is enough.
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'doctor', 'father', 'fr', 'priest', 'msgr', 'monsignor', 'bishop', 'archbishop',
  'cardinal', 'rev', 'reverend', 'sister', 'nun', 'pastor', 'judge', 'magistrate', 'prosecutor', 'attorney', 'lawyer', 'minister',
  'president', 'vice-president', 'ex-president', 'governor', 'mayor', 'senator', 'deputy', 'congressman', 'councilman', 'councilor',
  'candidate', 'ambassador', 'consul', 'secretary', 'director', 'chief', 'commander', 'comandante', 'colonel', 'col', 'general', 'gen',
  'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'corporal', 'cpl', 'private', 'pvt', 'admiral', 'inspector',
  'agent', 'detective', 'officer', 'professor', 'prof', 'engineer', 'eng', 'journalist', 'reporter', 'correspondent', 'editor',
  'businessman', 'industrialist', 'rancher', 'leader', 'chairman', 'rector', 'teacher', 'student', 'peasant', 'union', 'unionist',
  'activist', 'sen', 'rep', 'gov', 'ing', 'lic', 'don', 'dona', 'senor', 'senora', 'mister', 'comrade', 'comrades', 'spokesman']);
// Words that end a name whatever their case: speech, verbs of the report, function words the vocabulary misses.
const NOT_NAME = new Set(['said', 'says', 'reported', 'de', 'del', 'la', 'las', 'los', 'y', 'el', 'san', 'santa', 'fmln', 'jr']);
const PLACE_BEFORE = /^(san|santa|santo|sao|el|la|las|los|puerto|ciudad|villa|colonia|barrio|hacienda|finca|st|fort|port|mount)$/;
const HARM_BEFORE = /^(of|killed|killing|murdered|murdering|assassinated|kidnapped|abducted|executed|wounding|wounded)$/;
const HARM_NOUN = /^(killing|murder|assassination|kidnapping|abduction|death)$/;
const TIME_WORD = /^(today|yesterday|tonight|tomorrow|morning|afternoon|evening|night|week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|here|there|again|too|also)$/;
const LINK = /^(de|del|la|las|los|y|van|von|da|dos|do)$/;
const ORG_AFTER = /^(command|commands|comando|gang|federation|committee|faction|administration|association|front|brigade|battalion|unit|units|group|movement|commando|commandos|column|cell|squad|detachment|foundation|institute|university|school|hospital|airport|avenue|street|neighbou?rhood|district|stadium|bridge|party|hotel)$/;
// "CHRISTIAN DEMOCRATIC PARTY", "GERMAN NATIONAL", "THE JOSE MARIA CORDOBA INTERNATIONAL AIRPORT": words of a party's,
// a nationality's or a place's name that a given name runs into; none is a surname.
const NAME_OF_BODY = /^(democratic|democrats?|people|peoples|national|nationals|patriotic|international|revolutionary|popular|socialist|social|liberal|conservative)$/;

/** A word without its one final full stop ("gen." -> "gen"): what replace(/\.$/, '') gives, with no pattern run per token. */
const undotted = (w: string) => (w.endsWith('.') ? w.slice(0, -1) : w);
const alpha = (t: Token) => /^[\p{L}][\p{L}'’.-]*$/u.test(t.text) && t.text.replace(/[.'’-]/g, '').length >= 2;
const given = (t: Token) => isGivenName(t.lower) || isSpanishGivenName(t.lower);

/** A word that can be part of a name: capitalised, and a given name or a word the vocabulary does not hold. */
function nameWord(t: Token | undefined, caps: boolean): boolean {
  if (!t || !alpha(t) || NOT_NAME.has(t.lower) || TITLES.has(undotted(t.lower))) return false;
  if (!caps && !/^\p{Lu}/u.test(t.text)) return false;
  return given(t) || !isCommonWord(undotted(t.lower));
}

const surnameLike = (t: Token, caps: boolean) => alpha(t) && /^(NOUN|PROPN|ADJ)$/.test(t.pos) && !NOT_NAME.has(t.lower)
  && !TITLES.has(t.lower) && !ORG_AFTER.test(t.lower) && !NAME_OF_BODY.test(t.lower) && (caps || /^\p{Lu}/u.test(t.text));

// "RAMIRO QUENTAL STONE WAS SHOT", "ISIDORO QUENTAL STONE AND HIS DRIVER": what may follow a name's last word.
const AFTER_NAME = /^(and|was|were|who|is|has|had)$/;
const endsName = (tokens: Token[], k: number) => /^[,.;:()]$/.test(tokens[k]?.text ?? '') || (AFTER_NAME.test(tokens[k]?.lower ?? '') && tokens[k].sentence === tokens[k - 1].sentence);

/** The name that starts at token i: name words joined by "de", "del", "de la"; null when none. */
function nameFrom(tokens: Token[], i: number, caps: boolean): [number, number] | null {
  if (!nameWord(tokens[i], caps)) return null;
  let j = i + 1;
  const same = (k: number) => k < tokens.length && tokens[k].sentence === tokens[i].sentence && tokens[k].start - tokens[k - 1].end <= 1;
  for (;;) {
    if (same(j) && nameWord(tokens[j], caps)) { j++; continue; }
    // "LEON-GOMEZ": a hyphen written tight joins two name words.
    if (same(j) && tokens[j].text === '-' && same(j + 1) && tokens[j + 1].start === tokens[j].end && nameWord(tokens[j + 1], caps)) { j += 2; continue; }
    // "RENE EMILIO PONCE": after given names only, a surname may be an ordinary word too.
    if (same(j) && tokens.slice(i, j).every(given) && surnameLike(tokens[j], caps)) { j++; continue; }
    // "WALDEMAR FRANKLIN QUINTERO": an ordinary word between two name words is a middle name.
    if (same(j) && same(j + 1) && surnameLike(tokens[j], caps) && nameWord(tokens[j + 1], caps) && !isCommonWord(tokens[j + 1].lower)) { j += 2; continue; }
    // "GARCIA DE LA ROSA": a linking word counts only when a name word follows it.
    let k = j;
    while (same(k) && LINK.test(tokens[k].lower) && k - j < 2) k++;
    if (k > j && same(k) && nameWord(tokens[k], caps)) { j = k + 1; continue; }
    break;
  }
  // "JEFFREY BRENT BALL,", "RAMIRO CASTILLO LOVE.": a last surname may be an ordinary word when the name ends there.
  const named = tokens.slice(i, j);
  if (j - i >= 2 && named.some(given) && named.some((t) => !given(t)) && same(j) && surnameLike(tokens[j], caps) && !TIME_WORD.test(tokens[j].lower) && !ORG_AFTER.test(tokens[j].lower) && endsName(tokens, j + 1)) j++;
  return j - i > 6 ? [i, i + 6] : [i, j];
}

/** The word before a given name at i is a first name too: a name word no dictionary holds, after no other name word. */
function leadingName(tokens: Token[], i: number, caps: boolean): boolean {
  const w = tokens[i - 1];
  if (w.sentence !== tokens[i].sentence || tokens[i].start - w.end > 1 || !nameWord(w, caps) || given(w) || PLACE_BEFORE.test(w.lower)) return false;
  // "FRENCHMAN", "SPANIARD", "POLICEMEN", "COMPANERO", "ECUADOREANS": people described by a word the vocabulary misses.
  if (/(s|man|men|ard|ero|an|ese|ish|ist)$/.test(w.lower) || ORG_AFTER.test(w.lower)) return false;
  const before = tokens[i - 2];
  return !before || before.sentence !== w.sentence || !nameWord(before, caps) || TITLES.has(undotted(before.lower));
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

const cache = new WeakMap<Token[], PersonMention[]>();

/** Every person mention in the report, in text order. */
export function findPersons(text: string, tokens: Token[], caps: boolean): PersonMention[] {
  const hit = cache.get(tokens);
  if (hit) return hit;
  const found: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const titled = TITLES.has(undotted(t.lower)) && (caps || /^\p{Lu}/u.test(t.text) || t.lower.length > 3);
    const givenName = given(t);
    // "THE KILLING OF JOSEF X", "KIDNAPPED DIETER Y": two or more name words where a victim stands are a person.
    // "THE KILLING OF 42-YEAR-OLD JOSEF X": the age written before the name is passed over.
    const b = tokens[i - 1]?.lower === 'old' && tokens[i - 2]?.text === '-' && tokens[i - 3]?.lower === 'year' && tokens[i - 5]?.pos === 'NUM' ? i - 6 : i - 1;
    const placed = !titled && !givenName && HARM_BEFORE.test(tokens[b]?.lower ?? '') && (tokens[b].lower !== 'of' || HARM_NOUN.test(tokens[b - 1]?.lower ?? ''));
    // "SAN LUIS DE LA REINA", "EL SALVADOR": a given name after a saint's or an article's word names a place.
    let start = titled ? i + 1 : (givenName && !PLACE_BEFORE.test(tokens[i - 1]?.lower ?? '')) || placed ? i : -1;
    // "QUIBEL ANTONIO VELORIO": a first given name no list holds stands before the known one.
    if (start === i && givenName && i > 0 && leadingName(tokens, i, caps)) start = i - 1;
    if (start < 0 || tokens[start]?.sentence !== t.sentence) continue;
    const span = nameFrom(tokens, start, caps);
    // A given name alone ("CARLOS") is not enough: it needs a surname after it.
    if (!span || (!titled && span[1] - span[0] < 2)) continue;
    // "the Jacobo Carcomo Command", "the Martha Elena Baron unit": a name that opens an organisation's is no person.
    // 'the "Msgr Oscar Romero" Committee', "the Jose Cordoba International Airport": past a quote or one word of the body's name.
    let after = span[1];
    if (/^["“”']$/.test(tokens[after]?.text ?? '') || NAME_OF_BODY.test(tokens[after]?.lower ?? '')) after++;
    if ((ORG_AFTER.test(tokens[span[1]]?.lower ?? '') || ORG_AFTER.test(tokens[after]?.lower ?? '')) && tokens[after].sentence === t.sentence) { i = span[1]; continue; }
    found.push(span);
    i = span[1] - 1;
  }
  const people = found.map(([a, b]) => tokens.slice(a, b));
  const surnames = new Map<string, Token[]>();
  for (const p of people) {
    for (const w of p) if (!given(w) && !LINK.test(w.lower)) {
      const known = surnames.get(w.lower);
      if (!known || p.length > known.length) surnames.set(w.lower, p);
    }
  }
  // Surname-only mentions of people already named in full.
  const taken = new Set(found.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k)));
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i) || !surnames.has(tokens[i].lower) || !nameWord(tokens[i], caps)) continue;
    let j = i + 1;
    while (j < tokens.length && !taken.has(j) && surnames.has(tokens[j].lower) && tokens[j].sentence === tokens[i].sentence) j++;
    found.push([i, j]);
    for (let k = i; k < j; k++) taken.add(k);
  }
  const wordsOf = people.map((p) => new Set(p.map((w) => w.lower)));
  const out = found.map(([a, b]): PersonMention => {
    const words = tokens.slice(a, b);
    // A mention that gives a given name and a surname names its own person: "PEDRO RAFAEL ORDONEZ" is not the
    // "JOSE LACIDES ORDONEZ" listed beside him, so its given names must be in the fuller form too.
    const own = words.length > 1 && given(words[0]) && words.some((w) => !given(w) && !LINK.test(w.lower));
    const core = words.filter((w) => (own || !given(w)) && !LINK.test(w.lower)).map((w) => w.lower);
    // The fullest form: the longest named person that holds this mention's surnames, earliest first.
    const full = people.filter((p, n) => core.every((c) => wordsOf[n].has(c)) && (core.length > 0 || p[0].start === words[0].start))
      .reduce<Token[] | null>((best, p) => (!best || p.length > best.length ? p : best), null) ?? words;
    const fullSpan = { start: full[0].start, end: full[full.length - 1].end };
    return { start: words[0].start, end: words[words.length - 1].end, full: fullSpan, name: titleCase(text.slice(fullSpan.start, fullSpan.end).replace(/\s+/g, ' ')) };
  }).sort((x, y) => x.start - y.start);
  cache.set(tokens, out);
  return out;
}

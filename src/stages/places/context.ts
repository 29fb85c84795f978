// Where a place name names something else: a person ("Mr Kelly", "Kelly said", "Megyn Kelly ... Kelly"),
// or an organisation named after a place ("the Baghdad Post", "Real Madrid", "Bank of America").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../../doc/doc.js';
import { dataDir } from '../../lexicon/data-dir.js';

let givenNames: Set<string> | null = null;
/** data/given-names.json: "Paul", "Tyler", "Orlando" are towns, and far more often people. */
export function isGivenName(word: string): boolean {
  givenNames ??= new Set((JSON.parse(readFileSync(join(dataDir(), 'given-names.json'), 'utf8')).names as string[]).map((n) => n.toLowerCase()));
  return givenNames.has(word.toLowerCase());
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'senator', 'sen', 'rep', 'gov',
  'governor', 'mayor', 'judge', 'justice', 'pope', 'cardinal', 'bishop', 'archbishop', 'rev', 'reverend', 'father', 'imam', 'sheikh',
  'sheik', 'king', 'queen', 'emir', 'sultan', 'general', 'gen', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain',
  'sgt', 'sergeant', 'cpl', 'corporal', 'pvt', 'officer', 'detective', 'det', 'inspector', 'commander', 'cmdr', 'adm', 'admiral',
  'marshal', 'coach', 'professor', 'prof', 'attorney', 'ambassador', 'minister', 'chancellor', 'premier', 'councillor', 'councilman',
  'councilwoman', 'commissioner', 'deputy', 'spokesman', 'spokeswoman', 'trooper', 'comandante', 'commandant', 'monsignor', 'msgr',
  'padre', 'don', 'dona', 'senor', 'senora', 'ex-president', 'candidate', 'actor', 'actress', 'singer', 'striker', 'goalkeeper']);
const SAID = new Set(['said', 'says', 'told', 'added', 'asked', 'explained', 'wrote', 'noted', 'argued', 'insisted', 'stated', 'tweeted',
  'replied', 'recalled', 'admitted', 'denied', 'confirmed', 'announced', 'claimed', 'warned', 'urged', 'thinks', 'believes', 'who']);
// Newspapers, teams, airlines and banks named after their town: the next word says so.
const ORG_AFTER = new Set(['post', 'times', 'herald', 'tribune', 'journal', 'gazette', 'chronicle', 'observer', 'telegraph', 'examiner',
  'inquirer', 'courier', 'dispatch', 'daily', 'globe', 'star', 'sun', 'mirror', 'express', 'standard', 'record', 'fc', 'united', 'rovers',
  'wanderers', 'athletic', 'air', 'airlines', 'airways', 'bank', 'stock', 'symphony', 'philharmonic', 'orchestra', 'raiders', 'rams', 'giants',
  'jets', 'bears', 'lions', 'tigers', 'kings', 'warriors', 'rockets', 'bulls', 'knicks', 'lakers', 'celtics', 'yankees', 'mets', 'dodgers',
  'cubs', 'braves', 'patriots', 'eagles', 'cowboys', 'saints', 'steelers', 'packers', 'broncos', 'chiefs', 'capitals', 'nationals',
  'redskins', 'seahawks', 'reds', 'blues', 'canadiens', 'maple', 'thunder', 'heat', 'magic', 'jazz', 'suns', 'spurs', 'mavericks']);
const ORG_BEFORE = new Set(['real', 'atletico', 'atlético', 'air', 'inter', 'sporting', 'dynamo', 'dinamo']);

const lowerOf = (t: Token | undefined) => (t ? t.lower.replace(/\.$/, '') : '');

/** A title before, a first name before or a speech verb after: the name is a person's. */
export function personContext(tokens: Token[], i: number, end: number, allCaps: boolean): boolean {
  const prev = tokens[i - 1], next = tokens[end];
  if (prev && prev.sentence === tokens[i].sentence && TITLES.has(lowerOf(prev))) return true;
  if (next && next.sentence === tokens[i].sentence && SAID.has(next.lower)) return !allCaps || next.lower !== 'who';
  return false;
}

/** "the Baghdad Post", "Real Madrid", "Bank of America", "Air Canada". */
export function organisationContext(tokens: Token[], i: number, end: number): boolean {
  const next = tokens[end], prev = tokens[i - 1], prev2 = tokens[i - 2];
  const s = tokens[i].sentence;
  if (sameSentence(next, s) && /^[A-Z]/.test(next.text) && ORG_AFTER.has(next.lower)) return true;
  if (sameSentence(prev, s) && /^[A-Z]/.test(prev.text) && ORG_BEFORE.has(prev.lower)) return true;
  return sameSentence(prev2, s) && prev.lower === 'of' && /^bank$|^banco$/i.test(prev2.text);
}

/** A module function, not a closure per call: a named closure costs a defineProperty under tsx. */
const sameSentence = (t: Token | undefined, sentence: number) => t !== undefined && t.sentence === sentence;

const CAPS_WORD = /^[A-Z]{2,}$/, SURNAME = /^[A-Z][a-z'’]*[A-Z]?[a-z'’]+$/;

/**
 * Surnames of the document: the second of two names ("Megyn Kelly", "JOSE RODRIGUEZ PORTH") where the pair
 * is no place and the first word is no place name of note, or a name after a title ("Mr Kelly"). A later
 * "Kelly" on its own is the same person. In ALL-CAPS copy, a name is a word that is no ordinary word.
 */
export function documentSurnames(text: string, tokens: Token[], isPlace: (phrase: string) => boolean, isNotable: (word: string) => boolean,
  isOrdinary: (word: string) => boolean, allCaps: boolean): Set<string> {
  const out = new Set<string>();
  const name = allCaps ? (t: Token) => /^[A-Z]{2,}$/.test(t.text) && !isNotable(t.text) : (t: Token) => /^[A-Z][a-z]+$/.test(t.text) && t.pos === 'PROPN';
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1], b = tokens[k];
    // "Kelly", "McGregor", "O'Neill"
    // (Both patterns start with a capital A-Z: most tokens are turned away by their first character.)
    const c0 = b.text.charCodeAt(0);
    if (a.sentence !== b.sentence || a.end + 1 !== b.start || c0 < 65 || c0 > 90 || !(allCaps ? CAPS_WORD : SURNAME).test(b.text)) continue;
    if (TITLES.has(lowerOf(a))) { out.add(b.lower); continue; }
    // "SAN PEDRO PERULAPAN", "Santa Maria": a saint's name or a name after "de" is a place's, not a person's.
    if (k >= 2 && /^(san|santa|santo|saint|st|de|del|la|el)$/.test(lowerOf(tokens[k - 2]))) continue;
    if (!(allCaps ? /^[A-Z]{2,}$/ : /^[A-Z][a-z]+$/).test(a.text)) continue;
    if (isGivenName(a.text) && !isOrdinary(b.text)) { out.add(a.lower); out.add(b.lower); continue; }
    if (!name(a) || (allCaps ? isOrdinary(b.text) : b.pos !== 'PROPN')) continue;
    const after = tokens[k + 1];
    // Three capitalised words in mixed case are an organisation more often than a person.
    if (!allCaps && after && after.sentence === b.sentence && /^[A-Z]/.test(after.text) && after.start === b.end + 1) continue;
    if (isNotable(a.text) || isPlace(text.slice(a.start, b.end))) continue;
    out.add(b.lower);
  }
  return out;
}

/** ALL CAPS: "ALVARO GOMEZ HURTADO" — a name followed by another word that is no ordinary word is a first name. */
export function firstNameInCaps(tokens: Token[], end: number, isOrdinary: (word: string) => boolean): boolean {
  const next = tokens[end];
  return next !== undefined && next.sentence === tokens[end - 1].sentence && next.start === tokens[end - 1].end + 1
    && /^[A-Z]{2,}$/.test(next.text) && !isOrdinary(next.text);
}

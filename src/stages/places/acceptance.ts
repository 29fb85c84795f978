// The rules that decide whether a gazetteer name found in the text is a place there: not a common word, not
// a person ("Mr Kelly", "Orlando Bloom"), not an organisation, not part of a longer name we do not know.
import type { Token } from '../../doc/doc.js';
import type { Place } from '../../gazetteer/gazetteer.js';
import { DIRECTION, NEVER_PLACE, isCommonWord, isDescription } from './common-words.js';
import { firstNameInCaps, isGivenName, organisationContext, personContext } from './context.js';
import type { Candidate } from './recognise.js';
import { CONNECTORS, isCap, isUpperCase, isWord, keyOf, ordinary, sentenceStart } from './tokens.js';

const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'of', 'from', 'to', 'into', 'inside', 'around', 'across', 'toward', 'towards', 'through', 'between', 'en', 'off']);

// "EL RETIRO MUNICIPALITIES", "SAN JOSE DEPARTMENT": a word for the kind of place ends the name.
const KIND_WORD = /^(municipalit(y|ies)|departments?|provinces?|districts?|neighbou?rhoods?|cantons?|jurisdictions?|villages?|hamlets?|towns?|corregimientos?|intendanc(y|ies)|sectors?)$/;

const TOWN_WORD = /^(municipality|towns?|villages?|hamlets?|cantons?|jurisdiction|corregimiento)$/;

export const big = (p: Place) => p.kind === 'country' || p.kind === 'admin1' || p.kind === 'region' || p.population >= 100_000;

/** "IN GUAZAPA, CHALATENANGO, AND ILOBASCO": a name listed after a place stands where the place does. */
export function inList(text: string, tokens: Token[], out: Candidate[], i: number): boolean {
  const last = out[out.length - 1];
  if (last === undefined || tokens[last.tokenEnd - 1].sentence !== tokens[i].sentence) return false;
  const gap = text.slice(last.end, tokens[i].start);
  if (gap.trim() === '') return false;
  if (/^\s*(,\s*)?(and|or|y)?\s*$/i.test(gap)) return true;
  // "AYUTUXTEPEQUE, COLONIA ESCANDIA, SAN RAMON, AND CUSCATANCINGO": names we do not know may stand between.
  if (gap.length > 80 || !/,\s*((and|or|y)\s+)?$/i.test(gap)) return false;
  // The first item may be the rest of a name the gazetteer half knows ("LOMA" of "LOMA PARDA").
  const items = gap.trim().split(/\s*,\s*(?:(?:and|or|y)\s+)?/i).slice(0, -1).filter((x, k) => k > 0 || x !== '');
  return items.length > 0 && items.length <= 4 && items.every(nameLike);
}

// Words that begin Spanish place names and are ordinary words or never places on their own.
const NAME_HEAD = /^(san|santa|santo|el|la|las|los|de|del|colonia|barrio|canton|puerto|villa|ciudad|nueva|nuevo|rio|agua)$/i;

/** "SAN RAMON", "LOMA VERDE": a short run of capitalised words, one of them no ordinary word. */
function nameLike(item: string): boolean {
  const words = item.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return false;
  return words.some((w) => !NAME_HEAD.test(w) && !ordinary(w));
}

/**
 * "SAN LUIS DE LA REINA", "SAN PEDRO PERULAPAN": a known name followed by "de" and more name, or a Spanish
 * compound name followed by one more name word, is the start of a name we do not know.
 */
export function prefixOfLongerName(tokens: Token[], c: Candidate): boolean {
  const next = tokens[c.tokenEnd], after = tokens[c.tokenEnd + 1];
  if (next === undefined || next.sentence !== tokens[c.tokenIndex].sentence || !/^\s+$/.test(between(tokens, c.tokenEnd))) return false;
  if (/^(de|del|da|do|dos|di|du)$/i.test(next.text)) {
    let k = c.tokenEnd + 1;
    while (tokens[k] && /^(la|las|los|el)$/.test(tokens[k].text)) k++; // "de la Reina"
    return tokens[k] !== undefined && isCap(tokens[k]) && isWord(tokens[k]);
  }
  // "THE PRESIDENT OF EL SALVADOR ALFREDO CRISTIANI": a country's name, or a given name after it, starts a person's name.
  return /^(san|santa|santo|el|la|los|las|villa|puerto|ciudad)$/i.test(tokens[c.tokenIndex].text) && c.tokenEnd - c.tokenIndex > 1
    && isCap(next) && isWord(next) && !ordinary(next.text) && !KIND_WORD.test(next.lower)
    && !c.places.some((p) => p.kind === 'country') && !isGivenName(next.text);
}

/**
 * The token after the run of name words and connectors that starts at k. In capitals every word is capitalised:
 * an ordinary word written in capitals ("IN", "SAID") ends the run, so that "GLORIA DEL CAMPO IN SAN SALVADOR" leaves
 * "SAN SALVADOR" to be read.
 */
export function nameEnd(tokens: Token[], k: number): number {
  while (k < tokens.length && isWord(tokens[k]) && nameWord(tokens[k]) && tokens[k].sentence === tokens[k - 1].sentence) k++;
  return k;
}

/** Module functions, not closures made per call: a named closure costs a defineProperty under tsx. */
const nameWord = (t: Token) => CONNECTORS.has(t.lower) || (isCap(t) && !(isUpperCase(t.text) && t.text.length > 1 && ordinary(t.text)));
const capNeighbour = (t: Token | undefined, at: Token) => t !== undefined && t.sentence === at.sentence && isCap(t) && isWord(t);

const between = (tokens: Token[], k: number) => ' '.repeat(Math.max(0, tokens[k].start - tokens[k - 1].end));

export function acceptable(c: Candidate, tokens: Token[], allCaps: boolean, surnames: Set<string>, listed: boolean): boolean {
  const lower = keyOf(c.text);
  const i = c.tokenIndex, n = c.tokenEnd - c.tokenIndex;
  if (NEVER_PLACE.has(lower) || DIRECTION.test(lower) || isDescription(lower)) return false;
  if (organisationContext(tokens, i, c.tokenEnd)) return false;
  const area = c.places.some((p) => p.kind === 'country' || p.kind === 'region' || p.kind === 'admin1');
  // "a man from Damascus who survived", "doctors in Montpellier said": after a preposition of place it is a place.
  if (!area && !afterLocative(tokens, i) && personContext(tokens, i, c.tokenEnd, allCaps)) return false;
  // Size counts for readings by the name as written, and for a city whose other name it is when that city dwarfs
  // the towns of the name ("Gothenburg" is Göteborg): "Sam", an old name of Damascus, is no reason to keep "Sam".
  const ownMax = Math.max(0, ...c.places.filter((p) => p.kind === 'city' && keyOf(p.name) === lower).map((p) => p.population));
  const own = c.places.filter((p) => p.kind !== 'city' || keyOf(p.name) === lower || (p.population >= 300_000 && p.population >= 10 * ownMax));
  const isBig = own.some(big);
  // "THE GUADALUPITO TOWN", "IN ITAGUI MUNICIPALITY": a kind word after the name says it is a place, as a preposition does.
  // (Only the words for a town: "TASS DEPARTMENT" and "THE PRIVATE ENTERPRISE SECTOR" are not.)
  const kindAfter = tokens[c.tokenEnd] !== undefined && tokens[c.tokenEnd].sentence === tokens[i].sentence && TOWN_WORD.test(tokens[c.tokenEnd].lower);
  const locative = listed || afterLocative(tokens, i) || kindAfter;
  // A long name in capitals is rarely a chance run of words, unless every word of it is ordinary ("COUNTRY HOMES").
  if (n > 1) return !allCaps || isBig || locative || (lower.length > 12 && !allOrdinary(tokens, i, c.tokenEnd));
  // "Jordan", "Georgia", "Virginia" mean the country or the state; "Mary" means a person more than a Turkmen province.
  const namesake = c.places.some((p) => p.kind === 'country' || p.kind === 'region' || (p.kind === 'admin1' && p.population >= 3_000_000));
  if (!namesake && isGivenName(c.text) && !givenNameAsPlace(c, tokens, own, locative, allCaps)) return false;
  if (allCaps) {
    if (!area && !locative && (surnames.has(lower) || firstNameInCaps(tokens, c.tokenEnd, ordinary))) return false;
    // "FRANCISCO JOSE GUERRERO", "DR GUERRERO": a province's name is a surname too after a name or a title.
    const nation = c.places.some((p) => p.kind === 'country' || p.kind === 'region');
    if (!nation && !locative && surnames.has(lower) && (personContext(tokens, i, c.tokenEnd, allCaps) || nameBefore(tokens, i))) return false;
    // "JAIME PAZ ZAMORA": a name after a surname of the document goes on with the person's name.
    if (!nation && nameBefore(tokens, i) && surnames.has(tokens[i - 1].lower)) return false;
    const common = ordinary(c.text);
    return isBig ? !common || locative : !common && locative;
  }
  if (!isBig && surnames.has(lower)) return false;
  // "the CHU in Montpellier": a short acronym in mixed-case text is an organisation, not a town.
  if (/^[A-Z]{2,3}$/.test(c.text) && !area) return false;
  const common = isCommonWord(lower) && !c.places.some((p) => p.kind === 'country' || p.kind === 'region');
  // A capital letter says nothing at the start of a sentence ("Part of that..."); elsewhere it says "a name".
  if (common && (!isBig || tokens[i].start === sentenceStart(tokens, i))) return false;
  // A small town name between capitalised words is usually part of a person's or an organisation's name, and
  // so is an ordinary word of any size ("Rainbow Kitten Surprise", "Delta Air Lines").
  const prev = tokens[i - 1], next = tokens[i + 1];
  if ((!isBig || common) && (capNeighbour(next, tokens[i]) || (capNeighbour(prev, tokens[i]) && prev.start !== sentenceStart(tokens, i)))) return false;
  return true;
}

/** "Orlando Bloom" is a person, "in Tyler," and "TYLER, Texas" a town; a large city needs only not to be followed by a surname. */
function givenNameAsPlace(c: Candidate, tokens: Token[], own: Place[], locative: boolean, allCaps: boolean): boolean {
  const next = tokens[c.tokenEnd];
  const surname = next !== undefined && next.sentence === tokens[c.tokenIndex].sentence && next.start === c.end + 1 && isCap(next) && isWord(next)
    && (!allCaps || !ordinary(next.text));
  if (surname) return false;
  const qualified = next?.text === ',' && isCap(tokens[c.tokenEnd + 1] ?? next) && tokens[c.tokenEnd + 1]?.sentence === next.sentence;
  return locative || qualified || own.some((p) => p.population >= 250_000);
}

/** "JOSE GUERRERO": a word no dictionary holds, right before the name. */
function nameBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.sentence === tokens[i].sentence && prev.end + 1 === tokens[i].start && isCap(prev) && isWord(prev) && !ordinary(prev.text);
}

// "IN NORTHERN ZACATECOLUCA", "NEAR DOWNTOWN LIMA": a compass word between the preposition and the name.
const SIDE = /^(north|south|east|west|central|downtown)(ern)?$|^(north|south)(east|west)(ern)?$/;

function afterLocative(tokens: Token[], i: number): boolean {
  let prev = tokens[i - 1];
  if (prev !== undefined && SIDE.test(prev.lower) && prev.sentence === tokens[i].sentence) prev = tokens[i - 2];
  return prev !== undefined && LOCATIVE.has(prev.lower);
}

function allOrdinary(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWord(tokens[k]) && !CONNECTORS.has(tokens[k].lower) && !ordinary(tokens[k].text)) return false;
  return true;
}

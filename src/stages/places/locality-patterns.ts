// The phrases that name a locality by its kind ("the Zacamil neighborhood", "SAN LUIS CANTON", "COLONIA
// MIRAMONTES", "the village of Kasba") or by a preposition of place alone ("NEAR LA ROCHELA,").
import type { Token } from '../../doc/doc.js';
import { isCommonWord } from './common-words.js';

/** [start, end) is the span reported; phraseEnd ends the whole phrase, kind word included ("Zacamil neighborhood"). */
export interface LocalityMatch { start: number; end: number; nameStart: number; nameEnd: number; phraseEnd: number; kind: string }

// Kinds written after the name ("Escalon neighborhood") and before it ("the village of X").
export const AFTER = /^(neighbou?rhoods?|districts?|cantons?|villages?|hamlets?|farms?|estates?|settlements?|jurisdictions?|municipality|corregimiento|suburbs?|township|quarter|barrio|colonia|compound|sector)$/;
const BEFORE_OF = /^(village|town|city|hamlet|neighbou?rhood|district|municipality|jurisdiction|canton|settlement|suburb|township|locality|community)$/;
// What may follow a name after a bare preposition: punctuation, a conjunction, a time or another preposition.
const NAME_END = /^\s*([,.;:(]|(and|on|at|in|near|last|yesterday|today|tonight|this|during|when|where|after|before|early|late|since|while|from|to|by|with)\b|$)/i;
// Spanish designators written before the name; they belong to the name ("COLONIA MIRAMONTES").
export const DESIGNATOR = /^(colonia|barrio|canton|caserio|hacienda|finca|vereda|aldea|corregimiento|residencial|reparto|urbanizacion|alameda|avenida|calle|paseo)$/;
const SPANISH = /^(canton|corregimiento|colonia|barrio)$/;
const PLURAL_OF_WORD = (w: string) => w.length > 4 && w.endsWith('s') && !isCommonWord(w) && isCommonWord(w.slice(0, -1));
// Spanish heads that begin place names ("RIO BLANCO", "VILLA EL SALVADOR", "PUERTO BELLO") are ordinary words alone,
// so like the articles they join a name but are never one by themselves.
const JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'san', 'santa', 'santo', 'y',
  'rio', 'villa', 'puerto', 'nueva', 'nuevo', 'cerro', 'loma', 'valle', 'puente', 'llano', 'playa', 'monte', 'alto', 'buena', 'vista', 'agua']);
// "IN SAN RAMON,": a given name after a saint's title is the saint's, so the town's, not a person's.
const SAINT = /^(san|santa|santo)$/;
const LOCATIVE = new Set(['in', 'near', 'outside']);
const ATTACK_ON = /^(attacks?|raids?|assaults?|incursions?|offensive)$/;
const MAX_WORDS = 4; // not counting joiners

// A name does not begin or end with "de", "y" or a lower-case joiner, and is more than joiners.
const edgeJoiner = (t: Token) => JOINERS.has(t.lower) && (t.text === t.lower || /^(de|del|y)$/.test(t.lower));

// After a Spanish designator even a head word is a name ("BARRIO ALTO", "COLONIA BUENA VISTA"); articles are not.
const ARTICLE = /^(de|del|la|las|los|el|y)$/;

function trimName(tokens: Token[], s: number, e: number, designated = false): [number, number] | null {
  while (s < e && edgeJoiner(tokens[s])) s++;
  while (e > s && edgeJoiner(tokens[e - 1])) e--;
  for (let k = s; k < e; k++) if (!JOINERS.has(tokens[k].lower) || (designated && !ARTICLE.test(tokens[k].lower))) return [s, e];
  return null;
}

/**
 * nameWord: a word that can be part of a name (capitalised, no ordinary word); joiners always can. After a bare
 * preposition, with no kind word to say it is a place, the words must also pass `strictWord` (no surname).
 */
export function localityMatches(text: string, tokens: Token[], nameWord: (t: Token) => boolean, strictWord: (t: Token) => boolean): LocalityMatch[] {
  const word = (t: Token | undefined, strict = false) => t !== undefined && (JOINERS.has(t.lower) || (nameWord(t) && (!strict || strictWord(t))));
  const same = (a: Token, b: Token | undefined) => b !== undefined && a.sentence === b.sentence;
  const words = (s: number, e: number) => { let n = 0; for (let k = s; k < e; k++) if (!JOINERS.has(tokens[k].lower)) n++; return n; };
  const out: LocalityMatch[] = [];
  const push = (s: number, e: number, start: number, end: number, kind: string, phraseEnd = end) =>
    out.push({ start, end, nameStart: tokens[s].start, nameEnd: tokens[e - 1].end, phraseEnd, kind });
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k], low = t.lower;
    const flags = wordFlags(low);
    // Most tokens are none of the words the patterns start from: passed over after one look-up.
    if (flags === 0 && !OPEN_QUOTE_CHAR.has(t.text)) continue;
    if (flags & F_AFTER) {
      let s = k;
      while (s > 0 && words(s - 1, k) <= MAX_WORDS && same(t, tokens[s - 1]) && word(tokens[s - 1])) s--;
      const name = trimName(tokens, s, k);
      // "South Kilburn Estate": a capitalised kind word in mixed case is part of the name.
      const partOfName = SPANISH.test(low) || (t.text !== t.lower && t.text !== t.text.toUpperCase());
      if (name && name[1] === k) push(name[0], k, tokens[name[0]].start, partOfName ? t.end : tokens[k - 1].end, low, t.end);
    }
    const knownAs = low === 'known' && tokens[k + 1]?.lower === 'as' ? kindBefore(tokens, k) : null;
    const skip = ((flags & F_BEFORE_OF) && tokens[k + 1]?.lower === 'of') || knownAs ? 2 : flags & F_DESIGNATOR ? 1 : 0;
    // "the attack on San Miguel de Mercedes": what an attack is on is a place when a name follows.
    const unknownAfter = LOCATIVE.has(low) || (low === 'on' && ATTACK_ON.test(tokens[k - 1]?.lower ?? '')) ? 1 : 0;
    if (skip + unknownAfter > 0) {
      const from = k + skip + unknownAfter;
      let e = from;
      while (e < tokens.length && words(from, e + 1) <= MAX_WORDS && same(t, tokens[e]) && word(tokens[e], unknownAfter > 0 && !SAINT.test(tokens[e - 1].lower)) && /^[ \t]*\n?[ \t]*$/.test(text.slice(tokens[e - 1].end, tokens[e].start))) e++;
      const name = trimName(tokens, from, e, skip === 1 && unknownAfter === 0);
      if (!name || name[0] !== from) continue;
      // "A SETTLEMENT OF REPATRIATES": who lives there, an ordinary word in the plural, is no name.
      if (name[1] - name[0] === 1 && PLURAL_OF_WORD(tokens[name[0]].lower)) continue;
      // After a bare preposition the name must end the phrase: "near La Rochela," not "in Colombian territory".
      if (unknownAfter && !NAME_END.test(text.slice(tokens[name[1] - 1].end, tokens[name[1] - 1].end + 12))) continue;
      // "BARRIO ALTO" is named by both words: "Alto" alone is no name.
      const headOnly = skip === 1 && tokens.slice(name[0], name[1]).every((x) => JOINERS.has(x.lower));
      push(headOnly ? k : name[0], name[1], skip === 1 ? t.start : tokens[name[0]].start, tokens[name[1] - 1].end, unknownAfter ? 'unknown' : knownAs ?? low);
    }
    if ((flags & F_PLURAL_OF) && tokens[k + 1]?.lower === 'of') listOfNames(k + 2, low.replace(/(ies|s)$/, (x) => (x === 'ies' ? 'y' : '')));
    if (OPEN_QUOTE.test(t.text)) quoted(k);
  }
  return out.sort((a, b) => a.start - b.start);

  /**
   * "THE COMMUNITY OF "JUAN PEREZ,"", "THE "LA ESPERANZA" FARM", "THE "LOMA LINDA" REFUGEE CAMP": quotes mark a name
   * and the kind word before or just after them says it is a place. Inside quotes any capitalised word may be part of
   * the name ("CORRAL" is an English word too).
   */
  function quoted(k: number): void {
    let e = k + 1;
    while (e < tokens.length && e - k <= MAX_QUOTED && same(tokens[k], tokens[e]) && QUOTED_WORD.test(tokens[e].text)) e++;
    let close = e;
    if (tokens[close]?.text === ',') close++; // "JUAN PEREZ,"
    if (!tokens[close] || !CLOSE_QUOTE.test(tokens[close].text) || !same(tokens[k], tokens[close])) return;
    const name = trimName(tokens, k + 1, e);
    // "THE "MOST RADICAL" SECTORS": ordinary words in quotes are a phrase quoted, not a name.
    if (!name || name[0] !== k + 1 || name[1] !== e || !tokens.slice(name[0], name[1]).some((x) => nameWord(x))) return;
    const before = k >= 2 && tokens[k - 1].lower === 'of' && QUOTED_KIND.test(tokens[k - 2].lower) ? tokens[k - 2].lower : null;
    let after: Token | null = null;
    for (let j = close + 1; j <= close + 2 && j < tokens.length && same(tokens[k], tokens[j]) && /^\p{L}+$/u.test(tokens[j].text); j++) {
      if (QUOTED_KIND.test(tokens[j].lower)) { after = tokens[j]; break; }
    }
    const kind = before ?? after?.lower;
    // The phrase goes on to the kind word after the quotes, so that "... CAMP IN X DEPARTMENT" gives its province.
    if (kind) push(name[0], name[1], tokens[name[0]].start, tokens[name[1] - 1].end, kind.replace(/s$/, ''), after?.end ?? tokens[close].end);
  }

  /** "IN THE VILLAGES OF SAN JUAN DE LA PEÑA, HUAYLLAPAMPA, ANCO, AND QUILLAHUASI": every name of the list is a town. */
  function listOfNames(from: number, kind: string): void {
    const items: [number, number][] = [];
    let k = from;
    while (k < tokens.length && items.length < MAX_LIST && same(tokens[from], tokens[k])) {
      let e = k;
      // A list item is any capitalised word: the kind word before the list says what they are.
      const item = (t: Token) => word(t) || (/^\p{Lu}[\p{L}'’-]*$/u.test(t.text) && !/^(and|or|y|in|on|at|the|of)$/i.test(t.text));
      while (e < tokens.length && words(k, e + 1) <= MAX_WORDS && same(tokens[k], tokens[e]) && item(tokens[e])) e++;
      const name = trimName(tokens, k, e);
      if (!name || name[0] !== k) break;
      items.push(name);
      const sep = text.slice(tokens[name[1] - 1].end, tokens[name[1]]?.start ?? text.length);
      k = name[1];
      if (tokens[k]?.text === ',') k++;
      if (tokens[k] && /^(and|or|y)$/i.test(tokens[k].text)) k++;
      if (!/^\s*,?\s*$/.test(sep) && !/^\s*,?\s*(and|or|y)?\s*$/i.test(text.slice(tokens[name[1] - 1].end, tokens[k]?.start ?? text.length))) break;
      if (k === name[1]) break;
    }
    if (items.length < 2) return;
    for (const [s, e] of items) push(s, e, tokens[s].start, tokens[e - 1].end, kind);
  }
}

// What a token's lower case is to the patterns, asked of every token: the tests of a word are made once per distinct
// word (a table look-up, not four regex tests per token; they were a third of localityMatches).
const F_AFTER = 1, F_BEFORE_OF = 2, F_DESIGNATOR = 4, F_PLURAL_OF = 8, F_OTHER = 16;
const flagsOf = new Map<string, number>();
function wordFlags(low: string): number {
  let f = flagsOf.get(low);
  if (f === undefined) {
    f = (AFTER.test(low) ? F_AFTER : 0) | (BEFORE_OF.test(low) ? F_BEFORE_OF : 0) | (DESIGNATOR.test(low) ? F_DESIGNATOR : 0)
      | (PLURAL_OF.test(low) ? F_PLURAL_OF : 0) | (low === 'known' || low === 'on' || LOCATIVE.has(low) ? F_OTHER : 0);
    if (flagsOf.size > 50_000) flagsOf.clear();
    flagsOf.set(low, f);
  }
  return f;
}

// "a district in Medellin known as Las Americas": the kind word a few words before "known as" says what the name is.
const KNOWN_AS_KIND = /^(neighbou?rhood|district|village|town|hamlet|sector|suburb|settlement|locality|community|quarter)$/;
function kindBefore(tokens: Token[], k: number): string | null {
  for (let j = k - 1; j >= Math.max(0, k - 6) && tokens[j].sentence === tokens[k].sentence; j--) {
    if (KNOWN_AS_KIND.test(tokens[j].lower)) return tokens[j].lower;
    if (/^[,;.]$/.test(tokens[j].text)) return null;
  }
  return null;
}

// Quotes around a locality's name, and the kinds of place that say a quoted name is one.
const OPEN_QUOTE = /^["“]$/, OPEN_QUOTE_CHAR = new Set(['"', '“']), CLOSE_QUOTE = /^["”]$/;
const QUOTED_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const MAX_QUOTED = 5;
const QUOTED_KIND = /^(area|zone|community|communities|farms?|estates?|ranch|camps?|settlements?|villages?|hamlets?|cantons?|neighbou?rhoods?|districts?|sector|hacienda|finca|colonia|barrio|town)$/;

// "the towns of A, B and C": a plural kind before a list of names.
const PLURAL_OF = /^(towns|villages|hamlets|municipalities|localities|communities|settlements)$/;
const MAX_LIST = 8;

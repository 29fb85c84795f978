// Finds toponym candidates: runs of capitalised tokens (any token in ALL-CAPS text) that the gazetteer knows.
import type { Token } from '../../doc/doc.js';
import type { Gazetteer, Place } from '../../gazetteer/gazetteer.js';
import { acceptable, big, inList, nameEnd, prefixOfLongerName } from './acceptance.js';
import { documentSurnames } from './context.js';
import { CONNECTORS, isCap, isGlue, isUpperCase, isWord, keyOf, ordinary } from './tokens.js';

export interface Candidate { start: number; end: number; text: string; places: Place[]; tokenIndex: number; tokenEnd: number }

const MAX_WORDS = 6;

/** The document's surnames ("Megyn Kelly" makes a later "Kelly" a person). */
export function surnamesOf(text: string, tokens: Token[], g: Gazetteer, allCaps: boolean): Set<string> {
  const notable = (word: string) => ordinary(word) || (g.byName.find(word, keyOf(word)) ?? []).some(big);
  return documentSurnames(text, tokens, (p) => g.byName.find(p, keyOf(p)) !== undefined, notable, ordinary, allCaps);
}

export function recognise(text: string, tokens: Token[], g: Gazetteer, allCaps: boolean, surnames: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  const tokenKeys: (string | undefined)[] = new Array(tokens.length);
  const keyAt = (j: number) => (tokenKeys[j] ??= keyOf(tokens[j].text));
  const placedBefore = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!isWord(first) || !isCap(first)) { i++; continue; }
    const found: Candidate[] = [];
    // The key grows a token at a time (normalising is per character), instead of normalising every phrase.
    let key = '', capitals = true;
    for (let j = i, words = 0; j < tokens.length && words < MAX_WORDS; j++) {
      const t = tokens[j];
      const gap = j > i ? text.slice(tokens[j - 1].end, t.start) : '';
      // The splitter sometimes ends a sentence at a hard line break in wire copy ("SANTA\nANA"): a name goes on.
      if (t.sentence !== first.sentence && !(allCaps && gap.includes('\n') && isWord(tokens[j - 1]))) break;
      // One space, or a line break inside a name in hard-wrapped wire copy ("SAN\nPEDRO PERULAPAN").
      if (j > i && !nameGap(gap)) break;
      if (j > i && isGlue(tokens, j)) { key += keyAt(j); continue; }
      // Lower-case words join a name after a hyphen ("Port-au-Prince") or as connectors ("Bosnia and Herzegovina").
      if (!isWord(t) || (!isCap(t) && !CONNECTORS.has(t.lower) && !(j > i && gap === '' && isGlue(tokens, j - 1)))) break;
      words++;
      key += (gap === '' ? '' : ' ') + keyAt(j);
      capitals &&= isUpperCase(t.text);
      const places = isCap(t) ? g.byName.findKey(key, capitals) : undefined;
      if (places) found.push({ start: first.start, end: t.end, text: text.slice(first.start, t.end), places, tokenIndex: i, tokenEnd: j + 1 });
      if (!g.byName.continues(key)) break;
    }
    const longest = found[found.length - 1];
    // "San Luis de la Reina": no part of a name we do not know is a place of its own.
    if (longest && prefixOfLongerName(tokens, longest)) { i = nameEnd(tokens, longest.tokenEnd); continue; }
    // (Asked only when there is a name to accept: most capitalised words are none, and the gap read is long.)
    const listed = found.length > 0 && inList(text, tokens, out, i);
    // "THE POLICE BASE IN UCHIZA ... THE DEFENSE OF THE UCHIZA POLICE STATION": in capitals a town the report has
    // placed after a preposition is the same town when its name comes again, unless the name is also a surname here.
    const best = found.reverse().find((c) => acceptable(c, tokens, allCaps, surnames, listed || placedAgain(c, allCaps, placedBefore, surnames)));
    if (best) {
      out.push(best);
      if (allCaps && i > 0 && /^(in|near|at|outside|inside|into)$/.test(tokens[i - 1].lower)) placedBefore.add(keyOf(best.text));
      i = best.tokenEnd;
    } else i++;
  }
  return out;
}

/** The `again` test above, a module function: a named closure made per capitalised token costs a defineProperty under tsx. */
function placedAgain(c: Candidate, allCaps: boolean, placedBefore: Set<string>, surnames: Set<string>): boolean {
  return allCaps && placedBefore.has(keyOf(c.text)) && !surnames.has(keyOf(c.text)) && c.places.every((p) => p.kind === 'city');
}

/** /^([ ]?|[ \t]*\n[ \t]*)$/ as a scan: asked of the gap before every word of every capitalised run. */
function nameGap(gap: string): boolean {
  if (gap === '' || gap === ' ') return true;
  let newlines = 0;
  for (let i = 0; i < gap.length; i++) {
    const c = gap[i];
    if (c === '\n') newlines++;
    else if (c !== ' ' && c !== '\t') return false;
  }
  return newlines === 1;
}

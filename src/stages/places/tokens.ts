// Token tests and name keys shared by the recogniser and its rules.
import type { Token } from '../../doc/doc.js';
import { normalizeName } from '../../gazetteer/normalize.js';
import { NEVER_PLACE, isCommonWord } from './common-words.js';

export const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'al', 'of', 'and', 'da', 'do', 'dos', 'di', 'du', 'y', 'ez', 'es', 'ad', 'an', 'as',
  'ash', 'ar', 'at', 'on', 'upon', 'sur', 'le', 'les', 'am', 'im', 'der']);

// isCap and isWord are asked of nearly every token of a report: plain character tests where the text is ASCII,
// the Unicode regex only where it is not (they were 7% of the places stage).
export function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}
const WORD = /^[\p{L}][\p{L}'’.\-]*$/u;
export function isWord(t: Token): boolean {
  const s = t.text;
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return WORD.test(s);
    const letter = (c | 32) >= 97 && (c | 32) <= 122;
    // after the first letter: an apostrophe, a full stop or a hyphen
    if (!letter && (i === 0 || (c !== 39 && c !== 46 && c !== 45))) return false;
  }
  return true;
}
/** A hyphen or apostrophe glued to the words on both sides ("Port-au-Prince", "Ra's"). */
export const isGlue = (tokens: Token[], j: number) =>
  isGlueChar(tokens[j].text) && tokens[j - 1]?.end === tokens[j].start && tokens[j + 1]?.start === tokens[j].end;
const isGlueChar = (s: string) => s === '-' || s === "'" || s === '’';

/** s === s.toUpperCase(), without making the upper-case copy when s is ASCII (no a-z then). */
export function isUpperCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return s === s.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

const keys = new Map<string, string>();
/** normalizeName, cached: every capitalised word of a report is looked up, and reports repeat their words. */
export function keyOf(phrase: string): string {
  let k = keys.get(phrase);
  if (k === undefined) {
    if (keys.size > 100_000) keys.clear();
    k = normalizeName(phrase);
    keys.set(phrase, k);
  }
  return k;
}

/** An ordinary word or one that is never a place ("SAID", "POLICE"): in capitals, that is all there is to go on. */
export const ordinary = (word: string) => isCommonWord(keyOf(word)) || NEVER_PLACE.has(keyOf(word));

export function sentenceStart(tokens: Token[], i: number): number {
  let k = i;
  while (k > 0 && tokens[k - 1].sentence === tokens[i].sentence) k--;
  return tokens[k].start;
}

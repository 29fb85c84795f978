// Matches a list of phrases against a token stream, longest phrase first at each token. Used for facility
// aliases and actor aliases: a table lookup per token instead of one text search per phrase.
import type { Token } from '../doc/doc.js';
import { normalizeName } from '../gazetteer/normalize.js';

interface Entry<T> { phrase: string; exact: string | null; value: T }
export interface PhraseMatch<T> { start: number; end: number; text: string; value: T }

const firstWord = (s: string) => s.split(/[\s\-']/)[0];

// normalizeName costs a Unicode decomposition and several regexes: a hot loop folds each distinct character
// and token text once per process.
const charFold = new Map<string, string>();
function foldChar(ch: string): string {
  let f = charFold.get(ch);
  if (f === undefined) { f = normalizeName(ch); charFold.set(ch, f); }
  return f;
}
// The same for the ASCII characters, by character code: a table read instead of a Map look-up per character.
const ASCII_FOLD = Array.from({ length: 128 }, (_, c) => normalizeName(String.fromCharCode(c)));
const tokenKey = new Map<string, string>();
function firstWordOf(token: string): string {
  let k = tokenKey.get(token);
  if (k === undefined) {
    k = firstWord(normalizeName(token));
    if (tokenKey.size > 200_000) tokenKey.clear();
    tokenKey.set(token, k);
  }
  return k;
}

// A report's tokens are matched three times (named facilities, facilities of the report's cities, actors):
// their keys are looked up once per token layer (the lookups were 3% of the annotate profile). Kept per layer,
// not for the last one only: with runPipelineBatch the actors stage comes a whole batch after the places stage.
const keysOfLayer = new WeakMap<Token[], string[]>();
function tokenKeys(tokens: Token[]): string[] {
  let keys = keysOfLayer.get(tokens);
  if (keys === undefined || keys.length !== tokens.length) {
    keys = tokens.map(keyOfToken);
    keysOfLayer.set(tokens, keys);
  }
  return keys;
}

/**
 * firstWordOf(t.text). A word of ASCII letters is its own lower case, which the token carries: checked letter by
 * letter, it is used without a look-up in the process-wide table (those look-ups were 2.5% of the annotate profile).
 */
function keyOfToken(t: Token): string {
  const s = t.text, low = t.lower;
  if (s.length === 0 || s.length !== low.length) return firstWordOf(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) || low.charCodeAt(i) !== (c | 32)) return firstWordOf(s);
  }
  return low;
}

export class PhraseIndex<T> {
  private byFirst = new Map<string, Entry<T>[]>();
  // The tokens of the last token layer matched that start some phrase: the facility index matches a report twice.
  private startsOf: Token[] | null = null;
  private starts: number[] = [];
  private startsLength = 0;

  /** exactCase: the phrase only matches as written ("IS", "ELN"), never as a common word. */
  add(phrase: string, value: T, exactCase = false): void {
    const norm = normalizeName(phrase).replace(/^the /, '');
    if (norm === '') return;
    const key = firstWord(norm);
    const list = this.byFirst.get(key) ?? [];
    list.push({ phrase: norm, exact: exactCase ? phrase : null, value });
    list.sort((a, b) => b.phrase.length - a.phrase.length);
    this.byFirst.set(key, list);
    this.startsOf = null;
  }

  /** skipExact: exact-case phrases to pass over (in ALL-CAPS text, "IS" is a verb far more often than a group). */
  match(text: string, tokens: Token[], accept: (value: T) => boolean = () => true, skipExact: (phrase: string) => boolean = () => false): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    // i: the first token a phrase may start at (tokens inside a match start none).
    let i = 0;
    const keys = tokenKeys(tokens);
    for (const k of this.startTokens(tokens)) {
      if (k < i) continue;
      const t = tokens[k];
      let hit: PhraseMatch<T> | null = null;
      for (const e of this.byFirst.get(keys[k])!) {
        if (!accept(e.value) || (e.exact !== null && skipExact(e.exact))) continue;
        const end = matchAt(text, t.start, e);
        if (end !== null) { hit = { start: t.start, end, text: text.slice(t.start, end), value: e.value }; break; }
      }
      if (!hit) continue;
      out.push(hit);
      i = k;
      while (i < tokens.length && tokens[i].start < hit.end) i++;
    }
    return out;
  }

  /** Indexes of the tokens whose first word starts some phrase, in order; most tokens start none. */
  private startTokens(tokens: Token[]): number[] {
    if (tokens !== this.startsOf || tokens.length !== this.startsLength) {
      const keys = tokenKeys(tokens);
      this.starts = [];
      for (let k = 0; k < tokens.length; k++) if (this.byFirst.has(keys[k])) this.starts.push(k);
      this.startsOf = tokens;
      this.startsLength = tokens.length;
    }
    return this.starts;
  }
}

// Regex literals inside the loop below would be a new RegExp object at every character.
const WORD_CHAR = /[\p{L}\p{N}]/u, SPACE = /\s/, APOSTROPHE = /['’]/;

/** End offset when the phrase stands at `start` in the text and ends on a word boundary; white space may differ. */
function matchAt<T>(text: string, start: number, e: Entry<T>): number | null {
  if (start > 0 && WORD_CHAR.test(text[start - 1])) return null;
  let k = start, n = 0;
  const p = e.phrase;
  while (n < p.length) {
    if (k >= text.length) return null;
    if (p[n] === ' ') {
      if (!SPACE.test(text[k])) return null;
      while (k < text.length && SPACE.test(text[k])) k++;
      n++;
      continue;
    }
    const c = text.charCodeAt(k);
    if ((c < 128 ? ASCII_FOLD[c] : foldChar(text[k])) !== p[n] && !(p[n] === "'" && APOSTROPHE.test(text[k]))) return null;
    k++; n++;
  }
  if (k < text.length && WORD_CHAR.test(text[k])) return null;
  if (e.exact !== null && text.slice(start, k) !== e.exact) return null;
  return k;
}

// Finds toponym candidates: runs of capitalised tokens (any token in ALL-CAPS text) that the gazetteer knows.
import type { Token } from '../../doc/doc.js';
import type { Gazetteer, Place } from '../../gazetteer/gazetteer.js';
import { normalizeName } from '../../gazetteer/normalize.js';
import { NEVER_PLACE, isCommonWord } from './common-words.js';

export interface Candidate { start: number; end: number; text: string; places: Place[]; tokenIndex: number; tokenEnd: number }

const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'al', 'of', 'and', 'da', 'do', 'dos', 'di', 'du', 'y', 'ez', 'es', 'ad', 'an', 'as', 'ash', 'ar', 'at']);
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'of', 'from', 'to', 'into', 'inside', 'around', 'across', 'toward', 'towards', 'through', 'between', 'and']);
const MAX_TOKENS = 6;

const isCap = (t: Token) => /^[A-Z\u00C0-\u00DE]/.test(t.text);
const isWord = (t: Token) => /^[\p{L}][\p{L}'’.\-]*$/u.test(t.text);

export function recognise(text: string, tokens: Token[], g: Gazetteer, allCaps: boolean): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!isWord(first) || !isCap(first)) { i++; continue; }
    let found: Candidate | null = null;
    for (let n = Math.min(MAX_TOKENS, tokens.length - i); n >= 1 && !found; n--) {
      const last = tokens[i + n - 1];
      if (last.sentence !== first.sentence || !isWord(last) || !isCap(last)) continue;
      const inner = tokens.slice(i, i + n);
      if (inner.some((t) => !isWord(t) || (!isCap(t) && !CONNECTORS.has(t.lower)))) continue;
      if (/\n/.test(text.slice(first.start, last.end))) continue;
      const phrase = text.slice(first.start, last.end);
      const places = g.byName.get(normalizeName(phrase));
      if (!places || !acceptable(phrase, n, places, tokens, i, allCaps)) continue;
      found = { start: first.start, end: last.end, text: phrase, places, tokenIndex: i, tokenEnd: i + n };
    }
    if (found) { out.push(found); i = found.tokenEnd; } else i++;
  }
  return out;
}

function acceptable(phrase: string, n: number, places: Place[], tokens: Token[], i: number, allCaps: boolean): boolean {
  const lower = normalizeName(phrase);
  if (NEVER_PLACE.has(lower)) return false;
  const big = places.some((p) => p.kind === 'country' || p.kind === 'admin1' || p.population >= 100_000);
  if (n > 1) return !allCaps || big || afterLocative(tokens, i) || lower.length > 12;
  const common = isCommonWord(lower);
  if (allCaps) return big ? !common || afterLocative(tokens, i) : !common && afterLocative(tokens, i);
  if (common && !big) return false;
  // A small town name between capitalised words is usually part of a person's or an organisation's name.
  const prev = tokens[i - 1], next = tokens[i + 1];
  const capNeighbour = (t?: Token) => t !== undefined && t.sentence === tokens[i].sentence && isCap(t) && isWord(t);
  if (!big && (capNeighbour(next) || (capNeighbour(prev) && prev.start !== sentenceStart(tokens, i)))) return false;
  return true;
}

function afterLocative(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && LOCATIVE.has(prev.lower);
}

function sentenceStart(tokens: Token[], i: number): number {
  let k = i;
  while (k > 0 && tokens[k - 1].sentence === tokens[i].sentence) k--;
  return tokens[k].start;
}

// Tokens and sentences with character offsets, from wink-nlp; line structure decides hard boundaries.
import type { Sentence, Token } from '../../doc/doc.js';
import type { Stage } from '../../doc/stage.js';
import { analysedText } from '../../doc/analysed-text.js';
import { isHardWrapped } from '../clean/index.js';
import { its, nlp } from './wink.js';

/** Mostly upper-case text (MUC-4 wire copy) fools the tagger: tag a lower-cased copy of the same length instead. */
// Four stages ask about each document in turn, and with runPipelineBatch each asks about every document of a
// batch before the next stage does: the answers for the last few hundred texts are kept (the same string object
// each time, so a look-up costs no scan of the text).
const capsOf = new Map<string, boolean>();

export function isAllCaps(text: string): boolean {
  const known = capsOf.get(text);
  if (known !== undefined) return known;
  const caps = capsShare(text);
  if (capsOf.size >= 256) capsOf.clear();
  capsOf.set(text, caps);
  return caps;
}

/**
 * Whether at least 20 of the ASCII letters and more than 85% of them are capitals. A scan stops once the capitals
 * cannot reach that share even if every character left were one (mixed-case text: after the first fifth or so).
 */
export function capsShare(text: string): boolean {
  let upper = 0, lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    // (The share below only grows with more capitals and only falls with more small letters.)
    if ((i & 63) === 63) {
      const most = upper + (text.length - i - 1);
      if (!(most / (most + lower) > 0.85)) return false;
    }
  }
  return upper + lower >= 20 && upper / (upper + lower) > 0.85;
}

/**
 * `analysed` is the text wink reads: `text` itself, or a copy of the same length with the excluded ranges blanked
 * (see analysed-text.ts), so that no token or sentence comes from them. Whether the report is in capitals is
 * decided on `text`, as the other stages decide it.
 */
export function tokenize(text: string, analysed: string = text): { tokens: Token[]; sentences: Sentence[] } {
  if (analysed.length !== text.length) throw new Error(`sentences: expected an analysed text of ${text.length} characters, got ${analysed.length}`);
  const lower = isAllCaps(text) ? analysed.toLowerCase() : null;
  const tagText = lower !== null && lower.length === analysed.length ? lower : analysed;
  const wdoc = nlp.readDoc(tagText);
  const values: string[] = wdoc.tokens().out(its.value);
  const spaces: string[] = wdoc.tokens().out(its.precedingSpaces);
  const pos: string[] = wdoc.tokens().out(its.pos);
  // wink keeps line breaks as tokens of their own: drop them from the token layer, remembering where each
  // wink token landed so its sentence spans can be mapped.
  const tokens: Token[] = [];
  const index = new Int32Array(values.length + 1); // wink token index -> our token index (the next real token)
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    offset += spaces[i].length;
    const start = offset;
    offset += value.length;
    index[i] = tokens.length;
    if (isBlank(value)) continue;
    // wink's value is its interned copy of the word: the same string object in every report, whose hash the
    // later stages' table lookups do not compute again. Where it is not the text as written, slice the text.
    const written = text.startsWith(value, start) ? value : text.slice(start, offset);
    tokens.push({ start, end: offset, text: written, lower: lowerOf(value), pos: pos[i], sentence: 0 });
  }
  index[values.length] = tokens.length;
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  const boundaries = hardBoundaries(text);
  const sentences: Sentence[] = [];
  for (const [wFirst, wLast] of spans) {
    const first = index[wFirst], last = index[wLast + 1] - 1;
    if (last < first) continue;
    let s = first;
    for (let t = first + 1; t <= last + 1; t++) {
      const cut = t > last || boundaries.has(gapKind(analysed, tokens[t - 1].end, tokens[t].start));
      if (!cut) continue;
      sentences.push({ start: tokens[s].start, end: tokens[t - 1].end, tokenStart: s, tokenEnd: t });
      s = t;
    }
  }
  sentences.forEach((sent, n) => { for (let t = sent.tokenStart; t < sent.tokenEnd; t++) tokens[t].sentence = n; });
  return { tokens, sentences };
}


// The lower case of a capitalised word, one string per word for the process as wink's values are: the later
// stages look each token's lower case up in several tables, and a string seen before has its hash already.
const lowers = new Map<string, string>();
function lowerOf(value: string): string {
  const lower = value.toLowerCase();
  if (lower === value) return lower;
  const known = lowers.get(value);
  if (known !== undefined) return known;
  if (lowers.size >= 100_000) lowers.clear();
  lowers.set(value, lower);
  return lower;
}

/** Gap kinds that end a sentence whatever the tagger thinks: a blank line always, a newline unless text is hard-wrapped. */
function hardBoundaries(text: string): Set<string> {
  return new Set(isHardWrapped(text) ? ['blank'] : ['blank', 'newline']);
}

/** 'blank' (a line with nothing but spaces between two breaks), 'newline' or 'space'. Asked between every two
 * tokens, so it scans the gap in place instead of slicing it and running a regex (5% of the stage's own time). */
function gapKind(text: string, from: number, to: number): string {
  let kind = 'space';
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    kind = 'newline';
    let j = i + 1;
    while (j < to && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    if (j < to && text.charCodeAt(j) === 10) return 'blank';
    i = j - 1;
  }
  return kind;
}

/** s.trim() === '' without trimming: a token that starts with a character JavaScript never trims is not blank. */
function isBlank(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c > 32 && c < 0x1680 && c !== 0xa0) return false;
  return s.trim() === '';
}

export const sentencesStage: Stage = {
  name: 'sentences',
  needs: ['excluded'],
  adds: ['sentences', 'tokens'],
  run(doc) {
    const { tokens, sentences } = tokenize(doc.text, analysedText(doc));
    doc.layers.tokens = tokens;
    doc.layers.sentences = sentences;
  },
};

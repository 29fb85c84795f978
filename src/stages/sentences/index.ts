// Tokens and sentences with character offsets, from wink-nlp; line structure decides hard boundaries.
import type { Sentence, Token } from '../../doc/doc.js';
import type { Stage } from '../../doc/stage.js';
import { isHardWrapped } from '../clean/index.js';
import { its, nlp } from './wink.js';

/** Mostly upper-case text (MUC-4 wire copy) fools the tagger: tag a lower-cased copy of the same length instead. */
let lastText = '', lastCaps = false;

export function isAllCaps(text: string): boolean {
  // Four stages ask about the same document in turn: remember the last answer.
  if (text === lastText) return lastCaps;
  let upper = 0, lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  lastText = text;
  lastCaps = upper + lower >= 20 && upper / (upper + lower) > 0.85;
  return lastCaps;
}

export function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const lower = text.toLowerCase();
  const tagText = isAllCaps(text) && lower.length === text.length ? lower : text;
  const wdoc = nlp.readDoc(tagText);
  const values: string[] = wdoc.tokens().out(its.value);
  const spaces: string[] = wdoc.tokens().out(its.precedingSpaces);
  const pos: string[] = wdoc.tokens().out(its.pos);
  // wink keeps line breaks as tokens of their own: drop them from the token layer, remembering where each
  // wink token landed so its sentence spans can be mapped.
  const tokens: Token[] = [];
  const index: number[] = []; // wink token index -> our token index (the next real token)
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    const start = offset;
    offset += values[i].length;
    index.push(tokens.length);
    if (values[i].trim() === '') continue;
    tokens.push({ start, end: offset, text: text.slice(start, offset), lower: values[i].toLowerCase(), pos: pos[i], sentence: 0 });
  }
  index.push(tokens.length);
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  const boundaries = hardBoundaries(text);
  const sentences: Sentence[] = [];
  for (const [wFirst, wLast] of spans) {
    const first = index[wFirst], last = index[wLast + 1] - 1;
    if (last < first) continue;
    let s = first;
    for (let t = first + 1; t <= last + 1; t++) {
      const cut = t > last || boundaries.has(between(text, tokens[t - 1].end, tokens[t].start));
      if (!cut) continue;
      sentences.push({ start: tokens[s].start, end: tokens[t - 1].end, tokenStart: s, tokenEnd: t });
      s = t;
    }
  }
  sentences.forEach((sent, n) => { for (let t = sent.tokenStart; t < sent.tokenEnd; t++) tokens[t].sentence = n; });
  return { tokens, sentences };
}


/** Gap kinds that end a sentence whatever the tagger thinks: a blank line always, a newline unless text is hard-wrapped. */
function hardBoundaries(text: string): Set<string> {
  return new Set(isHardWrapped(text) ? ['blank'] : ['blank', 'newline']);
}

function between(text: string, from: number, to: number): string {
  const gap = text.slice(from, to);
  if (/\n[ \t\r]*\n/.test(gap)) return 'blank';
  return gap.includes('\n') ? 'newline' : 'space';
}

export const sentencesStage: Stage = {
  name: 'sentences',
  needs: ['excluded'],
  adds: ['sentences', 'tokens'],
  run(doc) {
    const { tokens, sentences } = tokenize(doc.text);
    doc.layers.tokens = tokens;
    doc.layers.sentences = sentences;
  },
};

// ALL-CAPS wire copy hides which words are names. For patterns that rely on capitals (attribution), rebuild a
// same-length copy: lower case, with capitals restored on the spans we know are names and at sentence starts.
import type { Span } from '../../doc/doc.js';

const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase();

export function truecase(text: string, names: Span[]): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text; // a character whose lower case is longer: leave the text alone
  const chars = lower.split('');
  for (const n of names) {
    let wordStart = true;
    for (let i = n.start; i < n.end; i++) {
      if (wordStart && isLetter(chars[i])) chars[i] = text[i];
      wordStart = !/[\p{L}\p{N}'’]/u.test(text[i]);
    }
  }
  // Sentence starts: the first letter of the text and the first letter after . ! ? or a line break.
  let start = true;
  for (let i = 0; i < chars.length; i++) {
    const c = text[i];
    if (start && isLetter(c)) { chars[i] = c; start = false; }
    else if (c === '.' || c === '!' || c === '?' || c === '\n') start = true;
    else if (c !== ' ' && c !== '\t' && c !== '"' && c !== '“') start = false;
  }
  return chars.join('');
}

// ALL-CAPS wire copy hides which words are names. For patterns that rely on capitals (attribution), rebuild a
// same-length copy: lower case, with capitals restored on the spans we know are names and at sentence starts.
import type { Span } from '../../doc/doc.js';

export function truecase(text: string, names: Span[]): string {
  const chars = text.toLowerCase().split('');
  if (chars.length !== text.length) return text; // a character whose lower case is longer: leave the text alone
  const capitalise = (start: number, end: number) => {
    let wordStart = true;
    for (let i = start; i < end; i++) {
      if (wordStart && /\p{L}/u.test(chars[i])) chars[i] = text[i];
      wordStart = !/[\p{L}\p{N}'’]/u.test(text[i]);
    }
  };
  for (const n of names) capitalise(n.start, n.end);
  // Sentence starts.
  for (let i = 0; i < chars.length; i++) {
    if (/\p{L}/u.test(chars[i]) && (i === 0 || /[.!?\n]\s*$/.test(text.slice(Math.max(0, i - 3), i)))) chars[i] = text[i];
  }
  return chars.join('');
}

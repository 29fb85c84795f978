// Token look-ups by offset. The role frames ask, for every incident, where a region or a phrase starts among the
// report's tokens; a scan from the first token each time grew with the report's length. Tokens are in text order,
// so a binary search finds the same token.
import type { Token } from '../../doc/doc.js';

/** The first token starting at or after offset, -1 when none (as `findIndex((t) => t.start >= offset)`). */
export function firstAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === tokens.length ? -1 : lo;
}

/** The first token starting exactly at offset, -1 when none (as `findIndex((t) => t.start === offset)`). */
export function tokenAt(tokens: Token[], offset: number): number {
  const k = firstAtOrAfter(tokens, offset);
  return k >= 0 && tokens[k].start === offset ? k : -1;
}

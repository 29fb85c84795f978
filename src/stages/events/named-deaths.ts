// "The commander Omar Haddad was killed in the raid", "Hadi Mourad, the movement's founder, who was
// assassinated": a named person said killed is at least one death, when the sentence gives no figure.
import type { Actor, Count } from '../../contract/mention.js';
import type { Span } from '../../doc/doc.js';

// The verb right after the name: only an apposition between commas ("the movement's founder") may stand between.
const KILLED_AFTER = /^(?:\s*,[^,.;]{1,60},)?\s+(?:who\s+)?(?:was|has been|had been)\s+(?:\w+\s+)?(?:killed|assassinated|murdered|shot dead|slain|executed)\b/i;

/** At least one killed, from the first named person among the victims said killed; null when none is. */
export function namedDeath(text: string, region: Span, victims: Actor[]): Count | null {
  for (const v of victims) {
    if (v.type !== 'person' || !v.name || !/\S\s+\S/.test(v.name) || v.start < region.start || v.end > region.end) continue;
    const m = KILLED_AFTER.exec(text.slice(v.end, region.end));
    if (!m) continue;
    const end = v.end + m.index + m[0].length;
    return { best: 1, low: 1, high: null, text: text.slice(v.start, end), start: v.start, end };
  }
  return null;
}

// Business quarters and halves: "the third quarter" (2026-Q3 in an October report), "fourth-quarter", "the first
// half of 2025" (2025-H1). Earnings reports then say "the quarter", "the latest period", "a year earlier", "year-ago": those
// take the quarter last named (TimeBank gives "a year ago" next to "the third quarter" that quarter a year before).
import type { DateSpan } from '../../doc/doc.js';
import { quarterOf } from './calendar.js';
import { holdsAny } from './cues.js';

/** A span whose value depends on the quarter named before it: `shift` years from that quarter. Without one,
 * "the period" is no date at all (`needsContext`), while "year-earlier" still means last year. */
export interface QuarterRef { span: DateSpan; shift: number; needsContext: boolean }

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const YEAR_WORDS = "this year's|last year's|next year's|(?:the )?year-(?:ago|earlier)|(?:the )?(?:19|20)\\d\\d|(?:the )?fiscal|its|the";
const QUARTER = new RegExp(`\\b(?:(${YEAR_WORDS})\\s+)?(?:fiscal[- ])?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b(?:\\s+of\\s+(?:fiscal\\s+)?((?:19|20)\\d\\d|this year|last year|next year))?`, 'gi');
const HALF = /\b(?:the\s+)?(first|second|last)\s+half(?:\s+of\s+((?:19|20)\d\d|this year|last year|next year))?\b/gi;
// Phrases that name the quarter under discussion, and those that name the one a year before it.
const SAME = /\b(?:the|that|this) (?:latest |most recent |recent |just-ended |just ended )?(?:quarter|period)\b(?! (?:a year|ended|ago))|\bthe latest quarter\b|\bthe (?:(?:19|20)\d\d) (?:quarter|period)\b/gi;
const YEAR_BEFORE = /\b(?:the )?(?:comparable )?year-(?:ago|earlier)(?: (?:quarter|period|results?|figures?))?\b(?! (?:\w+ )?(?:months|weeks))|\blast year's (?:quarter|period)\b|\bthe (?:quarter|period) a year (?:ago|earlier)\b/gi;

export function findQuarters(text: string, ref: string | null, lower = text.toLowerCase()): { spans: DateSpan[]; refs: QuarterRef[] } {
  const spans: DateSpan[] = [], refs: QuarterRef[] = [];
  const refY = ref ? Number(ref.slice(0, 4)) : null, refQ = ref ? quarterOf(ref) : null;
  const yearOf = (words: string, q: number): string => {
    const explicit = /(?:19|20)\d\d/.exec(words);
    if (explicit) return explicit[0];
    if (refY === null || refQ === null) return 'XXXX';
    const shift = /last year|year-(ago|earlier)/i.test(words) ? -1 : /next year/i.test(words) ? 1 : 0;
    // A quarter not reached yet this year is last year's: "the fourth quarter" in January.
    return String((shift === 0 && q > refQ ? refY - 1 : refY) + shift);
  };
  for (const m of holdsAny(lower, ['quarter']) ? text.matchAll(QUARTER) : []) {
    const q = ORD[m[2].toLowerCase()];
    spans.push(mk(m.index!, m[0], `${yearOf(`${m[1] ?? ''} ${m[3] ?? ''}`, q)}-Q${q}`));
  }
  for (const m of holdsAny(lower, ['half']) ? text.matchAll(HALF) : []) {
    if (!m[2] && !/\bthe\b/i.test(m[0])) continue;
    const h = m[1].toLowerCase() === 'first' ? 1 : 2;
    spans.push(mk(m.index!, m[0], `${yearOf(m[2] ?? '', h * 2)}-H${h}`));
  }
  // With no quarter named before it, "the quarter" is the last one completed; "the period" is dropped.
  const lastDone = refY !== null && refQ !== null ? (refQ === 1 ? `${refY - 1}-Q4` : `${refY}-Q${refQ - 1}`) : 'XXXX-QX';
  for (const m of holdsAny(lower, ['quarter', 'period']) ? text.matchAll(SAME) : []) {
    const s = mk(m.index!, m[0], lastDone);
    refs.push({ span: s, shift: 0, needsContext: !/quarter/i.test(m[0]) });
  }
  for (const m of holdsAny(lower, ['year-', "year's", 'a year']) ? text.matchAll(YEAR_BEFORE) : []) {
    const s = mk(m.index!, m[0], refY === null ? 'XXXX' : String(refY - 1));
    refs.push({ span: s, shift: -1, needsContext: false });
  }
  return { spans, refs };
}

/** Gives each quarter reference (in text order) the quarter named last before it; drops those that need one and have none. */
export function applyQuarterContext(spans: DateSpan[], refs: Map<DateSpan, QuarterRef>, ref: string | null): DateSpan[] {
  let last: { y: number; q: number } | null = null;
  // Only a quarter already over can be the one reported on ("fourth-quarter" in October is an outlook).
  const current = ref ? Number(ref.slice(0, 4)) * 4 + quarterOf(ref) : Infinity;
  return spans.filter((s) => {
    const r = refs.get(s);
    const named = /^(\d{4})-Q(\d)$/.exec(s.value);
    if (!r) {
      if (named && Number(named[1]) * 4 + Number(named[2]) < current) last = { y: Number(named[1]), q: Number(named[2]) };
      return true;
    }
    if (!last) return !r.needsContext;
    // "the 2025 period" keeps its year and takes the quarter.
    const stated = /(?:19|20)\d\d/.exec(s.text);
    s.value = `${stated ? stated[0] : last.y + r.shift}-Q${last.q}`;
    return true;
  });
}

function mk(start: number, text: string, value: string): DateSpan {
  return { start, end: start + text.length, text, type: 'DATE', value, mod: null, range: null, relativeToContext: false };
}

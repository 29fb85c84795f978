// Calendar periods named relative to the publication date, at their own granularity as TimeML wants them:
// from 2026-03-14, "last week" is 2026-W10, "this weekend" 2026-W11-WE, "next month" 2026-04, "earlier this year"
// 2026, "last quarter" 2025-Q4, "this fall" 2026-FA.
import type { DateSpan } from '../../doc/doc.js';
import { futureCue, resolveMonth } from './anchor.js';
import { addDays, addMonths, isoWeek, monthRange, quarterOf, weekRange, weekRangeOf, weekday, yearRange } from './calendar.js';
import { holdsAny } from './cues.js';

const MOD: Record<string, string> = { early: 'START', earlier: 'START', late: 'END', later: 'END', mid: 'MID', end: 'END', beginning: 'START', start: 'START', middle: 'MID' };
const RELATIVE = /\b(?:(early|late|earlier|later|mid|(?:at |by |until |before |after )?the (end|beginning|start|middle) of)[- ])?(this|last|next|the past|the previous|the current|the coming|this past)[- ](week|weekend|month|year|quarter)\b(?!-)/gi;
// "For the year, sales rose" is this year; "the year ended" on some date is a fiscal year, a duration in TimeBank.
const THE_YEAR = /\b(?:(earlier|later) in |(?:by |at |until |before )?the (end|beginning|start|middle) of )?the (?:(?:full|current|fiscal) )*year\b(?!-|'s|\s+(?:ago|earlier|before|after|two thousand|of|\d))/gi;
const WEEKEND = /\b(?:over |during )?the weekend\b/gi;
const SEASON = /\b(?:(early|late|mid)[- ])?(this past|this|last|next|the|in the)?\s*(spring|summer|fall|autumn|winter)\b(?:\s+of\s+((?:19|20)\d\d))?/gi;
// "late May", "the end of April": chrono reads no part of a month (and "late May" not at all).
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_PART = /\b(?:(early|mid|late)[- ]|(?:the )?(end|beginning|start|middle) of )(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:,? ((?:19|20)\d\d)\b)?(?!,? \d)/g;
const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

export function findPeriods(text: string, ref: string | null, lower = text.toLowerCase()): DateSpan[] {
  const out: DateSpan[] = [];
  for (const m of holdsAny(lower, ['week', 'month', 'year', 'quarter']) ? text.matchAll(RELATIVE) : []) {
    const which = m[3].toLowerCase().replace(/^the |^this past$/, (w) => (w === 'this past' ? 'last' : ''));
    const step = /^(last|past|previous)$/.test(which) ? -1 : /^(next|coming)$/.test(which) ? 1 : 0;
    const mod = MOD[(m[2] ?? m[1] ?? '').toLowerCase()] ?? null;
    out.push({ ...base(m.index!, m[0]), ...relative(ref, m[4].toLowerCase(), step), mod });
  }
  for (const m of holdsAny(lower, [' year']) ? text.matchAll(THE_YEAR) : []) {
    if (/^\s+end(ed|ing)\b/.test(text.slice(m.index! + m[0].length))) out.push({ ...base(m.index!, m[0]), type: 'DURATION', value: 'P1Y' });
    else out.push({ ...base(m.index!, m[0]), ...relative(ref, 'year', 0), mod: MOD[(m[2] ?? m[1] ?? '').toLowerCase()] ?? null });
  }
  if (holdsAny(lower, ['weekend'])) {
    for (const m of text.matchAll(WEEKEND)) {
      if (!ref) { out.push({ ...base(m.index!, m[0]), value: 'XXXX-WXX-WE' }); continue; }
      // The weekend just past, unless the clause looks ahead; said on a weekend, that weekend.
      const dow = weekday(ref), onWeekend = dow === 0 || dow === 6;
      const day = futureCue(text, m.index!, m.index! + m[0].length) || onWeekend ? ref : addDays(ref, -7);
      out.push({ ...base(m.index!, m[0]), value: `${isoWeek(day)}-WE`, range: weekendRange(day) });
    }
  }
  for (const m of holdsAny(lower, ['early', 'mid', 'late', ' of ']) ? text.matchAll(MONTH_PART) : []) {
    const month = MONTHS.indexOf(m[3].toLowerCase()) + 1, mod = MOD[(m[1] ?? m[2]).toLowerCase()];
    if (m[4]) out.push({ ...base(m.index!, m[0]), value: `${m[4]}-${String(month).padStart(2, '0')}`, range: monthRange(Number(m[4]), month), mod });
    else if (ref) out.push({ ...base(m.index!, m[0]), ...resolveMonth(ref, month, futureCue(text, m.index!, m.index! + m[0].length), null), mod });
    else out.push({ ...base(m.index!, m[0]), value: `XXXX-${String(month).padStart(2, '0')}`, mod });
  }
  for (const m of holdsAny(lower, ['spring', 'summer', 'fall', 'autumn', 'winter']) ? text.matchAll(SEASON) : []) {
    const season = m[3].toLowerCase(), which = (m[2] ?? '').toLowerCase();
    // "fall" and "spring" are mostly verbs and nouns; only a determiner or a year makes them seasons.
    if ((season === 'fall' || season === 'spring') && !m[4] && (!which || which === 'the')) continue;
    if (/^(the|in the)$/.test(which) && /^\s+(of|in|to|on)\b/.test(text.slice(m.index! + m[0].length)) && !m[4]) continue;
    const y = m[4] ? Number(m[4]) : ref ? Number(ref.slice(0, 4)) + (which === 'last' ? -1 : which === 'next' ? 1 : 0) : null;
    out.push({ ...base(m.index!, m[0]), value: `${y ?? 'XXXX'}-${SEASON_CODE[season]}`, mod: MOD[(m[1] ?? '').toLowerCase()] ?? null });
  }
  return out;
}

function relative(ref: string | null, unit: string, step: number): Pick<DateSpan, 'value' | 'range'> {
  if (!ref) return { value: ({ week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX' } as Record<string, string>)[unit] ?? 'XXXX', range: null };
  const y = Number(ref.slice(0, 4)), mo = Number(ref.slice(5, 7));
  if (unit === 'week' || unit === 'weekend') {
    const day = addDays(ref, 7 * step);
    return unit === 'week' ? { value: isoWeek(day), range: weekRangeOf(day) } : { value: `${isoWeek(day)}-WE`, range: weekendRange(day) };
  }
  if (unit === 'month') {
    const [yy, mm] = addMonths(y, mo, step);
    return { value: `${yy}-${String(mm).padStart(2, '0')}`, range: monthRange(yy, mm) };
  }
  if (unit === 'quarter') {
    const [yy, mm] = addMonths(y, mo, 3 * step);
    return { value: `${yy}-Q${quarterOf(`${yy}-${String(mm).padStart(2, '0')}`)}`, range: null };
  }
  return { value: String(y + step), range: yearRange(y + step) };
}

function weekendRange(day: string): DateSpan['range'] {
  const { end } = weekRange(day);
  return { start: addDays(end, -1), end, precision: 'week' };
}

function base(start: number, text: string): DateSpan {
  return { start, end: start + text.length, text, type: 'DATE', value: '', mod: null, range: null, relativeToContext: false };
}

// Amounts of time: durations ("three years", "the past two weeks", "a five-year plan": P3Y, P2W, P5Y) and
// points counted back from the publication date (from 2026-03-14, "two years ago" is 2024 and "six weeks ago" 2026-W05).
import type { DateSpan } from '../../doc/doc.js';
import { AMOUNT, UNIT, amount, durationValue } from './amounts.js';
import { holds } from './cues.js';
import { addDays, addMonths, dayRange, isoWeek, monthRange, weekRangeOf, yearRange } from './calendar.js';

const PRE = '(?:(?:for|over|the|past|last|next|first|coming|previous|following|latest|another|additional|more than|less than|nearly|almost|about|around|at least|up to|only|just|roughly|approximately)\\s+)*';
const MID = '(?:(?:more|additional|straight|consecutive|full|long|trading|business|calendar)\\s+)?';
// "$2 a year", "twice a day" are rates; "a 44-year-old" is an age, which TimeBank leaves out.
const RATE = '(?<!(?:\\d|%|\\bper|\\btimes|\\bonce|\\btwice|\\bcents?|\\bmillion|\\bbillion|\\bpercent|\\bshare|\\bdollars?)\\s)';
const DURATION = new RegExp(`\\b${RATE}${PRE}(${AMOUNT})[- ]${MID}${UNIT}s?\\b(?:-long)?(?![- ]old\\b|\\s+(?:ago|earlier)\\b)`, 'gi');
// A bare plural ("for years", "within weeks") is a vague duration unless a word before it counts or places it.
const BARE = /\b(year|month|week|day)s\b(?![- ]old\b| of age\b| ago\b)/gi;
const COUNTED = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|several|few|many|some|recent|coming|past|last|next|first|the|of|those|these|early|later|final|all|its|their|his|her|our|\w+'s)|[-$%'])[- ]?$/i;
const AGO = new RegExp(`\\b(?:(?:about|nearly|almost|more than|less than|some|just|only|roughly|over)\\s+)?(${AMOUNT})[- ]${UNIT}s?\\s+(ago|earlier)\\b`, 'gi');

export function findDurations(text: string, lower = text.toLowerCase()): DateSpan[] {
  const out: DateSpan[] = [];
  for (const m of text.matchAll(DURATION)) {
    // "a second time", "three-quarters", "a quarter of the shares" are no amounts of time.
    if (/^an?$/i.test(m[1]) && /^second/i.test(m[2])) continue;
    if (/^quarter/i.test(m[2]) && (/-quarters\b/i.test(m[0]) || /^\s+of\b/.test(text.slice(m.index! + m[0].length)))) continue;
    const n = amount(m[1]);
    const value = n === null ? null : durationValue(n, m[2]);
    if (value) out.push(mk(m.index!, m[0], 'DURATION', value, null));
  }
  for (const m of holds(lower, '-long') ? text.matchAll(/\b(day|week|month|year|hour)-long\b/gi) : []) out.push(mk(m.index!, m[0], 'DURATION', durationValue(1, m[1])!, null));
  for (const m of text.matchAll(BARE)) {
    if (COUNTED.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    out.push(mk(m.index!, m[0], 'DURATION', durationValue('X', m[1])!, null));
  }
  return out;
}

/** "two years ago" at the granularity of its unit; vague amounts ("several years ago") are PAST_REF. */
export function findAgo(text: string, ref: string | null, lower = text.toLowerCase()): DateSpan[] {
  const out: DateSpan[] = [];
  if (!holds(lower, ' ago') && !holds(lower, 'earlier')) return out;
  for (const m of text.matchAll(AGO)) {
    const n = amount(m[1]), unit = m[2].toLowerCase();
    if (n === null || (n !== 'X' && !Number.isInteger(n))) continue;
    if (n === 'X') { if (m[3].toLowerCase() === 'ago') out.push(mk(m.index!, m[0], 'DATE', 'PAST_REF', null)); continue; }
    if (!ref) { out.push(mk(m.index!, m[0], 'DATE', /year|decade|centur/.test(unit) ? 'XXXX' : unit === 'week' ? 'XXXX-WXX' : /month|quarter/.test(unit) ? 'XXXX-XX' : 'XXXX-XX-XX', null)); continue; }
    const y = Number(ref.slice(0, 4)), mo = Number(ref.slice(5, 7));
    let value: string, range: DateSpan['range'];
    if (unit === 'year' || unit === 'decade' || unit.startsWith('centur')) {
      const back = n * (unit === 'year' ? 1 : unit === 'decade' ? 10 : 100);
      value = String(y - back); range = yearRange(y - back);
    } else if (unit === 'month' || unit === 'quarter') {
      const [yy, mm] = addMonths(y, mo, -n * (unit === 'quarter' ? 3 : 1));
      value = `${yy}-${String(mm).padStart(2, '0')}`; range = monthRange(yy, mm);
    } else if (unit === 'week') {
      const day = addDays(ref, -7 * n);
      value = isoWeek(day); range = weekRangeOf(day);
    } else if (unit === 'day') {
      value = addDays(ref, -n); range = dayRange(value);
    } else if ((unit === 'hour' || unit === 'minute') && m[3].toLowerCase() === 'ago') {
      // "two hours ago": the hour of publication is unknown, the day is not.
      value = ref; range = dayRange(ref);
    } else continue;
    out.push(mk(m.index!, m[0], 'DATE', value, range));
  }
  return out;
}

function mk(start: number, text: string, type: DateSpan['type'], value: string, range: DateSpan['range']): DateSpan {
  return { start, end: start + text.length, text, type, value, mod: null, range, relativeToContext: false };
}

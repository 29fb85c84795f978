// Named days: "Thanksgiving Day", "Christmas", "Election Day", "New Year's Day", placed like a month-day
// without a year (anchor.ts): the last one, or the next one when the clause looks ahead or it is near.
import type { DateSpan } from '../../doc/doc.js';
import { futureCue, resolveDay } from './anchor.js';
import { addDays, dayNumber, weekday, ymd } from './calendar.js';
import { holdsAny } from './cues.js';

/** The n-th given weekday (0 = Sunday) of a month. */
function nthWeekday(y: number, m: number, dow: number, n: number): string {
  const first = ymd(y, m, 1);
  return addDays(first, ((dow - weekday(first) + 7) % 7) + 7 * (n - 1));
}

const HOLIDAYS: [RegExp, (y: number) => string][] = [
  [/^thanksgiving/i, (y) => nthWeekday(y, 11, 4, 4)],
  [/^christmas eve/i, (y) => ymd(y, 12, 24)],
  [/^christmas/i, (y) => ymd(y, 12, 25)],
  [/^new year's eve/i, (y) => ymd(y, 12, 31)],
  [/^new year's/i, (y) => ymd(y, 1, 1)],
  [/^independence day/i, (y) => ymd(y, 7, 4)],
  // US elections: the Tuesday after the first Monday of November.
  [/^election day/i, (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
];
/** How far from the report's day "Election Day" may be and still be the US election. */
const ELECTION_REACH_DAYS = 60;

const HOLIDAY = /\b(?:(last|next|this) )?(thanksgiving(?: day)?|christmas(?: day| eve)?|new year's (?:day|eve)|independence day|election day)\b/gi;

export function findHolidays(text: string, ref: string | null, lower = text.toLowerCase()): DateSpan[] {
  const out: DateSpan[] = [];
  if (!holdsAny(lower, ['thanksgiving', 'christmas', "new year's", 'independence day', 'election day'])) return out;
  for (const m of text.matchAll(HOLIDAY)) {
    // Capitalised names only: "christmas" in lower case is rare, "election day" is often generic.
    if (!/^[A-Z]/.test(m[2])) continue;
    const dateIn = HOLIDAYS.find(([re]) => re.test(m[2]))![1];
    const which = m[1]?.toLowerCase();
    let r = ref ? resolveDay(ref, dateIn, which === 'next' || (which !== 'last' && futureCue(text, m.index!, m.index! + m[0].length)), which === 'last') : null;
    // Election Day is the US one only near it: "on election day itself" in a report of 19 March is that country's vote.
    if (r && /^election/i.test(m[2]) && Math.abs(dayNumber(r.value) - dayNumber(ref!)) > ELECTION_REACH_DAYS) r = null;
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'DATE', value: r?.value ?? 'XXXX-XX-XX', mod: null, range: r?.range ?? null, relativeToContext: false });
  }
  return out;
}

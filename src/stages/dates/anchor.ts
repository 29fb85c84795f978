// Which week or year an underspecified date ("Tuesday", "May 12", "December") falls in, seen from the
// publication date. News reports mostly look back, so the past is the default; a future cue in the clause
// ("will", "is scheduled to", "as soon as") turns to the next one. TimeML annotators also read a month or
// month-day a little ahead as the coming one ("a vote due May 12" in a report of April 20): `value` follows
// that, `range` (what the events stage files an incident under) only follows explicit cues.
import type { DateSpan } from '../../doc/doc.js';
import { addDays, dayRange, monthRange, weekday, ymd } from './calendar.js';

const FUTURE_CUE = /\b(will(?! (recall|remember))|'ll|shall|would|(is|are|was|were) (to|due)|scheduled|plans? to|planning to|intends? to|expected to|expects? to|set to|going to|as (soon|early) as|postponed|upcoming)\b/i;
const REPORTED = /\b(said|says|told|announced|reported|added)\b[^.;]{0,25}$/i;
// How far ahead a bare month-day or month is still read as the coming one: about a quarter (measured on TBAQ;
// 30 days loses 8 matches, 240 loses 10).
const AHEAD_DAYS = 100;
/** A day this close after the publication day is this year's even for an incident (the range). */
const NEAR_AHEAD_DAYS = 2;

// "punishment for the massacre of 16 November": a day that names when a violent act took place is a past day,
// whatever the clause says will happen about it.
const PAST_ACT_OF = /\b(massacres?|murders?|killings?|assassinations?|attacks?|bombings?|kidnappings?|crimes?|ambush|explosions?|coup)\s+(of|on)\s+$/i;

// "will investigate the attack that killed ten unionists on 31 October": a relative clause in the past after the cue
// tells when the act it names happened.
const PAST_RELATIVE = /\b(that|which|who)\s+((had|have|has|was|were)\s+)?(\w+ed|killed|shot|blew|struck|hit|took|left|threw|set|began|broke|fell)\b/i;
const FUTURE_CUES = new RegExp(FUTURE_CUE.source, 'gi');
/** Where the clause's last future cue starts. */
const lastCue = (clause: string) => {
  let at = 0;
  for (const m of clause.matchAll(FUTURE_CUES)) at = m.index!;
  return at;
};

/** A future cue before the expression in the same clause, or just after it when the expression opens one. */
export function futureCue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  if (PAST_ACT_OF.test(before)) return false;
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(';'));
  const clause = before.slice(cut + 1);
  if (FUTURE_CUE.test(clause) && !REPORTED.test(clause) && !PAST_RELATIVE.test(clause.slice(lastCue(clause)))) return true;
  if (clause.trim() && !/^\s*(on|by|from)?\s*$/i.test(clause)) return false;
  return FUTURE_CUE.test(text.slice(end, end + 100).split(/[.;]/)[0]);
}

/** Weekday 0 (Sunday) .. 6: the most recent one (today included), or the next one (today included) with a cue. */
export function resolveWeekday(ref: string, dow: number, future: boolean): string {
  const diff = dow - weekday(ref);
  return future ? addDays(ref, (diff + 7) % 7) : addDays(ref, -((-diff + 7) % 7));
}

export interface Resolved { value: string; range: DateSpan['range'] }

/** A day that recurs each year (`dateIn(y)`): the last one, or the next one with a cue or when it is near. */
export function resolveDay(ref: string, dateIn: (y: number) => string, future: boolean, pastOnly = false): Resolved {
  const y = Number(ref.slice(0, 4));
  const here = dateIn(y);
  const past = here <= ref ? here : dateIn(y - 1);
  const next = here >= ref ? here : dateIn(y + 1);
  const value = !pastOnly && (future || next <= addDays(ref, AHEAD_DAYS)) ? next : past;
  // "0130 GMT on 7 September" in a report dated the 6th: a day or two ahead is a clock or a time zone away, not a year back.
  return { value, range: dayRange(future || (!pastOnly && next <= addDays(ref, NEAR_AHEAD_DAYS)) ? next : past) };
}

/** Month-day without a year. */
export function resolveMonthDay(ref: string, m: number, d: number, future: boolean): Resolved {
  return resolveDay(ref, (y) => ymd(y, m, d), future);
}

/** Month without a year ("in December"); `which` comes from "this/last/next" when present. */
export function resolveMonth(ref: string, m: number, future: boolean, which: 'this' | 'last' | 'next' | null): Resolved {
  const y = Number(ref.slice(0, 4)), refM = Number(ref.slice(5, 7));
  const pastY = m <= refM ? y : y - 1, nextY = m >= refM ? y : y + 1;
  let year: number, rangeYear: number;
  if (which === 'this') year = rangeYear = y;
  else if (which === 'last') year = rangeYear = m < refM ? y : y - 1;
  else if (which === 'next') year = rangeYear = m > refM ? y : y + 1;
  else {
    const aheadDays = (Date.UTC(nextY, m - 1, 1) - Date.parse(`${ref}T00:00:00Z`)) / 86_400_000;
    year = future || aheadDays <= AHEAD_DAYS ? nextY : pastY;
    rangeYear = future ? nextY : pastY;
  }
  return { value: `${year}-${String(m).padStart(2, '0')}`, range: monthRange(rangeYear, m) };
}

// chrono-node for calendar dates and clock times; relative units ("last week", "three years") are read by our own
// rules, whose granularity TimeML needs and chrono does not keep. Underspecified dates are placed by anchor.ts.
import * as chrono from 'chrono-node';
import type { DateSpan } from '../../doc/doc.js';
import { futureCue, resolveMonth, resolveMonthDay, resolveWeekday } from './anchor.js';
import { addDays, dayRange, monthRange, weekRange, yearRange } from './calendar.js';
import { chronoWindows } from './windows.js';

// chrono's relative-unit parsers turn "three years" into a day three years ahead; our rules read those.
const DROPPED = ['ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser',
  'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENEndOfCurrentMonthParser'];
const parser = chrono.casual.clone();
const before = parser.parsers.length;
parser.parsers = parser.parsers.filter((p) => !DROPPED.includes(p.constructor.name));
if (before - parser.parsers.length !== DROPPED.length) throw new Error(`dates: expected chrono-node 2 parsers ${DROPPED.join(', ')}, got ${before} parsers without them all`);
// "from Aug. 26 to Oct. 20" stays two dates, as TimeML writes them.
const refiners = parser.refiners.length;
parser.refiners = parser.refiners.filter((r) => r.constructor.name !== 'ENMergeDateRangeRefiner');
if (parser.refiners.length !== refiners - 1) throw new Error('dates: expected chrono-node 2 refiner ENMergeDateRangeRefiner, got none');

// chrono reads "in the day" out of "earlier in the day"; those are context-relative expressions.
const NOT_A_DATE = /^(in )?(the )?(day|morning|night|evening)$/i;
// A clock time needs a clock: "$4.15 a share", "at 7", "7 to 30" are not times.
const CLOCK = /\d:\d\d|\d\.\d\d\s*\(?(gmt|utc)\b|\d\s*[ap]\.?m\b|\bnoon\b|\bmidday\b|\bmidnight\b|o'clock/i;
const ABBREVIATED_WEEKDAY = /^(on )?(mon|tues?|wed|thu(rs?)?|fri|sat|sun)\.?$/i;
const LONE_FRACTION = /^\d{1,2}\/\d{1,2}$/;
const PART = /\b(morning|afternoon|evening|night|tonight|overnight)\b/i;
const PART_CODE: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', tonight: 'TNI', overnight: 'TNI' };

export function chronoDates(text: string, published: string | null): DateSpan[] {
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date(0);
  const out: DateSpan[] = [];
  for (const w of chronoWindows(text)) {
    for (const found of parser.parse(text.slice(w.start, w.end), { instant: ref, timezone: 0 })) {
      const r = withoutSplitYear(found, ref);
      const d = read(text, w.start + r.index, r.text.replace(/[\s,.;:]+$/, ''), r.start, published);
      if (d) out.push(d);
      // chrono reads "the night of May 3" as tonight: read the date after "of" on its own (TimeBank marks only that).
      const partOf = /^(?:the )?(?:morning|afternoon|evening|night) of /i.exec(r.text);
      if (d && partOf) {
        const at = w.start + r.index + partOf[0].length;
        const [again] = parser.parse(r.text.slice(partOf[0].length), { instant: ref, timezone: 0 });
        const d2 = again && again.index === 0 ? read(text, at, again.text.replace(/[\s,.;:]+$/, ''), again.start, published) : null;
        if (d2) out[out.length - 1] = d2;
      }
    }
  }
  return out;
}

// "ON 23 SEPTEMBER\n28 PEASANTS WERE KILLED", "ON 18 DECEMBER, 18 SOLDIERS": two digits after a line break, or after
// a comma behind day and month (a year there has no comma), begin the next phrase; chrono takes them for the year.
const SPLIT_SHORT_YEAR = /(?:\s*\n\s*|(?<=\d{1,2}\s+[a-z]+\.?),\s*)\d{2}$/i;

function withoutSplitYear(r: chrono.ParsedResult, ref: Date): chrono.ParsedResult {
  const cut = SPLIT_SHORT_YEAR.exec(r.text);
  if (!cut || !r.start.isCertain('year')) return r;
  const [again] = parser.parse(r.text.slice(0, cut.index), { instant: ref, timezone: 0 });
  return again && again.index === 0 ? Object.assign(again, { index: r.index }) : r;
}

function read(text: string, start: number, phrase: string, c: chrono.ParsedComponents, ref: string | null): DateSpan | null {
  if (NOT_A_DATE.test(phrase) || ABBREVIATED_WEEKDAY.test(phrase) || LONE_FRACTION.test(phrase)) return null;
  let hasTime = c.isCertain('hour') && !/(morning|afternoon|evening|night)$/i.test(phrase);
  if (hasTime && !CLOCK.test(phrase)) {
    // "after Jan. 1, 2027 at 1,240 euros": keep the date, drop the number chrono took for an hour.
    const dateOnly = phrase.replace(/[\s,]*(?:at|from|to|by|around|about)?\s*[\d.]+\s*a?$/i, '');
    if (dateOnly === phrase || !(c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month'))) return null;
    phrase = dateOnly;
    hasTime = false;
  }
  // chrono leaves "this" out of "this September".
  const determiner = /\b(this|last|next) $/i.exec(text.slice(Math.max(0, start - 5), start));
  if (determiner && !c.isCertain('year') && !c.isCertain('day')) { start -= determiner[0].length; phrase = text.slice(start, start + determiner[0].length + phrase.length); }
  const end = start + phrase.length;
  const dated = c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month');
  // "at about 8:40 pm": a time on the incident's day, whatever day that is.
  if (hasTime && !dated) return { ...span(start, phrase, 'TIME', `XXXX-XX-XXT${hhmm(c)}`, null), relativeToContext: true };
  const monthOnly = c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday');
  // "march" the verb, "may" the modal, "March of Dimes".
  if (monthOnly && !c.isCertain('year') && (/^[a-z]/.test(phrase.replace(/^(in|on|this|last|next) /i, '')) || / of$/i.test(phrase) || /^\s+of\s+(?!\d)/.test(text.slice(end, end + 8)))) return null;
  // With no publication date only an expression that states its year stands on its own.
  if (!ref) return /\b(1[89]|20)\d{2}\b/.test(phrase) && c.isCertain('year') ? placed(c, start, phrase, hasTime) : span(start, phrase, hasTime ? 'TIME' : 'DATE', 'XXXX-XX-XX', null);
  const future = futureCue(text, start, end);
  if (!c.isCertain('year')) {
    if (monthOnly) {
      // "July last year": the year phrase belongs to the month.
      const yearAfter = /^,? (last|this|next) year\b/i.exec(text.slice(end, end + 16));
      if (yearAfter) {
        const y = Number(ref.slice(0, 4)) + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[yearAfter[1].toLowerCase()];
        const mm = c.get('month')!;
        return span(start, text.slice(start, end + yearAfter[0].length), 'DATE', `${y}-${String(mm).padStart(2, '0')}`, monthRange(y, mm));
      }
      const which = /^(this|last|next) /i.exec(phrase)?.[1].toLowerCase() as 'this' | 'last' | 'next' | undefined;
      const r = resolveMonth(ref, c.get('month')!, future, which ?? null);
      return span(start, phrase, 'DATE', r.value, r.range);
    }
    if (c.isCertain('day') && c.isCertain('month')) {
      const r = resolveMonthDay(ref, c.get('month')!, c.get('day')!, future);
      return withTime(start, phrase, r.value, r.range, hasTime, c);
    }
    if (c.isCertain('weekday') && !c.isCertain('day')) {
      // "this Friday" is in the week of the report, "next" and "last" Thursday said on a Thursday are a week off.
      const which = /^(this|next|last) /i.exec(phrase)?.[1].toLowerCase();
      let iso = which === 'this' ? addDays(weekRange(ref).start, (c.get('weekday')! + 6) % 7) : resolveWeekday(ref, c.get('weekday')!, which === 'next' || (future && which !== 'last'));
      if (iso === ref && which === 'last') iso = addDays(iso, -7);
      if (iso === ref && which === 'next') iso = addDays(iso, 7);
      return withTime(start, phrase, iso, dayRange(iso), hasTime, c);
    }
  }
  return placed(c, start, phrase, hasTime);
}

function placed(c: chrono.ParsedComponents, start: number, phrase: string, hasTime: boolean): DateSpan {
  const y = c.get('year')!, m = c.get('month')!, d = c.get('day')!;
  if (c.isCertain('year') && !c.isCertain('month')) return span(start, phrase, 'DATE', String(y), yearRange(y));
  if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')) return span(start, phrase, 'DATE', `${y}-${String(m).padStart(2, '0')}`, monthRange(y, m));
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return withTime(start, phrase, iso, dayRange(iso), hasTime, c);
}

function withTime(start: number, phrase: string, iso: string, range: DateSpan['range'], hasTime: boolean, c: chrono.ParsedComponents): DateSpan {
  if (hasTime) return span(start, phrase, 'TIME', `${iso}T${hhmm(c)}`, range);
  const part = PART.exec(phrase)?.[1].toLowerCase();
  // "Friday night", "this morning", "last night": TimeML marks the part of the day.
  // "Last night", "Friday night": the night runs past midnight, so what happened then may be filed under either day.
  const nightRange = part === 'night' && range ? { ...range, end: addDays(range.end, 1) } : range;
  if (part) return span(start, phrase, 'TIME', `${iso}${PART_CODE[part]}`, nightRange);
  return span(start, phrase, 'DATE', iso, range);
}

/** The clock time of a reading, "08:40". (Module functions, not closures per reading: a named closure costs a
 * defineProperty under tsx.) */
function hhmm(c: chrono.ParsedComponents): string {
  return `${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`;
}

function span(start: number, text: string, type: DateSpan['type'], value: string, range: DateSpan['range']): DateSpan {
  return { start, end: start + text.length, text, type, value, mod: null, range, relativeToContext: false };
}

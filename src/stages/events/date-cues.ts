// Words around a date that say it belongs to something other than the incident the sentence reports.
import type { DateSpan } from '../../doc/doc.js';
import { addDays } from '../dates/calendar.js';

const CLOCK_BEFORE = /(\d{3,4}|\d{1,2}[:.]\d\d)\s*(gmt|utc)\b[^.\d]{0,6}$/i;

/**
 * A day after the report's day cannot be when something that has happened happened: "the funeral is scheduled for
 * 15 January", "elections on Sunday". A clock time in GMT may cross into the next day ("0130 GMT on 7 September"
 * in a report dated the 6th).
 */
export function afterReport(text: string, d: DateSpan, published: string | null): boolean {
  if (!published || !d.range || d.range.start <= published) return false;
  return !(d.range.start <= addDays(published, 1) && CLOCK_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)));
}

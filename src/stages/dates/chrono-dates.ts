// chrono-node wrapped for news: bare weekdays and month-days resolve to the most recent past, not the future.
import * as chrono from 'chrono-node';
import type { DateSpan } from '../../doc/doc.js';
import { addDays, isoWeek, lastDayOfMonth, weekRange, ymd } from './calendar.js';

// chrono reads "in the day" out of "earlier in the day"; those are handled as context-relative expressions.
const NOT_A_DATE = /^(in )?(the )?(day|morning|night|evening)$|^(a|an|one|two|three|several|\d+) (days?|weeks?|months?) (after|before|later|earlier)$/i;

export function chronoDates(text: string, published: string | null): DateSpan[] {
  const refIso = published ?? null;
  const ref = refIso ? new Date(`${refIso}T12:00:00Z`) : new Date(0);
  const out: DateSpan[] = [];
  for (const r of chrono.casual.parse(text, { instant: ref, timezone: 0 })) {
    let start = r.index, phrase = r.text;
    // "On Friday," -> keep the comma out; "on" belongs to the phrase as chrono returns it.
    const trimmed = phrase.replace(/[\s,.;:]+$/, '');
    if (NOT_A_DATE.test(trimmed)) continue;
    phrase = trimmed;
    const c = r.start;
    const known = (k: chrono.Component) => c.isCertain(k);
    const hasTime = known('hour');
    // "at about 8:40 pm", "shortly before midnight": a time on the incident's day, whatever day that is.
    if (hasTime && !known('day') && !known('weekday') && !known('month')) {
      const hh = String(c.get('hour')).padStart(2, '0'), mi = String(c.get('minute') ?? 0).padStart(2, '0');
      out.push({ ...span(start, phrase, 'TIME', `XXXX-XX-XXT${hh}:${mi}`, null, null), relativeToContext: true });
      continue;
    }
    let y = c.get('year')!, m = c.get('month')!, d = c.get('day')!;
    let iso = ymd(y, m, d);
    // With no publication date only an expression that states its year stands on its own; chrono marks the year
    // of "last month" as known because it computed it from the reference, so look at the words themselves.
    if (!refIso && !/\b(1[89]|20)\d{2}\b|\b\d{1,2} [A-Za-z]{3,9} \d{2}\b/.test(phrase)) {
      out.push(span(start, phrase, hasTime ? 'TIME' : 'DATE', 'XXXX-XX-XX', null, null));
      continue;
    }
    if (refIso && iso > refIso && !known('year')) {
      // Prefer the past: a weekday goes back a week, a month-day back a year.
      if (known('weekday') && !known('day')) iso = addDays(iso, -7);
      else { y -= 1; iso = ymd(y, m, d); }
    }
    const lower = phrase.toLowerCase();
    if (/\b(week)\b/.test(lower) && !known('day')) {
      const wr = weekRange(iso);
      out.push(span(start, phrase, 'DATE', isoWeek(iso), null, { ...wr, precision: 'week' }));
    } else if (!known('day') && !known('weekday') && (known('month') || /\bmonth\b/.test(lower))) {
      const [yy, mm] = iso.split('-').map(Number);
      out.push(span(start, phrase, 'DATE', iso.slice(0, 7), null, { start: iso.slice(0, 8) + '01', end: lastDayOfMonth(yy, mm), precision: 'month' }));
    } else if (hasTime) {
      const hh = String(c.get('hour')).padStart(2, '0'), mi = String(c.get('minute') ?? 0).padStart(2, '0');
      out.push(span(start, phrase, 'TIME', `${iso}T${hh}:${mi}`, null, { start: iso, end: iso, precision: 'day' }));
    } else {
      out.push(span(start, phrase, 'DATE', iso, null, { start: iso, end: iso, precision: 'day' }));
    }
  }
  return out;
}

function span(start: number, text: string, type: DateSpan['type'], value: string, mod: string | null, range: DateSpan['range']): DateSpan {
  return { start, end: start + text.length, text, type, value, mod, range, relativeToContext: false };
}

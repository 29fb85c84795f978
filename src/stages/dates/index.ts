// Time expressions as TimeML-style spans (DATE, TIME, DURATION, SET) resolved against the publication date.
import type { DateSpan } from '../../doc/doc.js';
import type { Stage } from '../../doc/stage.js';
import { chronoDates } from './chrono-dates.js';
import { findContextRelative } from './context-relative.js';
import { findExtraTimex } from './extra-timex.js';

export function findDates(text: string, published: string | null): DateSpan[] {
  const spans: DateSpan[] = [];
  const taken = (s: number, e: number) => spans.some((x) => x.start < e && s < x.end);
  // Context-relative phrases first: chrono would misread "earlier in the day" as the publication day.
  for (const c of findContextRelative(text)) {
    spans.push({ start: c.start, end: c.end, text: c.text, type: 'DATE', value: c.offsetDays === 0 ? 'CONTEXT' : `CONTEXT${c.offsetDays > 0 ? '+' : ''}${c.offsetDays}D`, mod: null, range: null, relativeToContext: true });
  }
  for (const d of chronoDates(text, published)) if (!taken(d.start, d.end)) spans.push(d);
  for (const x of findExtraTimex(text)) {
    if (taken(x.start, x.end)) continue;
    const range = x.type === 'DATE' && /^\d{4}$/.test(x.value) ? { start: `${x.value}-01-01`, end: `${x.value}-12-31`, precision: 'year' as const } : null;
    spans.push({ ...x, range, relativeToContext: false });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Days to add to the anchor date for a context-relative span ("the next day" is +1). */
export function contextOffsetDays(value: string): number {
  const m = /^CONTEXT([+-]\d+)D$/.exec(value);
  return m ? Number(m[1]) : 0;
}

export const datesStage: Stage = {
  name: 'dates',
  needs: ['sentences'],
  adds: ['dates'],
  run(doc) {
    doc.layers.dates = findDates(doc.text, doc.published);
  },
};

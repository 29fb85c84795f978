// Time expressions as TimeML-style spans (DATE, TIME, DURATION, SET) resolved against the publication date.
import type { DateSpan } from '../../doc/doc.js';
import type { Stage } from '../../doc/stage.js';
import { analysedText } from '../../doc/analysed-text.js';
import { chronoDates } from './chrono-dates.js';
import { findContextRelative } from './context-relative.js';
import { findAgo, findDurations } from './durations.js';
import { findExtraTimex } from './extra-timex.js';
import { findHolidays } from './holidays.js';
import { findPeriods } from './periods.js';
import { type QuarterRef, applyQuarterContext, findQuarters } from './quarters.js';

export function findDates(original: string, published: string | null): DateSpan[] {
  // Wire copy breaks lines anywhere ("MURDERED 9\nDAYS AGO"): the patterns read a line break as a space. The
  // replacement keeps every offset, and each span's text is taken back from the original.
  // A blank line between paragraphs stays: no date reads across it; so does a break before a figure, which may
  // open a line of its own ("ON 2 MARCH\n14 HOUSES WERE BURNED").
  const text = original.replace(/(?<![\r\n])\r?\n(?![\r\n\d])/g, (m) => ' '.repeat(m.length)).replace(/\t/g, ' ');
  const lower = text.toLowerCase();
  // Context-relative phrases first: they are the events stage's anchors and no other reading may take them.
  const spans: DateSpan[] = findContextRelative(text, lower).map((c) => ({
    start: c.start, end: c.end, text: c.text, type: 'DATE', value: c.offsetDays === 0 ? 'CONTEXT' : `CONTEXT${c.offsetDays > 0 ? '+' : ''}${c.offsetDays}D`,
    mod: null, range: null, relativeToContext: true,
  }));
  const quarters = findQuarters(text, published, lower);
  const refs = new Map<DateSpan, QuarterRef>(quarters.refs.map((r) => [r.span, r]));
  const ago = findAgo(text, published, lower);
  // "a year ago" beside "the third quarter" is that quarter a year before.
  for (const a of ago) if (/^(?:\w+ )*(a|one) year (ago|earlier)$/i.test(a.text)) refs.set(a, { span: a, shift: -1, needsContext: false });
  // Our rules before chrono: on the same words the longer reading wins, and on a tie ours.
  const ours = [...quarters.spans, ...quarters.refs.map((r) => r.span), ...ago, ...findPeriods(text, published, lower), ...findDurations(text, lower), ...findExtraTimex(text, lower), ...findHolidays(text, published, lower)];
  const candidates = [...ours.map((s) => ({ s, rank: 0 })), ...chronoDates(text, published).map((s) => ({ s, rank: 1 }))];
  candidates.sort((a, b) => b.s.end - b.s.start - (a.s.end - a.s.start) || a.rank - b.rank || a.s.start - b.s.start);
  const used = new Uint8Array(text.length);
  for (const s of spans) used.fill(1, s.start, s.end);
  for (const { s } of candidates) {
    if (isUsed(used, s.start, s.end)) continue;
    used.fill(1, s.start, s.end);
    spans.push(s);
  }
  const out = applyQuarterContext(spans.sort((a, b) => a.start - b.start), refs, published);
  for (const s of out) s.text = original.slice(s.start, s.end);
  return out;
}

/** used.subarray(start, end).includes(1), without a new array view per candidate. */
function isUsed(used: Uint8Array, start: number, end: number): boolean {
  for (let i = Math.max(0, start); i < Math.min(end, used.length); i++) if (used[i] === 1) return true;
  return false;
}

/** Days to add to the anchor date for a context-relative span ("the next day" is +1). */
export function contextOffsetDays(value: string): number {
  const m = /^CONTEXT([+-]\d+)D$/.exec(value);
  return m ? Number(m[1]) : 0;
}

export const datesStage: Stage = {
  name: 'dates',
  needs: ['excluded', 'sentences'],
  adds: ['dates'],
  run(doc) {
    // Boilerplate blanked: no date comes from a byline or a list of other stories.
    doc.layers.dates = findDates(analysedText(doc), doc.published);
  },
};

// The incident's date: its own expression, else the incident it follows ("hours later"), else the
// publication date marked as inferred.
import type { MentionDate } from '../../contract/mention.js';
import type { DateSpan, Span } from '../../doc/doc.js';
import { addDays } from '../dates/calendar.js';
import { contextOffsetDays } from '../dates/index.js';
import { wordValue } from '../numbers/number-words.js';

const REPORTING = /\b(said|says|told|reported|announced|added|confirmed|stated|claimed|quoted|condemned|denounced|deplored|repudiated|mourned|protested)( \w+)?( (on|late on|early on|this|last))?\s*$/i;

const BARE_PART_OF_DAY = /^((in|at|during|around|by) )?(the )?((early|late|mid) ?-?)?(morning|afternoon|evening|night|noon|midday|midnight|dawn|dusk|daybreak)$/i;

const CLOCK_AFTER = /^\s*(midnight|noon|midday|dawn|daybreak|dusk|sunrise|sunset|\d{1,2}([:.]\d\d)?\s*(am|pm|a\.m\.|p\.m\.|o'clock|gmt|h\b))/i;

const CLAIM_OF = /\bclaim(ed|s)? (responsibility|credit) for (the|its|this|that) (\w+ )?(attack|bombing|blast|ambush|raid|assault|killing|kidnapping|abduction)\s*$/i;

const GROUP_NAMED_AFTER = /^\s*(movement|front|brigade|command|commandos?)\b/i;
const RELATIVE_OPEN = /,\s*(which|who|whose)\b[^,;]*$/i;

const TOLL_UPDATE = /\b(rose|risen|rises|climbed|increased|jumped|reached|grew|mounted) to (at least |more than |over )?[\w,-]+( \w+)?\s*$/i;

/** The nearest calendar date in the sentence; a context-relative phrase only when the sentence has no other. */
export function chooseDate(text: string, sentence: Span, trigger: Span, dates: DateSpan[]): DateSpan | null {
  let best: DateSpan | null = null, bestDist = Infinity;
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end) continue;
    if (!d.relativeToContext && (d.range === null || d.type === 'DURATION' || d.type === 'SET')) continue;
    // The dateline's date ("KYIV, Jan 21 (Reuters) -") is the filing date, not the incident's.
    const lineStart = text.lastIndexOf('\n', d.start) + 1;
    const dateline = d.start - lineStart < 60 && /^\s*(\(|[-–—])/.test(text.slice(d.end, d.end + 3));
    // "regional authorities said on Wednesday": the day of the report, not of the incident.
    if (REPORTING.test(text.slice(Math.max(sentence.start, d.start - 40), d.start)) && dates.some((o) => o !== d && o.start >= sentence.start && o.end <= sentence.end && o.range)) continue;
    // The dateline's date is the report's, which the publication date already gives when nothing else does.
    if (dateline) continue;
    // "M-19 [19 APRIL MOVEMENT]": a day in a group's name.
    if (GROUP_NAMED_AFTER.test(text.slice(d.end, d.end + 12))) continue;
    // "attacked near Fana in the early afternoon": a part of the day with no day of its own is of the day being told.
    if (BARE_PART_OF_DAY.test(d.text)) continue;
    // "shortly before midnight": a time of the day being told, not a time counted from another incident.
    if (d.relativeToContext && CLOCK_AFTER.test(text.slice(d.end, d.end + 12))) continue;
    // "fought for three hours before withdrawing": how long, before what they did next; not a date.
    if (d.relativeToContext && /^\s+\w+ing\b/.test(text.slice(d.end, d.end + 20))) continue;
    // "the death toll rose to nine on Friday": the day the toll was counted, not the day of the attack.
    if (TOLL_UPDATE.test(text.slice(Math.max(sentence.start, d.start - 40), d.start))) continue;
    // "ISWAP claimed responsibility for the attack on Monday": the day of the claim, not of the attack.
    if (CLAIM_OF.test(text.slice(Math.max(sentence.start, d.start - 60), d.start))) continue;
    // "X, envoy in the first years of the government, which took office in 1984, was shot dead": a date in a
    // relative clause closed before the act's verb dates what the clause tells.
    if (d.end < trigger.start && RELATIVE_OPEN.test(text.slice(sentence.start, d.start)) && text.slice(d.end, trigger.start).includes(',')) continue;
    const dist = Math.abs(d.start - trigger.start) + (d.relativeToContext ? 10_000 : 0);
    if (dist < bestDist) { best = d; bestDist = dist; }
  }
  return best && intervalOf(text, best, dates);
}

const RANGE_FROM = /\b(between|from)\s+$/i;
const RANGE_TO = /^\s*(and|to|until|till|through|-|–)\s*$/i;
// "between 3 and 5 August", "from 11 to 13 November": the first day is a bare number.
const BARE_DAY_FROM = /\b(between|from)\s+(\d{1,2})(st|nd|rd|th)?\s*(and|to|until|till|through|-|–)\s*$/i;

/**
 * "killed four mayors between 2 June and 20 July", "from 11 November until 13 November": the date is the
 * whole interval, not its nearer end. Its precision is the smallest unit holding it: a few days, a week, a month, a year.
 */
export function intervalOf(text: string, d: DateSpan, dates: DateSpan[]): DateSpan {
  const bound = (o: DateSpan) => !!o.range && !o.relativeToContext && o.type !== 'DURATION' && o.type !== 'SET';
  if (!bound(d)) return d;
  const joined = (a: DateSpan, b: DateSpan) => bound(a) && bound(b) && b.start > a.end && b.start - a.end <= 10 && RANGE_TO.test(text.slice(a.end, b.start))
    && RANGE_FROM.test(text.slice(Math.max(0, a.start - 10), a.start)) && b.range!.end > a.range!.start;
  const next = dates.find((o) => joined(d, o));
  if (next) return interval(text, d, next, d.range!.start, next.range!.end);
  const previous = dates.find((o) => joined(o, d));
  if (previous) return interval(text, previous, d, previous.range!.start, d.range!.end);
  const bare = d.range!.precision === 'day' ? BARE_DAY_FROM.exec(text.slice(Math.max(0, d.start - 30), d.start)) : null;
  const first = bare ? Number(bare[2]) : 0;
  if (bare && first >= 1 && first < Number(d.range!.start.slice(8, 10))) {
    const startOffset = d.start - bare[0].length + bare[0].indexOf(bare[2]);
    return interval(text, { ...d, start: startOffset }, d, `${d.range!.start.slice(0, 8)}${String(first).padStart(2, '0')}`, d.range!.end);
  }
  return d;
}

/** An interval of up to this many days after its first is "a few days": day precision (fusion's narrow dates). */
const FEW_DAYS = 2;

function interval(text: string, a: DateSpan, b: DateSpan, start: string, end: string): DateSpan {
  const days = (Date.parse(end) - Date.parse(start)) / 864e5;
  const precision = days <= FEW_DAYS ? 'day' : days < 7 ? 'week' : days <= 31 ? 'month' : 'year';
  return { ...a, end: b.end, text: text.slice(a.start, b.end), range: { start, end, precision } };
}

// "The abduction comes a week after militants killed seven soldiers": the incident in the clause, counted back
// from the one it is said to come before.
const COUNTED_BACK = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?) (after|since) [^.;:]*$/i;

/** A day (or a week around it) counted back from `anchor` by "N days/weeks after" before the trigger; null when none. */
export function countedBack(text: string, sentence: Span, trigger: Span, anchor: string | null): MentionDate | null {
  if (!anchor) return null;
  const before = text.slice(sentence.start, trigger.start);
  const m = COUNTED_BACK.exec(before);
  if (!m) return null;
  const word = m[1].toLowerCase();
  const n = word === 'a' || word === 'an' ? 1 : wordValue(word) ?? Number(word);
  const week = /^w/i.test(m[2]);
  const day = addDays(anchor.slice(0, 10), -(week ? 7 * n : n));
  const start_offset = sentence.start + m.index, end_offset = start_offset + m[1].length + m[2].length + m[3].length + 2;
  const base = { text: text.slice(start_offset, end_offset), start_offset, end_offset, basis: 'context' as const };
  // "A week after" is not to the day: the day counted back, give or take one. (The whole week around it, as a week's
  // precision, was looked up by fusion in a month's window: on the bench stream, full of such background lines, the
  // store's connected sets doubled.)
  return week ? { start: addDays(day, -1), end: addDays(day, 1), precision: 'day', ...base } : { start: day, end: day, precision: 'day', ...base };
}

const INHERIT_SENTENCES = 2;
// "the peace process begun on 2 March 1984", "if she is elected chair on 3 June": the day something began,
// or a day to come, dates that, not an act told after it.
const NO_ACT_DAY = /\b(begun|began|begins|started|starts|launched|initiated|founded|established|created|formed|inaugurated)\s+((on|in|since)\s+)?$|\b(elected|scheduled|due|planned|expected)\s+([\w-]+\s+){0,2}((on|in|for)\s+)?$/i;

/**
 * A sentence with no date of its own ("The group was ambushed on the road to X.") continues the incident the
 * sentences before it dated ("On 5 January ..."): wire copy states the day once, in the lead. Only calendar
 * dates are carried over, not "hours later", which counts from an incident of its own, and not a year: "the
 * dictator overthrown in 1979" dates the overthrow, not the murder the next sentence tells (a year carried over
 * dated MUC-4 reports' murders by the year of another event; MUC-4 fusion F1 54.6 -> 55.4).
 */
export function inheritedDate(text: string, sentences: Span[], index: number, dates: DateSpan[]): DateSpan | null {
  const own = dates.filter((x) => !x.relativeToContext && x.range?.precision !== 'year' && !NO_ACT_DAY.test(text.slice(Math.max(0, x.start - 40), x.start)));
  for (let k = index - 1; k >= Math.max(0, index - INHERIT_SENTENCES); k--) {
    const s = sentences[k];
    const d = chooseDate(text, s, { start: s.end, end: s.end }, own);
    if (d) return d;
  }
  return null;
}

const REPORT_WINDOW_DAYS = 7;

/**
 * Else the day the report dates its news ("... were killed yesterday" further down): the first day in the text,
 * outside the dateline, in the week before the day of publication. A lead that names no day ("Shining Path perpetrated
 * one of its most serious attacks") is about that day more often than about the day of the report.
 */
export function reportDay(text: string, dates: DateSpan[], published: string | null): DateSpan | null {
  if (!published) return null;
  const from = addDays(published, -REPORT_WINDOW_DAYS);
  for (const d of dates) {
    if (d.relativeToContext || !d.range || d.range.precision !== 'day' || (d.type !== 'DATE' && d.type !== 'TIME')) continue;
    const lineStart = text.lastIndexOf('\n', d.start) + 1;
    if (d.start - lineStart < 60 && /^\s*(\(|[-–—])/.test(text.slice(d.end, d.end + 3))) continue;
    // The day of the report itself ("police said today") adds nothing to the publication date.
    if (d.range.start >= from && d.range.end < published) return d;
  }
  return null;
}

export function toMentionDate(d: DateSpan, anchor: string | null): MentionDate {
  if (d.relativeToContext) {
    if (!anchor) return { start: null, end: null, precision: 'unknown', text: d.text, start_offset: d.start, end_offset: d.end, basis: 'context' };
    const day = addDays(anchor, contextOffsetDays(d.value));
    return { start: day, end: day, precision: 'day', text: d.text, start_offset: d.start, end_offset: d.end, basis: 'context' };
  }
  const r = d.range!;
  return { start: r.start, end: r.end, precision: r.precision, text: d.text, start_offset: d.start, end_offset: d.end, basis: 'stated' };
}

export function publicationDate(published: string | null, background: boolean): MentionDate {
  // A background incident with no date of its own happened some time before the report: unknown, not today.
  if (!published || background) return { start: null, end: published, precision: 'unknown', text: null, start_offset: null, end_offset: null, basis: 'publication' };
  return { start: published, end: published, precision: 'day', text: null, start_offset: null, end_offset: null, basis: 'publication' };
}

/** Stated dates well before the report are earlier incidents given as context. */
export function isOldNews(date: MentionDate, published: string | null): boolean {
  if (!published || !date.end || date.basis === 'publication') return false;
  const slack = date.precision === 'day' ? 3 : date.precision === 'week' ? 7 : 0;
  return date.end < addDays(published, -slack) || (date.precision !== 'day' && date.precision !== 'week' && date.end < published.slice(0, 7));
}

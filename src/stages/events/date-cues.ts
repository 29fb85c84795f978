// Words around a date that say it belongs to something other than the incident the sentence reports.
import type { DateSpan, Span } from '../../doc/doc.js';
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

const SPEECH = 'said|says|told|reported|announced|stated|confirmed|declared|recalled|admitted|revealed|disclosed';
const SPEECH_BEFORE = new RegExp(String.raw`\b(${SPEECH})\s*$`, 'i');
// "Colonel X today said that ...": the verb of saying right after the day.
const SPEECH_AFTER = new RegExp(String.raw`^\s*(${SPEECH})\b`, 'i');
const REACTION = /\b(demand\w*|urg(ed|es|ing)|condemn\w*|denounc\w*|deplor\w*|repudiat\w*|claim(ed|s|ing)|blam\w*|accus\w*|investigat\w*|solv\w*|clear(ed)? up|clarif\w*|mastermind\w*|punish\w*|mourn\w*|protest(ed|ing)|reject\w*|charg(ed|es)|responsib\w*|perpetrator|funeral|buried|burial|trial|arrested|captured|reward|statements?|testif\w*|testimony|regarding|concerning|court|inquiry)\b/i;
// "the six Jesuit priests' murder": up to three words between the article and the act.
const DEFINITE_BEFORE = /\b(the|this|that|these|those|his|her|their|its)\s+([\w'-]+\s+){0,3}$/i;

/**
 * "The president today charged that a colonel ordered the murder of the priests": the day is of the charge; the
 * murder, named as a thing already known, came before. Only when the incident is a definite noun after a verb of
 * saying or of reacting to it, and the date stands with that verb, not with the incident.
 */
export function reactionDay(text: string, sentence: Span, d: DateSpan, trigger: Span): boolean {
  if (d.start >= trigger.end) return toldAfter(text, sentence, d, trigger);
  if (d.end > trigger.start) return false;
  const between = text.slice(d.end, trigger.start);
  if (!DEFINITE_BEFORE.test(between)) return false;
  const before = text.slice(Math.max(sentence.start, d.start - 30), d.start);
  return SPEECH_BEFORE.test(before) || SPEECH_AFTER.test(between) || REACTION.test(between);
}

// "two days before the killing, the colonel told the media today": told (to someone) right before the day.
const TOLD_BEFORE = /\b(said|told|announced|stated|declared|added|explained)(\s+(the\s+)?(media|press|reporters|journalists|newsmen))?\s*$/i;
// "the killing", "this brutal murder": the act as a definite noun, at most one word after the article.
const DEFINITE_NOUN = /\b(the|this|that)\s+([\w'-]+\s+)?$/i;

/** "... before the killing, the colonel told the media today": the day after the act is of the telling. */
function toldAfter(text: string, sentence: Span, d: DateSpan, trigger: Span): boolean {
  return DEFINITE_NOUN.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start))
    && TOLD_BEFORE.test(text.slice(Math.max(sentence.start, d.start - 40), d.start));
}

const KNOWN_CASE = /\b(case|den(y|ies|ied|ying))\b/i;
const SAYING = /\b(said|says|told|announced|stated|declared|reported)\b/i;

/**
 * "the bishop said the names of those behind the killing of the monks would be made public", with no day told: the
 * act is named as known after a verb of saying or of reacting to it; its day is not the report's.
 */
export function knownAct(text: string, sentence: Span, trigger: Span): boolean {
  const before = text.slice(sentence.start, trigger.start);
  return DEFINITE_BEFORE.test(before) && (REACTION.test(before) || KNOWN_CASE.test(before) || SAYING.test(before));
}

// "the crime committed on 3 March", "this murder, which took place on 3 March": an act the report refers back to,
// with its own day.
const ACT_ON = /\b(the|this|that)\s+([\w-]+\s+){0,2}(crime|crimes|murder|murders|killing|killings|massacre|assassination|attack|bombing)\s*,?\s+(that|which)?\s*(took place|was perpetrated|perpetrated|was committed|committed|was carried out|carried out|occurred)\s+((in|at)\s+([\w'’-]+\s+){1,4})?(on\s+)?$/i;

// "the six monks who were shot on 3 March", "the monks, two of them foreigners, were killed nine days ago": the victims
// the report refers back to, with the day they were hit.
const VICTIMS_ON = /\b(the|these|those)\s+[^.;:]{0,60}?\b(were|was)\s+(killed|murdered|assassinated|massacred|shot(\s+to\s+death)?|gunned\s+down)\s+(on\s+)?$/i;

/** The day a later or earlier sentence gives the act the report refers back to (ACT_ON), if any. */
export function referredActDay(text: string, dates: DateSpan[], published: string | null): DateSpan | null {
  if (!published) return null;
  for (const d of dates) {
    if (d.relativeToContext || !d.range || d.range.precision !== 'day' || d.range.end >= published) continue;
    const before = text.slice(Math.max(0, d.start - 90), d.start).replace(/\s+/g, ' ');
    if (ACT_ON.test(before) || VICTIMS_ON.test(before)) return d;
  }
  return null;
}

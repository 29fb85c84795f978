// Turns one trigger group in one sentence into a draft incident mention with every field the sentence gives.
import type { Mention } from '../../contract/mention.js';
import type { DateSpan, Doc, Sentence, Span } from '../../doc/doc.js';
import { layer } from '../../doc/doc.js';
import { findSources } from './attribution.js';
import { findCasualties } from './casualty-count.js';
import { namedDeath } from './named-deaths.js';
import { warStartDate } from './war-start.js';
import { afterReport, knownAct, reactionDay, referredActDay } from './date-cues.js';
import { chooseDate, countedBack, inheritedDate, isOldNews, publicationDate, reportDay, toMentionDate } from './date-of.js';
import type { TriggerHit } from './find-triggers.js';
import { chooseLocation, toLocation } from './locate.js';
import type { Draft } from './merge.js';
import type { Modality } from './modality.js';
import { assignRoles } from './roles.js';
import { eventTypeOf } from './taxonomy.js';
import { findWeapons } from './weapons.js';
import { onlyCombatantsHit } from './combatants.js';
import { refineSubType } from './refine-subtype.js';
import { victimCountryPlace } from './victim-country.js';
import { advisoryArea } from './advisory-area.js';
import { isDateline } from './dateline.js';

const EVENT_WORD = /\b(explosions?|blasts?|bombings?|exploded|detonated|blew up|blown up|dynamited|destroyed with dynamite|sabotaged|shelled|shelling of|bombarded|bombardment of|strafed|strafing|straffing|bombed|attacks?|strikes?|raids?|hit|struck|targeted|killed|destroyed|on|pounded|attacked|fired (on|at)|rocketed|machine-?gunned|crashed into|slammed|went off|exploded|hurled|thrown)$/i;

/** Strategic developments that still have someone who acted and something or someone acted on. */
const HAS_ROLES = new Set(['Looting/property destruction', 'Disrupted weapons use', 'Threat']);

/** region: the part of the sentence that belongs to this trigger when the sentence reports several incidents;
 *  placeRegion: where its place is looked for, when narrower (its own clause). */
export function buildDraft(doc: Doc, casedText: string, sentence: Sentence, region: Span, index: number, group: TriggerHit[], modality: Modality, anchorDate: string | null, placeRegion: Span = region): Draft {
  const text = doc.text;
  const lead = group[0];
  const s = text.slice(sentence.start, sentence.end);
  const trigger = { start: sentence.start + lead.start, end: sentence.start + lead.end };
  // ALL-CAPS copy: attribution patterns read a truecased copy of the same length, so offsets still hold.
  const sources = findSources(casedText.slice(sentence.start, sentence.end), sentence.start, casedText !== text).map((src) => ({ ...src, text: text.slice(src.start, src.end) }));
  // "threatened to step up attacks ahead of elections later this year": a threat or a plan is dated when it was made;
  // a date reaching past the report is the time of the act threatened.
  const intent = lead.rule.subType === 'Threat' || modality.status === 'threatened' || modality.status === 'planned';
  // What has happened happened by the day of the report: a later day is of something else ("the funeral on 15 January").
  const future = (d: DateSpan) => intent ? !!doc.published && !!d.range && d.range.end > doc.published : afterReport(text, d, doc.published);
  const past = layer(doc, 'dates').filter((d) => !future(d));
  const chosen = chooseDate(text, sentence, trigger, past);
  // "Colonel X today said the masterminds of the priests' murder ...", and further on "this murder, which took place
  // on 16 November": the day of the saying is not the murder's when the report gives the murder's own.
  const reacted = chosen && !intent && reactionDay(text, sentence, chosen, trigger)
    && (chosen.start >= trigger.end || knownAct(text, sentence, trigger));
  const actDay = reacted ? referredActDay(text, layer(doc, 'dates'), doc.published) : null;
  const dateSpan = actDay ?? chosen;
  // Found in the sentence itself ("the murder of the monks, shot on 3 March"), it is the act's own.
  const referredDay = actDay && (actDay.start < sentence.start || actDay.end > sentence.end) ? actDay : null;
  let date = dateSpan ? { ...toMentionDate(dateSpan, anchorDate ?? doc.published), ...(referredDay ? { basis: 'context' as const } : {}) } : countedBack(text, sentence, trigger, anchorDate ?? doc.published);
  if (!date) {
    const warStart = warStartDate(text, sentence, layer(doc, 'sentences'), layer(doc, 'dates'));
    if (warStart) date = { ...toMentionDate(warStart, anchorDate ?? doc.published), basis: 'context' };
  }
  // The act the report's sayings are about is its news, however old its day.
  const background = modality.background || (date !== null && !referredDay && isOldNews(date, doc.published));
  // No date of its own: the one the previous sentences stated (marked as context), else the publication date.
  // A threat or a plan with no date of its own was made when reported: the days the sentences before give are the
  // incidents it follows.
  const inherited = date || background || intent ? null : inheritedDate(text, layer(doc, 'sentences'), index, past);
  // "... implicated in the murder of four monks" (known, no day), and further on "the crime perpetrated on 14 January".
  const referred = date || background || inherited || intent || !knownAct(text, sentence, trigger) ? null : referredActDay(text, layer(doc, 'dates'), doc.published);
  const day = date || background || inherited || intent || referred ? null : reportDay(text, layer(doc, 'dates'), doc.published);
  date ??= inherited ?? referred ? { ...toMentionDate((inherited ?? referred)!, anchorDate ?? doc.published), basis: 'context' }
    : day ? { ...toMentionDate(day, anchorDate ?? doc.published), basis: 'report' } : publicationDate(doc.published, background);
  const r = text.slice(region.start, region.end);
  const stated = (lead.rule.subType === 'Security advisory' ? advisoryArea(text, placeRegion, layer(doc, 'places')) : null)
    ?? chooseLocation(text, placeRegion, trigger, layer(doc, 'places'), layer(doc, 'actors'), sources);
  const casualties = findCasualties(r, region.start);
  const weapons = findWeapons(r, region.start, layer(doc, 'numbers'));
  // The trigger stands for the weapon only when it names a thing ("a suicide bomber", "gas attack"), not when it
  // names the event ("the explosion", "blew up", "shelled"): analysts record the instrument, not the act.
  if (lead.rule.weapon && !weapons.some((w) => w.type === lead.rule.weapon) && !EVENT_WORD.test(lead.text)) {
    weapons.push({ type: lead.rule.weapon, text: lead.text, count: null, start: trigger.start, end: trigger.end });
  }
  // A reference back ("the attack") takes its type from the incident it refers to, not from who is around it.
  const clash = lead.rule.subType === 'Attack' && onlyCombatantsHit(r, lead.end);
  const subType = clash ? 'Armed clash' : refineSubType(lead.rule.subType, s, lead.start);
  // A warning or a decision has no victims or targets. Burning property, a foiled bombing or a threat to kill do:
  // who did it or made it, and what or whom it was aimed at.
  const roles = eventTypeOf(subType) === 'Strategic developments' && !HAS_ROLES.has(subType) ? { perpetrators: [], targets: [], victims: [] } : assignRoles(text, region, trigger, layer(doc, 'tokens'), layer(doc, 'actors'), layer(doc, 'places'));
  // A dateline is where the report was filed: it places the incident only as context.
  const own = stated && !isDateline(text, stated) ? stated : null;
  const known = victimCountryPlace(text, trigger, own, roles.victims);
  // With no place of its own, the victim's country waits for the context: a town the sentences before or the
  // dateline give in that country says more (index.ts).
  const overrides = known !== null && own !== null;
  const mention: Mention = {
    id: '', event_type: eventTypeOf(subType), sub_event_type: subType,
    status: lead.rule.subType === 'Threat' ? 'threatened' : modality.status, background,
    date, location: overrides ? toLocation(known, text, 'context') : stated ? toLocation(stated, text, 'stated') : null,
    ...roles, weapons, ...casualties, fatalities: casualties.fatalities ?? namedDeath(text, region, roles.victims), sources,
    evidence: [{ start: sentence.start, end: sentence.end, text: s }],
    confidence: 0,
  };
  return {
    mention, contextDate: dateSpan?.value.startsWith('CONTEXT') ?? false, sentence: index, generic: !!(lead.rule.weak || lead.rule.generic),
    reactionDate: !!reacted, referredDay: !!referredDay || !!referred,
    victimCountry: known && !overrides ? known : undefined,
  };
}

/** A rough belief that the mention is a real, correctly read incident: more stated fields, more belief. */
export function confidenceOf(m: Mention): number {
  let c = 0.45;
  if (m.date?.basis === 'stated' || m.date?.basis === 'context' || m.date?.basis === 'report' || m.date?.basis === 'reaction') c += 0.1;
  if (m.location?.basis === 'stated') c += 0.1;
  if (m.sources.length > 0) c += 0.1;
  if (m.weapons.length > 0 || m.fatalities || m.injuries || m.casualties) c += 0.1;
  if (m.evidence.length > 1) c += 0.1;
  return Math.round(Math.min(c, 0.95) * 100) / 100;
}

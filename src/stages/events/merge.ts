// Within one report: later sentences about the same incident add to it instead of making a new one.
import type { Mention } from '../../contract/mention.js';
import type { PlaceSpan } from '../../doc/doc.js';
import { sharesVictimWord, victimFullNames } from '../actors/victim-names.js';
import { betterLocation } from './locate.js';
import { BATTLES, EXPLOSIONS, VAC } from './taxonomy.js';

/** generic: the incident's type came from a generic word ("attack", "the blast") and may be refined.
 *  sentence: where it was first told; last: the latest sentence that added to it (absent: the first). */
export interface Draft {
  mention: Mention; contextDate: boolean; sentence: number; generic: boolean; last?: number;
  /** Its day is that of a saying or a reaction to an act named as known ("today condemned the murder of"). */
  reactionDate?: boolean;
  /** Its day, of a saying about the act, gave way to the act's own, read where the report refers back to it
   *  ("the crime, which took place on 3 March"). */
  referredDay?: boolean;
  /** Acts counted together by the dead they claimed ("raids that took the lives of X and Y"): kept only for those named. */
  listedDead?: boolean;
  /** The country of a known person among its victims, the place when the context gives none in that country. */
  victimCountry?: PlaceSpan;
}

// "a second attack", not "one rocket hit the centre, a second came down on a lot": counting the rockets of one attack.
const DISTINCT_CUE = /\b(also|another|second (\w+ )?(attack|blast|explosion|bombing|strike|incident|raid|shooting|ambush|assault)|separate|earlier|meanwhile|elsewhere|a further|in a different)\b/i;

const EXPLOSION_REF = /\b(the|this|that)\s+(explosion|blast|detonation)\b/i;

function sameFamily(x: Draft, y: Draft): boolean {
  const a = x.mention, b = y.mention;
  if (a.sub_event_type === b.sub_event_type) return true;
  // A battle takes in a generic "attack" said of it, not a massacre reported beside it.
  const battleOk = x.generic || y.generic;
  const violent = (m: Mention) => m.event_type === EXPLOSIONS || m.event_type === VAC || (battleOk && m.event_type === BATTLES);
  // "X was murdered ... unidentified men also kidnapped a couple": a killing told by its own verb and an abduction are
  // two acts; only a generic "attack" or "killing" said of an abduction joins it.
  const abduction = (m: Mention) => m.sub_event_type === 'Abduction/forced disappearance';
  if ((abduction(a) && b.sub_event_type === 'Attack' && !y.generic) || (abduction(b) && a.sub_event_type === 'Attack' && !x.generic)) return false;
  if ((a.sub_event_type === 'Attack' || b.sub_event_type === 'Attack') && violent(a) && violent(b)) return true;
  return (x.generic || y.generic) && a.event_type === EXPLOSIONS && b.event_type === EXPLOSIONS;
}

function km(a: { lat: number | null; lon: number | null }, b: { lat: number | null; lon: number | null }): number {
  if (a.lat === null || b.lat === null || a.lon === null || b.lon === null) return 0;
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const PART_OF_ATTACK = new Set(['Disrupted weapons use', 'Government regains territory', 'Non-state actor overtakes territory', 'Looting/property destruction']);
const DONE_IN_ATTACK = new Set(['Disrupted weapons use', 'Government regains territory', 'Non-state actor overtakes territory']);

// A date the sentence states; one carried over from the sentences before ("on Monday morning" two sentences up,
// about the hospital) or guessed from the report does not tell this incident from the one it may continue.
const ownDate = (m: Mention) => m.date !== null && m.date.basis === 'stated';

/** b states a day of its own more than a month from the day a has, however a got it. */
function ownDaysApart(a: Mention, b: Mention): boolean {
  const told = (m: Mention) => m.date?.start != null && (m.date.basis === 'stated' || m.date.basis === 'reaction');
  if (!told(b) || !a.date?.start) return false;
  const [x, y] = [a.date!, b.date!];
  const gap = Math.max(Date.parse(x.start!) - Date.parse(y.end ?? y.start!), Date.parse(y.start!) - Date.parse(x.end ?? x.start!)) / 864e5;
  return gap > REFERENCE_GAP_DAYS;
}

/** How far apart two stated dates may be and one still refer back to the other. */
const REFERENCE_GAP_DAYS = 31;

function datesAgree(a: Mention, b: Mention, statedOnly = false): boolean {
  const own = (m: Mention) => (statedOnly ? ownDate(m) : m.date !== null && m.date.basis !== 'publication');
  return !(own(a) && own(b) && a.date!.start !== b.date!.start);
}

// "Jihadists ambushed the convoy, killing nine soldiers ... the army said troops had repelled the attack": the
// side that fought it off calls it attempted; it is the same attack. (Any attempted with any occurred joined
// MUC-4's attempts on a life with the murders beside them: two date templates lost.)
const REPELLED = /\b(repell?(ed|ing)?|repuls(ed|ing)|fought off|beat back|beaten back)\b/i;
const sameStatus = (a: Mention, b: Mention, sentenceText: string) =>
  a.status === b.status || (a.status === 'occurred' && b.status === 'attempted' && REPELLED.test(sentenceText));

function compatible(old: Draft, neu: Draft, sentenceText: string): boolean {
  const a = old.mention, b = neu.mention;
  if (!sameFamily(old, neu) || a.background !== b.background || !sameStatus(a, b, sentenceText)) return false;
  if (neu.contextDate || DISTINCT_CUE.test(sentenceText)) return false;
  // Earlier incidents given as context are told apart by the report itself; only a reference back joins them.
  if (b.background) return false;
  if (!datesAgree(a, b)) return false;
  return placesAgree(a, b);
}

/** How many sentences after an incident was last told a plural reference of another kind ("the bombings") may point to it. */
const PLURAL_REACH = 5;

/** The draft a new one belongs to, or null. Anaphoric references ("the attack") join the latest incident.
 *  pluralRef: the reference is a plural ("the bombings"). */
export function findHost(drafts: Draft[], neu: Draft, anaphoric: boolean, sentenceText: string, pluralRef = false): Draft | null {
  if (anaphoric) {
    // "It is the second time the embassy has come under attack": a reference in a news sentence points to the
    // news incident, not to an earlier one given as context.
    // "the front had also claimed the attack on X during his trip there in August 1988": a reference with a day of
    // its own, weeks from the incident's, is to another attack.
    // "The explosion ..." is not of a device that failed to go off.
    const wentOff = neu.mention.status === 'occurred' && EXPLOSION_REF.test(sentenceText);
    const candidates = drafts.filter((d) => sameFamily(d, neu) && (neu.mention.background || !d.mention.background) && !ownDaysApart(d.mention, neu.mention)
      && !(wentOff && d.mention.status === 'attempted'));
    // "The abduction comes a week after ...": the abduction told, before a shooting told since.
    const same = candidates.filter((d) => d.mention.sub_event_type === neu.mention.sub_event_type).pop();
    // "... the crossfire and the bombings of the air force", twenty sentences after the murder the report is about: a
    // plural of another kind far from the incident speaks of many acts, not of it ("the explosions" right after "two
    // suicide bombers" do). Joined, it had made the murder an air strike.
    const latest = candidates.pop();
    const host = same ?? (pluralRef && latest && neu.sentence - (latest.last ?? latest.sentence) > PLURAL_REACH ? undefined : latest);
    if (host) return host;
    // "... a day after three rockets struck the airport. A contractor was wounded in that attack": with no news
    // incident to point to, a reference back in the next sentence points to the earlier incident just told.
    if (DISTINCT_CUE.test(sentenceText)) return null;
    return drafts.filter((d) => sameFamily(d, neu) && d.mention.background && neu.sentence - (d.last ?? d.sentence) <= 1).pop() ?? null;
  }
  // "overran the outer trenches and fought troops for three hours": when the sentence already added to an incident,
  // its other triggers of that family are the same incident.
  const told = drafts.find((d) => d.last === neu.sentence && sameFamily(d, neu) && !d.mention.background && !neu.mention.background);
  if (told && !DISTINCT_CUE.test(sentenceText) && !neu.contextDate) return told;
  for (let i = drafts.length - 1; i >= 0; i--) if (compatible(drafts[i], neu, sentenceText)) return drafts[i];
  const victimHost = sameVictimHost(drafts, neu, sentenceText);
  if (victimHost) return victimHost;
  // "The fighters seized weapons and overran the trenches": what attackers did in an attack is part of it; so is
  // what a sentence that refers back to the attack says they did ("claimed the attack, saying it seized weapons").
  // (Burning is left out of the second: "the attack set the building on fire" is an arson of its own to MUC-4.)
  if (PART_OF_ATTACK.has(neu.mention.sub_event_type) && !neu.mention.background) {
    const done = DONE_IN_ATTACK.has(neu.mention.sub_event_type);
    const host = [...drafts].reverse().find((d) => !d.mention.background && [EXPLOSIONS, VAC, BATTLES].includes(d.mention.event_type) && (neu.sentence - d.sentence <= 4 || (done && d.last === neu.sentence)));
    if (host && datesAgree(host.mention, neu.mention, done)) return host;
  }
  return null;
}

/** How far apart two stated days of one person's killing may be in one report. */
const ONE_VICTIM_DAYS = 7;

/**
 * "Galan was shot dead at a rally on Friday ... the DAS chief said foreigners took part in Galan's assassination":
 * a person is killed once, so an act of one family and status against the same named person is the incident the
 * report already told, even when the later sentence's day was carried from elsewhere. Two own stated days more than
 * a week apart are two acts. A reaction dated by its own day (Draft.reactionDate) joins the act told as context
 * when they share a victim, by name or by a word such as "Jesuits".
 */
function sameVictimHost(drafts: Draft[], neu: Draft, sentenceText: string): Draft | null {
  if (DISTINCT_CUE.test(sentenceText)) return null;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    const how = sameVictimAct(d, neu);
    if (how === 'name') return d;
    // The reaction names the victims as the act's report does ("the Jesuits"), before their names are given.
    if (how === 'reaction' && (namesShared(d.mention, neu.mention) || sharesVictimWord(d.mention, neu.mention))) return d;
  }
  return null;
}

const daysApart = (a: Mention, b: Mention) => Math.abs(Date.parse(a.date!.start!) - Date.parse(b.date!.start!)) / 864e5;
const apart = (a: Mention, b: Mention) => ownDate(a) && ownDate(b) && daysApart(a, b) > ONE_VICTIM_DAYS;
// A day read from the sentence or the ones before it, not guessed from the report's own day.
const toldDate = (m: Mention) => m.date?.start != null && (m.date.basis === 'stated' || m.date.basis === 'context');

/** Can two drafts be one act on the same victims: 'name' when they name one person hit, 'reaction' when one is a
 *  reaction to the other told as context (or, with carriedDays, dated by that one's day), 'unnamed' when nothing but
 *  their victims could tell (still to compare), else null. */
function sameVictimAct(d: Draft, neu: Draft, carriedDays = false): 'name' | 'reaction' | 'unnamed' | null {
  // "X was murdered on 16 November" told as context, then "the president today charged a colonel with the murder
  // of X": the charge's day is not the murder's, and the murder is what the report is about.
  const reaction = (neu.reactionDate && d.mention.background && !neu.mention.background) || (d.reactionDate && !d.mention.background && neu.mention.background)
    || (carriedDays && (dayCarriedFrom(d, neu) || dayCarriedFrom(neu, d)));
  if (!sameFamily(d, neu) || d.mention.status !== neu.mention.status) return null;
  if (!reaction && (d.mention.background !== neu.mention.background || apart(d.mention, neu.mention))) return null;
  if (reaction) return 'reaction';
  return namesShared(d.mention, neu.mention) ? 'name' : 'unnamed';
}

/** "The monks were shot on 3 March [told as context] ... the inquiry into the killing of the monks [news]":
 *  the news draft has no day of its own but the context draft's, carried over from its sentence. */
function dayCarriedFrom(context: Draft, news: Draft): boolean {
  const c = context.mention, n = news.mention;
  return c.background && !n.background && n.date?.basis === 'context' && c.date?.basis === 'stated' && c.date.start === n.date.start && c.date.precision === n.date.precision;
}

function namesShared(a: Mention, b: Mention): boolean {
  const names = victimFullNames(b);
  return [...victimFullNames(a)].some((n) => names.has(n));
}

/**
 * Once roles are attached, a report that told one killing twice ("the ministry condemned the murder of X" in the
 * lead, "X was shot at his home" further down, "the chamber also condemned the murder of X" at the end) has the
 * same person among both drafts' victims: they are one act. Sentence by sentence this could not be seen: most
 * victims are found only once every sentence was read. "Also" does not part them here: it is said of the
 * condemning, and a person is hit once within a week. Victims that no one names join by a word that is not said
 * of everyone ("the six Jesuits" in the lead, "the Jesuits were shot in the garden" below). So does a reaction with
 * the act it speaks of, and a news draft with the act told as context whose day it carried over (dayCarriedFrom).
 */
export function mergeSameVictims(drafts: Draft[]): void {
  for (let j = 1; j < drafts.length; j++) {
    const host = drafts.slice(0, j).find((d) => referredTo(d, drafts[j]) || referredTo(drafts[j], d) || sameVictims(d, drafts[j]));
    if (!host) continue;
    // The act a reaction speaks of is the report's news, whichever of the two was told first.
    host.mention.background &&= drafts[j].mention.background;
    absorb(host, drafts[j]);
    drafts.splice(j--, 1);
  }
}

/**
 * "the inquiry into the killing of the monks" dated by "the monks who were shot on 3 March", told as background
 * further on: the act that sentence tells is the one the other refers back to, whatever either's victims say.
 */
function referredTo(referring: Draft, told: Draft): boolean {
  const r = referring.mention.date, t = told.mention.date;
  return !!referring.referredDay && !told.referredDay && told.mention.background && r?.start_offset != null && r.start_offset === t?.start_offset
    && sameFamily(referring, told) && referring.mention.status === told.mention.status;
}

function sameVictims(d: Draft, neu: Draft): boolean {
  const a = d.mention, b = neu.mention;
  const how = sameVictimAct(d, neu, true);
  if (!how) return false;
  // Days told more than a week apart are two acts, or one of the drafts took a victim that is not its own.
  if (how !== 'reaction' && toldDate(a) && toldDate(b) && daysApart(a, b) > ONE_VICTIM_DAYS) return false;
  if (how === 'name' || namesShared(a, b)) return true;
  // "In A, cattleman X was kidnapped ... in B, cattleman Y": victims named on both sides, none in common, are other people.
  if (victimFullNames(a).size > 0 && victimFullNames(b).size > 0) return false;
  // A news draft dated by the day of the act told as context before it, one of the two naming no victims: "four
  // monks were gunned down at the seminary on 3 March [victims not read] ... the inquiry into the killing of the
  // monks [news]" (MUC-4 fusion F1 56.1 -> 57.0).
  if ((dayCarriedFrom(d, neu) || dayCarriedFrom(neu, d)) && (a.victims.length === 0 || b.victims.length === 0)) return placesAgree(a, b);
  return sharesVictimWord(a, b) && placesAgree(a, b);
}

/** Places both stated are within reach of each other; a place carried from elsewhere says nothing. */
function placesAgree(a: Mention, b: Mention): boolean {
  if (!a.location || !b.location || a.location.basis !== 'stated' || b.location.basis !== 'stated') return true;
  return km(a.location, b.location) <= (a.location.radius_km ?? 0) + (b.location.radius_km ?? 0) + 5;
}

// The head word, singular: "Katyusha rockets" and "the rockets" are the same ones.
const weaponWord = (t: string) => t.toLowerCase().split(/[\s-]+/).pop()!.replace(/s$/, '');
const sameWeaponWord = (a: string, b: string) => weaponWord(a) === weaponWord(b);

export function absorb(hostDraft: Draft, addDraft: Draft): void {
  const host = hostDraft.mention, add = addDraft.mention;
  if (host.status === 'attempted' && add.status === 'occurred') host.status = 'occurred';
  hostDraft.last = Math.max(hostDraft.last ?? hostDraft.sentence, addDraft.sentence);
  host.evidence.push(...add.evidence.filter((e) => !host.evidence.some((h) => h.start === e.start)));
  for (const s of add.sources) if (!host.sources.some((h) => h.name === s.name && h.via.join() === s.via.join())) host.sources.push(s);
  // "a bomb" then "dynamite sticks": two instruments as written, though one type; "the bomb" again is the same one.
  for (const w of add.weapons) if (!host.weapons.some((h) => h.type === w.type && sameWeaponWord(h.text, w.text))) host.weapons.push(w);
  for (const k of ['fatalities', 'injuries', 'casualties'] as const) {
    const c = add[k];
    if (c && (host[k] === null || /toll/i.test(c.text))) host[k] = c;
  }
  // The day of a saying ("today charged ... the murder of") gives way to the act's own stated day; a day the act takes
  // from a saying stays the saying's ("the case of the murdered priests ... the bishop today stated that ... the murder").
  const reactionDay = hostDraft.reactionDate && !addDraft.reactionDate && add.date?.basis === 'stated';
  if (add.date && (!host.date || (host.date.basis !== 'stated' && add.date.basis === 'stated') || reactionDay)) {
    host.date = add.date;
    hostDraft.reactionDate = !!addDraft.reactionDate;
  }
  if (betterLocation(host.location, add.location)) host.location = add.location;
  for (const role of ['perpetrators', 'targets', 'victims'] as const) {
    for (const a of add[role]) if (!host[role].some((h) => h.name === a.name && h.text === a.text)) host[role].push(a);
  }
  // A specific sub-type beats the generic one a first sentence may have given ("the blast" then "a suicide bomber").
  // What attackers did in the attack (overran trenches, seized weapons) does not make the attack that. (Burning
  // does: an attack told as setting the houses on fire is the arson.)
  if (((host.sub_event_type === 'Attack' && add.sub_event_type !== 'Attack') || (hostDraft.generic && !addDraft.generic && add.event_type === host.event_type)) && !DONE_IN_ATTACK.has(add.sub_event_type)) {
    host.sub_event_type = add.sub_event_type; host.event_type = add.event_type; hostDraft.generic = addDraft.generic;
  }
}

// A trial hearing or an inquiry's findings come months after the killing (the keys of MUC-4 count a massacre
// as the news of a report on the arrests two months later): 60 days missed those; 365 took in older context.
const FOLLOW_UP_DAYS = 150;

/**
 * A report that tells of no new violent incident is a follow-up (the inquiry, the funeral, the reactions, the arrest
 * of suspects): the recent violent incidents it discusses are its news, not context for another incident. Older
 * ones stay background ("the 1980 assassination" in a report on its trial's latest hearing).
 */
/** A date longer than a quarter is a period of many incidents. */
const PERIOD_DAYS = 92;

export function promoteFollowUpSubjects(drafts: Draft[], published: string | null): void {
  const violent = (d: Draft) => [EXPLOSIONS, VAC, BATTLES].includes(d.mention.event_type) && (d.mention.status === 'occurred' || d.mention.status === 'attempted');
  if (drafts.some((d) => violent(d) && !d.mention.background)) return;
  // A threat told as news (an ultimatum, a warning) is the report's subject; the attacks before it are its context.
  if (drafts.some((d) => d.mention.status === 'threatened' && !d.mention.background && d.mention.date?.basis === 'stated')) return;
  for (const d of drafts) {
    if (!violent(d) || !d.mention.background) continue;
    // "Kidnappings rose by a third last year": a year is a period of many incidents, not the one a follow-up is about.
    // ("between 2 June and 20 July", of year precision, is not.)
    const date = d.mention.date;
    if (date?.start && date.end && Date.parse(date.end) - Date.parse(date.start) > PERIOD_DAYS * 864e5) continue;
    const end = d.mention.date?.basis === 'publication' ? null : d.mention.date?.end;
    if (end && published && Date.parse(published) - Date.parse(end) > FOLLOW_UP_DAYS * 864e5) continue;
    d.mention.background = false;
  }
}

// May two reported mentions be the same real-world event? Each rule is one field; all must agree. The relation
// is symmetric and depends on nothing but the two mentions, which is what makes fusion order-independent.
import type { Count, DatePrecision, Mention, MentionDate, MentionLocation, PlacePrecision } from '../contract/mention.js';
import { haversineKm } from '../store/geo.js';
import { dayNumber } from '../stages/dates/calendar.js';
import { isSpanishGivenName } from '../stages/actors/given-names-es.js';
import { isCommonWord } from '../stages/places/common-words.js';
import { normalizeName, oneEditApart, twoEditsApart } from '../gazetteer/normalize.js';
import { victimFullNames, victimWords } from '../stages/actors/victim-names.js';
import { isGivenName } from '../stages/places/context.js';
import { EXPLOSIONS } from '../stages/events/taxonomy.js';
import { fusionClass } from './families.js';
import type { FusionReport } from './report.js';

/** Dates vaguer than a month cannot place an event among others; such mentions stay alone. */
const FUSABLE_DATE: ReadonlySet<DatePrecision> = new Set(['day', 'week', 'month']);
/** The longest date interval a fusable mention has (a month): candidate lookups widen their window by it. */
export const MAX_SPAN_DAYS = 31;
/** Dates spanning at most this many days are "narrow": their candidates are looked up in a window of days. */
export const NARROW_SPAN_DAYS = 2;

// How far from its point a place of each precision may be, when the mention gives no radius.
const DEFAULT_RADIUS_KM: Record<PlacePrecision, number> = {
  facility: 1, neighbourhood: 3, city: 15, admin2: 40, admin1: 150, country: 2500, region: 3000,
};
/** Geocoding error between two reports of one place (one says the district, another the street). */
const PLACE_SLACK_KM = 5;

export function canFuse(r: FusionReport): boolean {
  const d = r.mention.date;
  // A mention placed nowhere would be a candidate for every event of its day the world over.
  if (!r.mention.location?.country) return false;
  return (!!d?.start && FUSABLE_DATE.has(d.precision) && spanDays(d) <= MAX_SPAN_DAYS) || undatedKnown(r);
}

/** How long before a report an act it recalls without a day may be found by the victim or target it names. */
export const UNDATED_REACH_DAYS = 90;

/**
 * "the trial of those accused of the murder of Judge Maria Lopez": an act recalled as background, with no day but
 * one before the report, that names whom or what it hit. Nothing else could find its event: it links to the stored
 * incident that names the same person or target in the three months before (undatedCompatible). So does an act dated
 * only by the day of a saying about it (date.basis "reaction"), also by victims described by a word not said of everyone.
 */
export function undatedKnown(r: FusionReport): boolean {
  const d = r.mention.date;
  if (!d?.end) return unboundedNamed(r);
  if (!d.start) return victimNames(r).size > 0 || targetWords(r).size > 0;
  // "killed five politicians, among them X, between 27 June and 18 August": too long to place among the events of its
  // days, but X's killing is on one of them.
  if (spanDays(d) > MAX_SPAN_DAYS) return spanDays(d) <= UNDATED_REACH_DAYS && victimNames(r).size > 0;
  // "Colonel X today said the masterminds of the Jesuits' murder ...": the day is the saying's (date.basis "reaction").
  return d.basis === 'reaction' && (victimNames(r).size > 0 || targetWords(r).size > 0 || storedVictimWords(r).size > 0);
}

/**
 * "Approximately one month ago, Luis Carlos Galan was murdered", in a transcript with no date at all: nothing bounds
 * the day, but a person is killed once. Such a mention links to the stored act that names the same person.
 */
export function unboundedNamed(r: FusionReport): boolean {
  const d = r.mention.date;
  return !d?.start && !d?.end && victimNames(r).size > 0;
}

/**
 * The words by which the store finds the people a mention names hurt: each full name's words of three letters or more
 * that are not given names, folded ("galan", "sarmiento"). Two names of one person (samePerson) share one at least,
 * unless a surname is spelt two ways.
 */
export function victimNameKeys(m: Mention): string[] {
  const words = [...victimFullNames(m)].flatMap((n) => n.split(/[^\p{L}]+/u)).filter((w) => w.length >= 3 && !isGivenName(w) && !isSpanishGivenName(w));
  return [...new Set(words.map(fold))];
}

/** The store's date class of a mention: 0 a day or a few, 1 wide (a week, a month), 2 an undated recalled act
 *  (undatedKnown), 3 one with no bound at all that names a person (unboundedNamed). */
export function dateClass(m: Mention): 0 | 1 | 2 | 3 {
  const r = { mention: m } as FusionReport;
  return unboundedNamed(r) ? 3 : undatedKnown(r) ? 2 : isWide(m.date) ? 1 : 0;
}

/** An undated recalled act (undatedKnown) and a dated report: the same person or target (or, for a saying's day, the same
 *  distinctive victims), the day within reach. */
function undatedCompatible(a: FusionReport, b: FusionReport): boolean {
  const [u, d] = undatedKnown(a) ? [a, b] : [b, a];
  const day = d.mention.date;
  if (undatedKnown(d) || !day?.start || isWide(day)) return false;
  if (unboundedNamed(u)) return sharesVictim(u, d) && (placesCompatible(u.mention.location, d.mention.location) || inferredPlaceOfNamedVictim(u, d));
  const apart = dayNumber(u.mention.date!.end!) - dayNumber(day.start);
  if (apart < 0 || apart > UNDATED_REACH_DAYS) return false;
  // An interval ("between 27 June and 18 August") bounds the day on both sides; a saying's day only from after.
  if (u.mention.date!.start && spanDays(u.mention.date!) > MAX_SPAN_DAYS && day.start < u.mention.date!.start) return false;
  if (!placesCompatible(u.mention.location, d.mention.location) && !inferredPlaceOfNamedVictim(u, d)) return false;
  return sharesVictim(u, d) || sharesTargetName(u, d) || (u.mention.date!.basis === 'reaction' && sharesStoredVictimWord(u, d));
}

/**
 * "In January, a bomb hit the market": a month is shared by every event of that month, and reports keep
 * naming old months. A report of a week or a month fuses only with reports published within this many days of
 * it, so a lookup does not have to read every report that ever named that month.
 */
export const WIDE_HORIZON_DAYS = 90;

export function publishedClose(a: FusionReport, b: FusionReport): boolean {
  if (!a.published || !b.published) return false;
  return Math.abs(dayNumber(a.published) - dayNumber(b.published)) <= WIDE_HORIZON_DAYS;
}

/** Days between a date's start and end (0 for one day). */
export function spanDays(d: MentionDate): number {
  return d.start ? dayNumber(d.end ?? d.start) - dayNumber(d.start) : 0;
}

/** A date wider than a couple of days (a week, a month, "between Monday and Friday"). */
export function isWide(d: MentionDate | null): boolean {
  return !!d && (d.precision !== 'day' || spanDays(d) > NARROW_SPAN_DAYS);
}

export function compatible(a: FusionReport, b: FusionReport): boolean {
  if (hardConflict(a, b)) return false;
  if (undatedKnown(a) || undatedKnown(b)) return undatedCompatible(a, b);
  // A person is killed once: "X was abducted and killed in January", in a report four months on, is the abduction the
  // January reports of X tell. Naming the person bounds the lookup as the publication horizon does (sqlite-fusion.ts).
  if ((isWide(a.mention.date) || isWide(b.mention.date)) && !publishedClose(a, b) && !sharesVictim(a, b)) return false;
  if ((!placesCompatible(a.mention.location, b.mention.location) && !inferredPlaceOfNamedVictim(a, b))
    || !countsCompatible(a.mention.fatalities, b.mention.fatalities) || !countsCompatible(a.mention.injuries, b.mention.injuries)) return false;
  const da = a.mention.date!, db = b.mention.date!;
  // A day that is only the publication day says little: many events share it, and the event may be older
  // ("the murder of the priests" in a report weeks later); so does a place that is only a country. Such a
  // report joins another only when something specific to the event agrees too. (Letting shared rare words
  // bridge days that disagree by up to a week was tried: MUC-4 pairwise F1 21.5 against 18.4, but every
  // candidate lookup then scans weeks, and ingest slows as the store fills until that window is full.)
  if (!datesCompatible(da, db)) return namedVictimBridge(a, b);
  return (!weaklyAnchored(a) && !weaklyAnchored(b)) || corroborated(a, b);
}

/** Two reports that cannot be one event whatever their dates: one report, other classes or countries, other named victims or targets. */
export function hardConflict(a: FusionReport, b: FusionReport): boolean {
  // Two mentions of one report are two events: the report told them apart (the seed's two rocket strikes).
  if (a.documentKey === b.documentKey || !canFuse(a) || !canFuse(b)) return true;
  if (fusionClass(a.mention.sub_event_type) !== fusionClass(b.mention.sub_event_type)) return true;
  if (a.mention.location?.country !== b.mention.location?.country) return true;
  return targetsDiffer(a, b) || victimsDiffer(a, b) || failedAndWentOff(a.mention, b.mention);
}

/** "a second device failed to go off" and a bomb that went off: two devices, not one told two ways. */
function failedAndWentOff(a: Mention, b: Mention): boolean {
  const statuses = new Set([a.status, b.status]);
  return a.event_type === EXPLOSIONS && b.event_type === EXPLOSIONS && statuses.has('attempted') && statuses.has('occurred');
}

/** How long after an event a report may mention it without a date of its own and still be matched by name. */
export const NAMED_VICTIM_DAYS = 31;
/** How far apart two stated days of one named victim's killing may be. */
export const NAMED_VICTIM_STATED_DAYS = 7;

/**
 * "The murder of Luis Carlos Galan" in a report two weeks later, with no date of its own, is dated by the
 * report's day. A person is killed once: when one report's day is only inferred and falls within a month after
 * the other's, and both name the same person among the victims, they are one event.
 */
export function namedVictimBridge(a: FusionReport, b: FusionReport): boolean {
  const da = a.mention.date!, db = b.mention.date!;
  const [early, late] = dayNumber(da.start!) <= dayNumber(db.start!) ? [da, db] : [db, da];
  const apart = dayNumber(late.start!) - dayNumber(early.end ?? early.start!);
  // Only two days can be a few days apart: a month ("In June, ... a similar attack") is not a day near May's end.
  const days = da.precision === 'day' && db.precision === 'day';
  // Reports of one killing disagree on its day by a few days ("early yesterday morning" in a report filed after
  // midnight, the day the body was found): a stated day within a week is the same event when the victim is.
  // So is a target named by words no dictionary holds ("El Espectador"), bombed once in that week.
  if (days && apart <= NAMED_VICTIM_STATED_DAYS && (sharesVictim(a, b) || sharesTargetName(a, b))) return true;
  // So are victims described by the same word not said of everyone ("the Jesuits"), told a day apart (Thursday night
  // in one report, Friday in another).
  if (days && apart <= VICTIM_WORD_DAYS && sharesStoredVictimWord(a, b)) return true;
  if (late.basis === 'stated' || late.basis === undefined || apart > NAMED_VICTIM_DAYS) return false;
  return sharesVictim(a, b);
}

/**
 * "The murder of Luis Carlos Galan" in a report from Medellin is placed by the dateline, not by the event. When
 * either place is only inferred and both name the same person killed or hurt, places of one country agree.
 */
function inferredPlaceOfNamedVictim(a: FusionReport, b: FusionReport): boolean {
  const la = a.mention.location, lb = b.mention.location;
  return !!la && !!lb && la.country === lb.country && (la.basis === 'context' || lb.basis === 'context') && sharesVictim(a, b);
}

/**
 * One names a victim by a surname alone ("Ellacuria"), the other by a full name ending with it ("Ignacio Ellacuria"),
 * of six letters or more and no ordinary word or given name: the same person, when the reports agree otherwise.
 */
export function sharesSurname(a: FusionReport, b: FusionReport): boolean {
  const test = (x: FusionReport, y: FusionReport) => {
    const single = surnamesAlone(x);
    if (single.length === 0) return false; // most mentions: nothing more to read
    const last = new Set([...victimNames(y)].map((n) => fold(n.split(/\s+/).pop()!)));
    return single.some((w) => last.has(w));
  };
  return test(a, b) || test(b, a);
}

const surnameCache = new WeakMap<object, string[]>();

/** Victims named by one word that can be a surname: six letters or more, no ordinary word or given name. */
function surnamesAlone(r: FusionReport): string[] {
  let words = surnameCache.get(r.mention);
  if (!words) {
    words = r.mention.victims.filter((v) => v.type === 'person' && v.name && !/\s/.test(v.name.trim())).map((v) => fold(v.name!.trim()))
      .filter((w) => w.length >= 6 && !isCommonWord(w) && !isGivenName(w) && !isSpanishGivenName(w));
    surnameCache.set(r.mention, words);
  }
  return words;
}

/** Both name one person among the victims (samePerson). */
export function sharesVictim(a: FusionReport, b: FusionReport): boolean {
  const vb = victimNames(b);
  return [...victimNames(a)].some((x) => [...vb].some((y) => samePerson(x, y)));
}

/**
 * Two written names of one person: two words in common, one of them not a given name. Keys and reports write
 * "Luis Carlos Galan", "Luis Carlos Galan Sarmiento" and "Luis Carlos Carlos Galan"; "Jose Maria Lopez" and
 * "Jose Maria Martinez" share only given names.
 */
export function samePerson(x: string, y: string): boolean {
  const wy = [...new Set(y.split(/[^\p{L}]+/u).filter((w) => w.length >= 3))];
  const wx = [...new Set(x.split(/[^\p{L}]+/u).filter((w) => w.length >= 3))];
  const shared = wx.filter((w) => wy.some((v) => sameWord(w, v)));
  if (shared.length < 2) return false;
  if (shared.some((w) => !isGivenName(w) && !isSpanishGivenName(w))) return true;
  // "James Arthur Donelley" and "James Arthur Donnelly": the same given names, and a long surname spelt two ways.
  const [lx, ly] = [wx[wx.length - 1], wy[wy.length - 1]];
  return shared.length === wx.length - 1 && shared.length === wy.length - 1 && Math.min(lx.length, ly.length) >= 7 && twoEditsApart(lx, ly);
}

/** One word of a name as two reports spell it: equal or, six letters or more, one letter apart ("Connolly",
 *  "Conolly"; "Bernard", "Bernardo"). Shorter words a letter apart are other names ("Ortiz", "Ortez"). */
function sameWord(u: string, v: string): boolean {
  if (u === v) return true;
  return Math.min(u.length, v.length) >= 5 && Math.max(u.length, v.length) >= 6 && oneEditApart(u, v);
}

/**
 * Both reports name the people killed or hurt and no one is named by both: Galan shot at a rally and Colonel
 * Quintero shot in the street, near Bogota on one day, are two attacks.
 */
export function victimsDiffer(a: FusionReport, b: FusionReport): boolean {
  return victimNames(a).size > 0 && victimNames(b).size > 0 && !sharesVictim(a, b);
}

const victimNameCache = new WeakMap<object, Set<string>>();

/** Full names of people among the victims (two words or more), lower case: "luis carlos galan". */
export function victimNames(r: FusionReport): Set<string> {
  let names = victimNameCache.get(r.mention);
  if (!names) {
    names = victimFullNames(r.mention);
    victimNameCache.set(r.mention, names);
  }
  return names;
}

/** Rare words two reports' evidence must share to count as corroboration. */
const SHARED_RARE_WORDS = 2;

export function weaklyAnchored(r: FusionReport): boolean {
  const m = r.mention;
  return m.date?.basis === 'publication' || m.date?.basis === 'report' || m.date?.basis === 'reaction' || isWide(m.date) || !m.location || m.location.precision === 'country' || m.location.precision === 'region';
}

/** Both tell a single day, the same or the next, and describe their unnamed victims by one word not said of everyone ("the Jesuits"). */
export function sameVictimsToldDays(a: FusionReport, b: FusionReport): boolean {
  const da = a.mention.date, db = b.mention.date;
  // A date without a basis (a record from before bases were written) counts as told.
  const told = (d: typeof da) => d?.precision === 'day' && (d.basis === undefined || d.basis === 'stated' || d.basis === 'context') && d.start === d.end;
  if (!told(da) || !told(db) || Math.abs(dayNumber(da!.start!) - dayNumber(db!.start!)) > VICTIM_WORD_DAYS) return false;
  return sharesStoredVictimWord(a, b);
}

/** How far apart two told days of victims described by one distinctive word may be (MUC-4 pairwise F1 69.6 -> 71.1). */
const VICTIM_WORD_DAYS = 1;

function sharesStoredVictimWord(a: FusionReport, b: FusionReport): boolean {
  const wb = storedVictimWords(b);
  return [...storedVictimWords(a)].some((w) => wb.has(w));
}

const victimWordCache = new WeakMap<object, Set<string>>();

/** victimWords of a stored mention, read once (a stored mention does not change). */
function storedVictimWords(r: FusionReport): Set<string> {
  let words = victimWordCache.get(r.mention);
  if (!words) {
    words = victimWords(r.mention);
    victimWordCache.set(r.mention, words);
  }
  return words;
}

/** Tolls of one or two are too common to tell events apart. */
const MIN_SHARED_TOLL = 3;

/** Something specific to one event that both reports give: a named participant, rare words, the same toll, the same site. */
export function corroborated(a: FusionReport, b: FusionReport): boolean {
  if (sharesParticipant(a, b) || sharesVictim(a, b) || sharesTargetName(a, b) || sharedRareWords(a, b) >= SHARED_RARE_WORDS) return true;
  if (sharesSurname(a, b)) return true;
  if (sameVictimsToldDays(a, b)) return true;
  const same = (x: Count | null, y: Count | null) => x?.best != null && x.best >= MIN_SHARED_TOLL && x.best === y?.best;
  if (same(a.mention.fatalities, b.mention.fatalities) || same(a.mention.injuries, b.mention.injuries)) return true;
  const la = a.mention.location, lb = b.mention.location;
  return !!la && !!lb && (la.precision === 'facility' || la.precision === 'neighbourhood') && la.name === lb.name;
}

const rareCache = new WeakMap<object, Set<string>>();

/** Words of four letters or more in the mention's evidence that are not ordinary English words, any case. */
// Names of days and months are in every report and in no dictionary of ordinary words.
const CALENDAR_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;

// "LIMA, 4 MAR 90 (RADIO ANDINA NETWORK) -- [TEXT]": the outlet that filed it is in every report it
// files, whatever the event; its name is no word of the event's.
const DATELINE_HEAD = /^[^\n]{0,40}?\d[^\n]{0,80}?(\s(--|—|–)|\)\s*-)\s+(\[[^\]]*\]\s*)*/;

/** Lower case without accents (normalizeName), so "Sanliurfa" in the text is the place "Şanlıurfa". */
const fold = normalizeName;

function rareWords(r: FusionReport): Set<string> {
  let words = rareCache.get(r.mention);
  if (!words) {
    const text = fold(r.mention.evidence.map((e) => e.text.replace(DATELINE_HEAD, '')).join(' '));
    // "Farabundo Marti ... (FMLN)": a group the lexicon names takes part in many events (participantKeys); the words
    // of its name, as named and as written, tell none of them apart.
    const groups = new Set([...r.mention.perpetrators, ...r.mention.targets, ...r.mention.victims].filter((x) => x.name && x.type !== 'person')
      .flatMap((x) => fold(`${x.name} ${x.text}`).match(/\p{L}{4,}/gu) ?? []));
    words = new Set((text.match(/\p{L}{4,}/gu) ?? []).filter((w) => !isCommonWord(w) && !CALENDAR_WORD.test(w) && !groups.has(w)));
    rareCache.set(r.mention, words);
  }
  return words;
}

export function sharedRareWords(a: FusionReport, b: FusionReport): number {
  const wb = rareWords(b);
  let n = 0;
  for (const w of rareWords(a)) if (wb.has(w) && !isPlaceWord(w, a, b)) n++;
  return n;
}

const placeWordCache = new WeakMap<object, Set<string>>();

/** The place's own name is in every report from there: it tells nothing about which event. */
function isPlaceWord(w: string, a: FusionReport, b: FusionReport): boolean {
  return placeWords(a).has(w) || placeWords(b).has(w);
}

function placeWords(r: FusionReport): Set<string> {
  let words = placeWordCache.get(r.mention);
  if (!words) {
    words = new Set(fold(`${r.mention.location?.name ?? ''} ${r.mention.location?.text ?? ''}`).match(/\p{L}{4,}/gu) ?? []);
    placeWordCache.set(r.mention, words);
  }
  return words;
}

function sharesParticipant(a: FusionReport, b: FusionReport): boolean {
  const pb = participantKeys(b);
  return [...participantKeys(a)].some((k) => pb.has(k));
}

/** Named participants: lexicon names, and phrases of two or more words that are not a bare count of people. */
function participantKeys(r: FusionReport): Set<string> {
  const keys = new Set<string>();
  for (const x of [...r.mention.perpetrators, ...r.mention.targets, ...r.mention.victims]) {
    // A collective named by the lexicon ("Civilians", "Police", "FMLN") takes part in many events of a day and a
    // country: it tells no event from another (as corroboration it chained months of reports in one country).
    if (x.name && x.type !== 'person') continue;
    if (x.name) { keys.add(x.name.toLowerCase()); continue; }
    const words = x.text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').split(/\s+/).filter((w) => w && !/^(the|a|an|of|and|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens|people|persons|civilians|soldiers|men|women|children|members)$/.test(w));
    if (words.length >= 2) keys.add(words.join(' '));
  }
  return keys;
}

/**
 * Both reports name what was hit by words no dictionary holds and share none of them: the FENASTRAS hall and
 * the COMADRES office bombed in one city on one day are two bombings. Ordinary words ("the bank") decide nothing.
 */
export function targetsDiffer(a: FusionReport, b: FusionReport): boolean {
  const na = targetWords(a), nb = targetWords(b);
  return na.size > 0 && nb.size > 0 && ![...na].some((w) => nb.has(w));
}

/** How many days apart another report of the same event may date it (the store's lookup window reaches that far). */
export function bridgeDays(r: FusionReport): number {
  return victimNames(r).size > 0 ? NAMED_VICTIM_DAYS : targetWords(r).size > 0 ? NAMED_VICTIM_STATED_DAYS : 0;
}

/** "El Espectador newspaper" and "El Espectador's offices": what was hit shares a word no dictionary holds, not a place's. */
export function sharesTargetName(a: FusionReport, b: FusionReport): boolean {
  const tb = targetWords(b);
  return [...targetWords(a)].some((w) => tb.has(w) && !isPlaceWord(w, a, b));
}

const targetCache = new WeakMap<object, Set<string>>();

/** Words of four letters or more in the names of what the mention says was hit, not ordinary English words. */
function targetWords(r: FusionReport): Set<string> {
  let words = targetCache.get(r.mention);
  if (!words) {
    words = new Set(r.mention.targets.flatMap((t) => fold(t.name ?? t.text).match(/\p{L}{4,}/gu) ?? []).filter((w) => !isCommonWord(w)));
    targetCache.set(r.mention, words);
  }
  return words;
}

/** Date slack in days: a date worked out from the publication day or a neighbouring sentence may be a day off. */
function slackDays(d: MentionDate): number {
  // Only a day may be a day off: with slack, "in May" and "in June" would touch, and months would chain.
  if (d.precision !== 'day') return 0;
  // "nine days ago": a count back from the report's day may be a day off, like a day carried from another sentence.
  if (/\b(ago|earlier)\b/i.test(d.text ?? '')) return 1;
  return d.basis === 'publication' || d.basis === 'report' || d.basis === 'context' ? 1 : 0;
}

export function datesCompatible(a: MentionDate, b: MentionDate): boolean {
  const slack = a.precision === 'day' && b.precision === 'day' ? Math.max(slackDays(a), slackDays(b)) : 0;
  return dayNumber(a.start!) <= dayNumber(b.end ?? b.start!) + slack && dayNumber(b.start!) <= dayNumber(a.end ?? a.start!) + slack;
}

export function placesCompatible(a: MentionLocation | null, b: MentionLocation | null): boolean {
  // A mention without a place does not contradict one with a place.
  if (!a || !b) return true;
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return true;
  // Countries of one code are one country wherever their points were put.
  if (a.precision === 'country' || b.precision === 'country') return true;
  // "in San Miguel Department" and a town of Usulutan are two places, however near their points (a department's
  // point and a town known only roughly can be the same one). Two towns are left to distance: "Lima" and "Callao".
  if ((a.precision === 'admin1' || b.precision === 'admin1') && a.admin1 && b.admin1 && a.admin1 !== b.admin1) return false;
  return haversineKm(a.lat, a.lon, b.lat, b.lon) <= Math.max(radiusKm(a), radiusKm(b)) + PLACE_SLACK_KM;
}

export function radiusKm(l: MentionLocation): number {
  return l.radius_km ?? DEFAULT_RADIUS_KM[l.precision];
}

/**
 * Tolls change as reports come in ("the toll rose to 12"; a first report's 3 wounded become 30 in hospital
 * counts the next day), so only figures too far apart to be one event's toll disagree: an explicit 0 against
 * 11 or more, or one figure more than ten times the other plus ten. (Five times plus five split MUC-4's reports
 * of one bombing whose wounded rose from 3 to 30; loosening it raised pairwise F1 13.2 -> 14.4.)
 */
export function countsCompatible(a: Count | null, b: Count | null): boolean {
  if (a?.best == null || b?.best == null) return true;
  const lo = Math.min(a.best, b.best), hi = Math.max(a.best, b.best);
  return hi <= 10 * lo + 10;
}

/** How alike two compatible mentions are, to choose among several incidents a mention could join. */
export function similarity(a: FusionReport, b: FusionReport): number {
  const ma = a.mention, mb = b.mention;
  let s = 0;
  if (ma.sub_event_type === mb.sub_event_type) s += 2;
  if (ma.date?.start === mb.date?.start && ma.date?.precision === mb.date?.precision) s += 2;
  const la = ma.location, lb = mb.location;
  if (la && lb && la.lat !== null && lb.lat !== null && la.lon !== null && lb.lon !== null) {
    s += 2 / (1 + haversineKm(la.lat, la.lon, lb.lat, lb.lon) / 5);
  }
  if (la?.name && la.name === lb?.name) s += 1;
  if (ma.fatalities?.best != null && ma.fatalities.best === mb.fatalities?.best) s += 1;
  const names = (m: typeof ma) => new Set([...m.perpetrators, ...m.targets].map((x) => (x.name ?? x.text).toLowerCase()));
  const na = names(ma);
  for (const n of names(mb)) if (na.has(n)) s += 0.5;
  // The same person named hit: of two mentions of one report, the one naming the incident's victim is its report.
  if (sharesVictim(a, b)) s += 2;
  const wa = new Set(ma.weapons.map((w) => w.type));
  for (const w of mb.weapons) if (wa.has(w.type)) s += 0.5;
  return s;
}

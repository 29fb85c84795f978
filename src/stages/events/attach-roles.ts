// Sentences without an incident of their own that still say who was hurt: "The victims were identified as X
// and Y". What they say belongs to the incident reported just before them.
import type { Actor } from '../../contract/mention.js';
import type { Doc, Span } from '../../doc/doc.js';
import { layer } from '../../doc/doc.js';
import { findPersons } from '../actors/persons.js';
import { isAllCaps } from '../sentences/index.js';
import type { Draft } from './merge.js';
import { bystanderFree, listedVictims, personActor, speaksHere } from './person-roles.js';
import { assignRoles } from './roles.js';
import { type TriggerHit, findTriggers } from './find-triggers.js';
import { isAggregate, isGenericNominal, modalityOf } from './modality.js';
import { isNonConflict } from './domain.js';
import { addReportGroup, reportGroup, saysUnclaimed } from './perpetrator-group.js';
import { notSuspects, suspectNames } from './perpetrator-suspects.js';

const PERSONAL = new Set(['Attack', 'Abduction/forced disappearance']);
/** How many sentences after an incident a sentence may still speak of it. */
const REACH = 5;

/**
 * A sentence whose incident words speak of no incident as news: denied, hoped for, habitual, earlier or general.
 * hits: findTriggers(sentence) when the caller has it already.
 */
function notNews(sentence: string, hits?: TriggerHit[]): boolean {
  const s = sentence.replace(/\s/g, ' ');
  if (isNonConflict(s)) return true;
  return (hits ?? findTriggers(sentence)).some((t) => {
    const before = s.slice(0, t.start);
    const modality = modalityOf(before, t.text, s.slice(t.end));
    return !modality || modality.background || isAggregate(before, t.text, false) || isGenericNominal(before, t.text, false);
  });
}

// "[REPORT] [X] [TEXT]", "[INTERVIEW WITH X BY Y] [TEXT]": a wire header names the reporter or the one interviewed.
const inWireHeader = (text: string, p: Span) => {
  const body = text.search(/\[(TEXT|EXCERPT)\]/i);
  return body >= 0 && body < 600 && p.end <= body && /\[[^\]]*$/.test(text.slice(0, p.start));
};

/** triggersOf: by sentence index, the trigger hits findMentions found there (absent: found again here). */
export function attachRoles(doc: Doc, drafts: Draft[], triggersOf: TriggerHit[][] = []): void {
  const text = doc.text;
  const sentences = layer(doc, 'sentences');
  const tokens = layer(doc, 'tokens');
  const persons = findPersons(text, tokens, isAllCaps(text));
  const [actors, places, excluded, dates] = [layer(doc, 'actors'), layer(doc, 'places'), layer(doc, 'excluded'), layer(doc, 'dates')];
  const evidence = new Set(drafts.flatMap((d) => d.mention.evidence.map((e) => e.start)));
  // An attack on people whose evidence names someone not speaking and not acting: that person was hurt.
  // One the report quotes elsewhere ("X denied", "X said") is a voice in the story, not someone it hurt.
  const voiced = new Set(persons.filter((p) => speaksHere(text, p) || inWireHeader(text, p)).map((p) => p.name));
  for (const d of drafts) {
    const m = d.mention;
    if (m.background || !PERSONAL.has(m.sub_event_type) || m.victims.some((v) => v.type === 'person' && v.name)) continue;
    const named = new Set(m.perpetrators.map((a) => a.name));
    for (const n of voiced) named.add(n);
    for (const e of m.evidence) {
      for (const p of persons) {
        if (p.start < e.start || p.end > e.end || named.has(p.name) || !bystanderFree(text, p, e.start)) continue;
        m.victims.push(personActor(text, p));
        named.add(p.name);
      }
    }
  }
  sentences.forEach((sentence, index) => {
    if (evidence.has(sentence.start)) return;
    const news = (d: Draft) => !d.mention.background && d.mention.event_type !== 'Strategic developments';
    // A sentence before any incident (a lead that names who, before the sentence that tells what) speaks of the next one.
    const before = [...drafts].reverse().find((d) => news(d) && d.sentence < index && index - d.sentence <= REACH);
    // "The body of X lies in state ... [later] the cartel carried out the assassination": the people a lead names as
    // dead are the victims of the first attack on people the report tells, as far on as one told after an incident.
    let listed: ReturnType<typeof listedVictims> | undefined;
    const listedHere = () => (listed ??= listedVictims(text, sentence, persons));
    const ahead = (d: Draft) => news(d) && d.sentence > index && d.sentence - index <= (PERSONAL.has(d.mention.sub_event_type) && listedHere().length > 0 ? REACH : 2);
    const host = before ?? (drafts.some((d) => d.sentence < index) ? undefined : drafts.find(ahead));
    if (!host) return;
    // "the front had also claimed the attack on X during his trip to the city in August 1988": a sentence that dates what
    // it tells months before the incident speaks of another act.
    const day = host.mention.date?.start;
    if (day && dates.some((d) => d.start >= sentence.start && d.end <= sentence.end && d.range && !d.relativeToContext && Date.parse(day) - Date.parse(d.range.end) > RETOLD_WITHIN_DAYS * 864e5)) return;
    // Said before the incident is told, what it hit is too loosely tied to it: only who did it and who was hurt.
    const roleNames = before ? (['perpetrators', 'targets', 'victims'] as const) : (['perpetrators', 'victims'] as const);
    const m = host.mention;
    const known = (a: Actor) => [...m.perpetrators, ...m.targets, ...m.victims].some((x) => (x.name ?? x.text) === (a.name ?? a.text));
    for (const p of listedHere()) {
      const a = personActor(text, p);
      if (!known(a)) m.victims.push(a);
    }
    // "Members of the front machinegunned the helicopter", "the bomb was placed by two men": a sentence with no
    // incident of its own may still say, in a verb frame, who did it and what was hit.
    // One whose own incident words were judged not news ("has repeatedly attacked minibuses in the past") adds nothing.
    if (excluded.some((e) => e.start < sentence.end && sentence.start < e.end) || notNews(text.slice(sentence.start, sentence.end), triggersOf[index])) return;
    const roles = assignRoles(text, sentence, sentence, tokens, actors, places, false);
    for (const role of roleNames) for (const a of roles[role]) if (!known(a)) m[role].push(a);
  });
  addSuspects(doc, drafts, persons);
  joinBackgroundRetelling(drafts);
  const group = reportGroup(actors, excluded);
  if (!group) return;
  const unclaimed = saysUnclaimed(text);
  for (const d of drafts) if (!d.mention.background) addReportGroup(d.mention, group, unclaimed);
}

/**
 * Named suspects ("X and Y were arrested following the attack") go to the incident their sentence tells, or to the
 * news incident told up to REACH sentences before it; one already named as hurt stays a victim.
 */
function addSuspects(doc: Doc, drafts: Draft[], persons: ReturnType<typeof findPersons>): void {
  const news = (d: Draft) => !d.mention.background && d.mention.event_type !== 'Strategic developments';
  const excluded = notSuspects(doc.text, persons);
  const sentences = layer(doc, 'sentences');
  sentences.forEach((sentence, index) => {
    const found = suspectNames(doc.text, sentence, persons, excluded, sentences[index - 1]);
    if (found.length === 0) return;
    const host = drafts.find((d) => news(d) && d.mention.evidence.some((e) => e.start <= sentence.start && sentence.start < e.end))
      ?? [...drafts].reverse().find((d) => news(d) && d.sentence < index && index - d.sentence <= REACH);
    if (!host) return;
    const m = host.mention;
    for (const { person, attribution } of found) {
      const a = personActor(doc.text, person, attribution);
      if (![...m.perpetrators, ...m.victims].some((x) => x.name === a.name)) m.perpetrators.push(a);
    }
  });
}

/**
 * "Lopez Albujar died today after an attack. Lopez Albujar, a former minister, was riddled with bullets by three
 * young men": a sentence read as background that names the same person hurt tells the news incident again, and who
 * did it, what was hit and with what belong to the news incident too. One of the same kind dated the same day as a
 * news incident is most often that incident told again too.
 */
/** A background act stated more than this many days before a news act of its town is another act. */
const RETOLD_WITHIN_DAYS = 31;

export function joinBackgroundRetelling(drafts: Draft[]): void {
  // The named people hurt, and the places hit when named ("the Sheraton Hotel", not "the building").
  const hurt = (d: Draft) => new Set([...d.mention.victims.filter((v) => v.type === 'person' && v.name).map((v) => v.name),
    ...d.mention.targets.filter((t) => t.text.trim().split(/\s+/).length >= 2).map((t) => t.text.toLowerCase().replace(/\s+/g, ' '))]);
  const news = (d: Draft) => !d.mention.background && d.mention.event_type !== 'Strategic developments';
  for (const b of drafts) {
    if (!b.mention.background) continue;
    const names = hurt(b);
    const [bd, bl] = [b.mention.date, b.mention.location];
    const sameKind = (d: Draft) => d.mention.sub_event_type === b.mention.sub_event_type;
    // "the attack on the minister during his trip there in August 1988", in a report on a killing in the same town in May 1989.
    const monthsApart = (d: Draft) => bd?.basis === 'stated' && !!bd.end && !!d.mention.date?.start && Date.parse(d.mention.date.start) - Date.parse(bd.end) > RETOLD_WITHIN_DAYS * 864e5;
    const sameDay = (d: Draft) => sameKind(d) && bd?.precision === 'day' && d.mention.date?.precision === 'day' && d.mention.date.start === bd.start;
    // The same town or facility (not a whole province or country), said of the background act itself: one carried
    // over from the sentences before ("a watchman was killed in Sevilla. After the assassination of X, ...") is the news's.
    const samePlace = (d: Draft) => sameKind(d) && !!bl && bl.basis === 'stated' && !monthsApart(d) && !/^(country|admin1|region)$/.test(bl.precision) && d.mention.location?.name === bl.name && d.mention.location?.geonames_id === bl.geonames_id;
    const shared = drafts.find((d) => news(d) && [...hurt(d)].some((x) => names.has(x)));
    const dated = shared ?? drafts.find((d) => news(d) && sameDay(d));
    // "the communique denying any part in the murder of minister X ... the assassination of an aged, defenceless
    // person": the one act of its kind the report tells as news, with no day, place or victim of its own, is the act
    // it names as known (when it names one and only one of that kind).
    const bare = (d: Draft) => sameKind(d) && d.mention.location?.basis !== 'stated' && d.mention.victims.length === 0 && (d.mention.date?.basis === 'publication' || d.mention.date?.basis === 'report');
    const alone = names.size > 0 && !bd?.start && drafts.filter((d) => d.mention.background && sameKind(d)).length === 1 && drafts.filter((d) => news(d) && sameKind(d)).length === 1;
    const n = dated ?? drafts.find((d) => news(d) && samePlace(d)) ?? (alone ? drafts.find((d) => news(d) && bare(d)) : undefined);
    if (!n) continue;
    const m = n.mention;
    const known = (a: Actor) => [...m.perpetrators, ...m.targets, ...m.victims].some((x) => (x.name ?? x.text) === (a.name ?? a.text));
    // Told for the same day or place only, what it hit may be another place of the day's events: who did it and
    // who was hurt join; the weapons too when the day is the same.
    for (const role of shared ? (['perpetrators', 'targets', 'victims'] as const) : (['perpetrators', 'victims'] as const)) for (const a of b.mention[role]) if (!known(a)) m[role].push(a);
    if (dated) for (const w of b.mention.weapons) if (!m.weapons.some((x) => x.text === w.text)) m.weapons.push(w);
  }
}

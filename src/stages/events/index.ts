// Events: per sentence, incident mentions from trigger rules; sentences about the same incident join it.
import type { Mention } from '../../contract/mention.js';
import type { Doc, PlaceSpan, Sentence, Span } from '../../doc/doc.js';
import type { Stage } from '../../doc/stage.js';
import { layer } from '../../doc/doc.js';
import { attachRoles } from './attach-roles.js';
import { buildDraft, confidenceOf } from './build-mention.js';
import { type TriggerHit, findTriggers, groupBySubType } from './find-triggers.js';
import { chooseLocation, documentPlace, homeCountry, toLocation } from './locate.js';
import { isDateline } from './dateline.js';
import { lookAheadPlaces } from './place-look-ahead.js';
import { nationalBodyPlace } from './national-body.js';
import { countsItsDead, oneActPerNamedDead, splitVictimLists } from './victim-lists.js';
import { splitByPlaceList } from './place-lists.js';
import { type Draft, absorb, findHost, mergeSameVictims, promoteFollowUpSubjects } from './merge.js';
import { isAggregate, isGenericNominal, modalityOf, reportedInPlaces } from './modality.js';
import { outletSpans } from './attribution.js';
import { truecase } from './truecase.js';
import { isAllCaps } from '../sentences/index.js';
import { hasViolentContext, isNonConflict } from './domain.js';
import { namedPossessor } from './named-possessor.js';
import { retypeAttackOnForces } from './combatants.js';

export function findMentions(doc: Doc): Mention[] {
  const text = doc.text;
  const excluded = layer(doc, 'excluded');
  const sentences = layer(doc, 'sentences');
  const dates = layer(doc, 'dates');
  const actors = layer(doc, 'actors');
  const casedText = isAllCaps(text) ? truecase(text, [...layer(doc, 'places'), ...actors, ...outletSpans(text)]) : text;
  const drafts: Draft[] = [];
  // Each sentence's trigger hits, kept for attachRoles, which asks about the same sentences again.
  const triggersOf: TriggerHit[][] = [];
  // The country the report is about, worked out once for every incident that inherits its place (undefined: not yet).
  let country: string | null | undefined;
  const reportCountry = () => (country === undefined ? (country = homeCountry(text, layer(doc, 'places'), actors)) : country);
  // Its places, filtered once: one array for every incident that inherits its place, so that homeCountry's
  // per-array cache answers for them all (it was counted again per incident).
  let inCountry: PlaceSpan[] | undefined;
  const placesInCountry = () => (inCountry ??= layer(doc, 'places').filter((p) => !reportCountry() || p.country === reportCountry()));
  sentences.forEach((sentence, index) => {
    if (excluded.some((e) => e.start < sentence.end && sentence.start < e.end)) return;
    const raw = text.slice(sentence.start, sentence.end);
    // Most sentences hold no trigger: look for one before anything else is read (the output is the same).
    const hits = findTriggers(raw);
    triggersOf[index] = hits;
    if (hits.length === 0) return;
    // Line breaks inside phrases read as spaces (same length: offsets into the sentence still hold).
    const s = /[^\S ]/.test(raw) ? raw.replace(/\s/g, ' ') : raw;
    if (isNonConflict(s)) return;
    const actorsHere = actors.filter((a) => a.start >= sentence.start && a.end <= sentence.end).length;
    const groups = groupBySubType(hits, s);
    groups.forEach((group, g) => {
      const lead = group[0];
      // A generic "killed" or "attack" with no agent or weapon in sight is not yet an incident.
      // A stated day ("tonight", "on Tuesday") makes it a specific event too.
      // A named day counts even when no publication date lets it be resolved ("on Saturday" in a bare snippet).
      const dayDate = dates.some((d) => d.start >= sentence.start && d.end <= sentence.end && (d.range?.precision === 'day' || d.relativeToContext || d.value.startsWith('XXXX-XX-XX')));
      const before = s.slice(0, lead.start), after = s.slice(lead.end);
      const byPlaces = reportedInPlaces(after);
      if (lead.rule.weak && !lead.anaphoric && !dayDate && !byPlaces && !hasViolentContext(s, actorsHere) && !namedPossessor(before)) return;
      const modality = modalityOf(before, lead.text, after);
      if (!modality) return;
      // "a wave of raids that took the lives of X, a guard and a judge": the dead it names are known acts.
      const listedDead = !lead.anaphoric && !byPlaces && isAggregate(before, lead.text, dayDate);
      if (listedDead && !countsItsDead(after)) return;
      if (!lead.anaphoric && !byPlaces && !listedDead && isGenericNominal(before, lead.text, dayDate)) return;
      // "a faction that split from the TTP in 2016": a description of the group, not news of a change.
      if (lead.rule.name === 'group-change' && /\b(which|that|who|whose)\s+([\w-]+\s+){0,3}$/i.test(before)) return;
      // "Hours later" counts from the latest news incident, not from a threat or an earlier incident.
      // With no news incident yet, the earlier incident just told ("Hours after the rockets hit the airport, a bomb ...").
      const dated = [...drafts].reverse().filter((d) => d.mention.date?.start && d.mention.event_type !== 'Strategic developments');
      const anchorDraft = dated.find((d) => !d.mention.background) ?? dated.find((d) => (d.last ?? d.sentence) >= index - 1);
      const region = regionOf(sentence, s, layer(doc, 'places'), groups, g);
      const draft = buildDraft(doc, casedText, sentence, region, index, group, modality, anchorDraft?.mention.date?.start ?? null, { start: region.placeStart, end: region.end });
      inheritPlace(doc, draft, placesInCountry);
      const host = findHost(drafts, draft, lead.anaphoric, s, /s$/i.test(lead.text));
      // "The abduction itself takes up only a few pages": a reference back with nothing to refer to.
      // "Ana Maria Lopez's murder drew protests": the act is named by its victim, not referred back to.
      if (!host && lead.anaphoric && !hasViolentContext(s, actorsHere) && !namedPossessor(before)) return;
      if (listedDead) draft.listedDead = true;
      if (host && !listedDead) absorb(host, draft);
      else drafts.push(draft);
    });
  });
  promoteFollowUpSubjects(drafts, doc.published);
  // No incident: nothing to place or look ahead for (the report's own place was 2% of the profile, for nothing).
  if (drafts.length === 0) return [];
  attachRoles(doc, drafts, triggersOf);
  mergeSameVictims(drafts);
  // A place in a headline or a related-links list is not one the report's own text gives.
  const bodyPlaces = layer(doc, 'places').filter((p) => !excluded.some((e) => e.start < p.end && p.start < e.end));
  const fallback = documentPlace(doc.text, bodyPlaces, actors);
  lookAhead(doc, drafts, bodyPlaces);
  const mentions = drafts.flatMap((d) => {
    const m = d.mention;
    // "the president today charged that a colonel ordered the murder of the priests": the day is the charge's; the
    // murder, named as known, happened on or before it (fusion looks for it in the months before).
    if (d.reactionDate && m.date?.basis === 'stated' && m.date.start) m.date.basis = 'reaction';
    retypeAttackOnForces(m);
    if (!m.location && fallback) m.location = toLocation(fallback, text, 'context');
    // "the assassination of Ayatollah X" with no place in or before its sentence, or only one in another country.
    const known = d.victimCountry;
    if (known && (!m.location || (m.location.basis !== 'stated' && m.location.country !== known.country))) m.location = toLocation(known, text, 'context');
    // "gunmen killed two judges in Ecuador this morning", datelined Quito: a country says less
    // than the dateline's town in it, as for a sentence that names no place (MUC-4 location 727 -> 730 of 1111).
    const town = m.location?.precision === 'country' ? datelineTown(text, bodyPlaces, m.location.country) : null;
    if (town) m.location = toLocation(town, text, 'context');
    m.confidence = confidenceOf(m);
    if (d.listedDead) return oneActPerNamedDead(m);
    return splitByPlaceList(m, text, bodyPlaces);
  });
  const listed = splitVictimLists(mentions, text);
  listed.forEach((m, n) => { m.id = `${doc.raw.id}#${n + 1}`; });
  return listed;
}

/** Several incidents in one sentence: each owns the words from the end of the previous trigger to the next one. */
function regionOf(sentence: Sentence, sentenceText: string, places: PlaceSpan[], groups: TriggerHit[][], g: number): Span & { placeStart: number } {
  if (groups.length < 2) return { start: sentence.start, end: sentence.end, placeStart: sentence.start };
  const leads = groups.map((x) => x[0]).sort((a, b) => a.start - b.start);
  const lead = groups[g][0];
  const k = leads.indexOf(lead);
  const end = k === leads.length - 1 ? sentence.end : sentence.start + leads[k + 1].start;
  if (k === 0) return { start: sentence.start, end, placeStart: sentence.start };
  // "Hours after the rockets hit the airport, a roadside bomb damaged trucks in Dora": when this trigger's own
  // clause names a place, the clause of the trigger before (up to the comma) and its place are not this incident's.
  const between = sentenceText.slice(leads[k - 1].end, lead.start);
  const clause = Math.max(between.lastIndexOf(', '), between.lastIndexOf('; '));
  const start = sentence.start + leads[k - 1].end;
  if (clause < 0) return { start, end, placeStart: start };
  const own = start + clause + 2;
  return { start, end, placeStart: places.some((p) => p.start >= own && p.end <= end) ? own : start };
}

/** A sentence with no place of its own continues where the previous sentences were, within the report's country. */
function inheritPlace(doc: Doc, draft: Draft, placesInCountry: () => PlaceSpan[]): void {
  if (draft.mention.location) return;
  if (draft.mention.event_type === 'Strategic developments') {
    const body = nationalBodyPlace(layer(doc, 'sentences')[draft.sentence], layer(doc, 'actors'));
    if (body) { draft.mention.location = toLocation(body, doc.text, 'context'); return; }
  }
  const sentences = layer(doc, 'sentences');
  const places = layer(doc, 'places');
  const inCountry = placesInCountry();
  let countryLevel: PlaceSpan | null = null;
  for (let k = draft.sentence - 1; k >= Math.max(0, draft.sentence - 2); k--) {
    const sentence = sentences[k];
    const end = { start: sentence.end, end: sentence.end };
    const p = chooseLocation(doc.text, sentence, end, inCountry, layer(doc, 'actors'), []);
    if (!p) continue;
    // "... in Lima. Peru's police said ... . The bomb ...": a country in the nearer sentence says less than the
    // town of the same country a sentence further back, so the search goes on for one.
    if (p.precision === 'country' || p.precision === 'region') {
      if (countryLevel === null) countryLevel = p;
      continue;
    }
    if (countryLevel && p.country !== countryLevel.country) break;
    draft.mention.location = toLocation(p, doc.text, 'context');
    return;
  }
  if (!countryLevel) return;
  const p: PlaceSpan = countryLevel;
  // A country says less than the dateline's town in it, which an incident no sentence places defaults to.
  draft.mention.location = toLocation(datelineTown(doc.text, places, p.country) ?? p, doc.text, 'context');
}

/** The dateline's town, when it is in the country. */
function datelineTown(text: string, places: PlaceSpan[], country: string | null): PlaceSpan | null {
  return places.find((q) => isDateline(text, q) && q.country === country && q.precision === 'city') ?? null;
}

/** A sentence after an incident that speaks of it again may say where it was. */
function lookAhead(doc: Doc, drafts: Draft[], places: PlaceSpan[]): void {
  const sentences = layer(doc, 'sentences'), actors = layer(doc, 'actors');
  const indexOf = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const used = drafts.map((d) => [d.sentence, ...d.mention.evidence.map((e) => indexOf(e.start))]);
  const home = homeCountry(doc.text, places, actors);
  lookAheadPlaces({ text: doc.text, sentences, places, actors, used, home }, drafts.map((d) => d.mention));
}

export const eventsStage: Stage = {
  name: 'events',
  needs: ['excluded', 'sentences', 'numbers', 'dates', 'places', 'actors'],
  adds: ['mentions'],
  run(doc) {
    doc.layers.mentions = findMentions(doc);
  },
};

// Perpetrators, targets and victims of one incident: actors from the lexicon by their place around the trigger,
// and noun phrases in the verb frames that name them ("killing three soldiers", "a bomb exploded at the bank",
// "were kidnapped by guerrillas").
import type { Actor } from '../../contract/mention.js';
import type { ActorSpan, PlaceSpan, Span, Token } from '../../doc/doc.js';
import { type Phrase, coordinated, listed, phraseAfter, phraseBefore } from './noun-phrases.js';
import { activeSubject } from './active-subject.js';
import { byAfter, statedPerpetrators } from './responsibility.js';
import { findPersons } from '../actors/persons.js';
import { isAllCaps } from '../sentences/index.js';
import { harmedPersons, listedVictims, personActor } from './person-roles.js';
import { groupActor, peopleActor, perpetratorParts, splitGroupPeople, unknownOrganisation } from './perpetrator-phrase.js';
import { isCommonWord } from '../places/common-words.js';
import { isPhysicalTarget } from './target-heads.js';
import { fitTarget, placedTargets } from './target-phrase.js';
import { armedSubject, guessedGroup } from './lexicon-agents.js';
import { firstAtOrAfter, tokenAt } from './token-index.js';
import { dropNonVictims } from './victim-filters.js';
import { HARM, HOSTAGE, HIT, NOUN_FRAME, PERSON, AUX, GEO_HEAD, RANK, NOT_A_PARTICIPANT } from './role-words.js';

const STATE_FORCES = new Set(['state_forces', 'police']);
const RELATIVE_OF = /^(wife|husband|widow|daughter|son|stepson|brother|sister|father|mother|nephew|niece|cousin|relatives?|(son|daughter|brother|father|mother)-in-law)\s+of\b/i;

const BARE_GROUP = /^((several|some|other|various|two|three)\s+)?groups?$/i;

const AFFILIATION_BEFORE = /\b(of|from|near|surrounding|around)\s+(the\s+)?$/i;
// "was killed at the airport", "the priests at the university": a person hurt or placed there; the facility says where.
const PEOPLE_AT_BEFORE = /\b(killed|murdered|shot|kidnapped|abducted|wounded|injured|assassinated|priests?|jesuits?|students?|workers?|employees?|staff|people|persons)\s+(\w+\s+){0,2}(at|in)\s+(the\s+)?$/i;
// "the airport control tower confirmed", "the university rector", "the UCA [Central American University] Jesuits": the
// facility names whose people or part speak or were hurt.
const BELONGING_AFTER = /^(control|entrance|authorities|officials?|sources?|spokesm[ae]n|director|rector|security|staff|employees|workers|students|priests|jesuits|professors?|teachers?)$/i;

export interface Roles { perpetrators: Actor[]; targets: Actor[]; victims: Actor[] }

const toActor = (text: string, p: Span, type: string | null, attribution: Actor['attribution'] = 'reported'): Actor =>
  ({ name: null, text: text.slice(p.start, p.end), type, country: null, attribution, start: p.start, end: p.end });

/**
 * guess: when no frame names who did it, take the non-state group the clause names. Off for a sentence read only
 * for what it adds to an incident told before it: naming a group there is no sign that it acted.
 */
const DENIAL_AFTER = /^[^.;]{0,60}?\b(did not claim|didn't claim|has not claimed|have not claimed|never claimed|denied (it was|that it was|any|being|its|their|involvement|responsibility)|disclaimed|bears? no responsibility|(has|had|have) nothing to do with|(was|were) not involved|did not (participate|take part))/i;

// Both frames below open on a harming or hitting verb, a frame noun or "damage": one pattern for all of them,
// asked of every word of every incident's region.
const FRAME_OPENER = new RegExp(`^(?:${[HARM, HIT, NOUN_FRAME].map((r) => r.source.slice(1, -1)).join('|')}|damages?)$`);
export const opensFrame = (lower: string) => FRAME_OPENER.test(lower);

export function assignRoles(text: string, region: Span, trigger: Span, tokens: Token[], actors: ActorSpan[], places: PlaceSpan[], guess = true): Roles {
  const roles: Roles = { perpetrators: [], targets: [], victims: [] };
  const inRegion = (s: Span) => s.start >= region.start && s.end <= region.end;
  const taken = (s: Span) => [...roles.perpetrators, ...roles.targets, ...roles.victims, ...used].some((a) => a.start < s.end && s.start < a.end);
  const lexicon = (p: Phrase) => actors.find((a) => a.start <= p.head.start && p.head.end <= a.end);
  const caps = isAllCaps(text);
  const persons = findPersons(text, tokens, caps);
  // A person's actor points at the fullest form of the name, which may stand elsewhere: remember the words used here.
  const used: Span[] = [];
  const named = (role: keyof Roles, m: (typeof persons)[number]) => {
    used.push(m);
    let a = personActor(text, m);
    // Who did it keeps a military or police rank as written ("Colonel X"): the rank says which force acted.
    const k = tokenAt(tokens, m.start);
    if (role === 'perpetrators' && k > 0 && RANK.test(tokens[k - 1].lower)) a = { ...a, text: text.slice(tokens[k - 1].start, m.end), start: tokens[k - 1].start, end: m.end };
    if (![...roles.perpetrators, ...roles.targets, ...roles.victims].some((x) => x.name === a.name)) roles[role].push(a);
  };
  const add = (role: keyof Roles, found: Phrase | null, attribution: Actor['attribution'] = 'reported', before = false) => {
    if (!found || !(before || inRegion(found)) || taken(found) || NOT_A_PARTICIPANT.test(found.head.lower)) return;
    let p: Phrase = found;
    if (role === 'targets') {
      const fit = fitTarget(text, tokens, found, places);
      if (!fit) return;
      p = fit;
    }
    // "former defense minister Enrique X": the person named is the participant, not the office.
    // The longest name in the phrase: "minister Divison General Enrique X" names Enrique X.
    let person: (typeof persons)[number] | undefined = persons.filter((m) => m.start >= p.start && m.end <= p.end).sort((x, y) => (y.end - y.start) - (x.end - x.start))[0];
    // "the Roberto X faction", "the administration of President Y", "Z's troops": a name that only qualifies who
    // acted is not the one who acted; the phrase is read for the people or group it names.
    if (role === 'perpetrators' && person && (person.end < p.head.end || tokens.some((x) => x.start > p.start && x.end <= person!.start && x.lower === 'of'))) person = undefined;
    // A person struck is a victim, whatever the verb. "The residence of President X": the building is the target
    // and X, whose home it is, the one it was aimed at.
    const of = tokens.find((x) => x.start > p.start && x.end < p.end && x.lower === 'of');
    const owned = role === 'targets' && person && of && person.start > of.end;
    if (person) named(role === 'targets' ? 'victims' : role, person);
    if (person && !owned) return;
    if (role === 'perpetrators') {
      if (unknownOrganisation(tokens, p, isCommonWord) && !actors.some((a) => a.start < p.end && p.start < a.end)) {
        const t = text.slice(p.start, p.end);
        roles.perpetrators.push({ name: t.replace(/\s+/g, ' '), text: t, type: 'rebel_group', country: null, attribution, start: p.start, end: p.end });
        return;
      }
      const parts = perpetratorParts(tokens, p, actors);
      if (parts.groups.length > 0 || parts.people) {
        const said = parts.hedged && attribution === 'reported' ? 'suspected' : attribution;
        for (const g of parts.groups) roles.perpetrators.push(groupActor(g, said));
        if (parts.people) roles.perpetrators.push(peopleActor(text, parts.people, parts.generic, said));
        return;
      }
      // "autopsies carried out by forensic doctors", "killed by machinegun bursts": no people who act, no group.
      if (!lexicon(p) && !(p.head.pos === 'PROPN' && !caps)) return;
    }
    // A named actor inside the phrase ("the powerful Iran-backed Kataib Hezbollah") is the participant.
    // "a police post", "FMLN hospitals": a thing named after a body is the thing, written whole.
    const thing = role === 'targets' && isPhysicalTarget(p.head.lower);
    const a = lexicon(p) ?? (thing ? undefined : actors.find((x) => x.start >= p.start && x.end <= p.end && inRegion(x) && !taken(x)));
    if (a) roles[role].push({ name: a.name, text: a.text, type: a.type, country: a.country, attribution, start: a.start, end: a.end });
    else roles[role].push(toActor(text, p, PERSON.test(p.head.lower) ? 'person' : role === 'targets' ? 'object' : null, attribution));
  };
  // "blew up a bus", "set fire to a store", "opened fire on a patrol", "shot repeatedly at the car": where the object begins.
  const objectStart = (i: number): number => {
    let k = i + 1;
    if (/^(blew|set|opened)$/.test(tokens[i].lower)) k++;
    if (tokens[k]?.lower === 'fire') k++;
    while ((tokens[k]?.pos === 'ADV' || tokens[k]?.lower === 'close') && k - i < 4) k++;
    if (/^(to|on|at|upon)$/.test(tokens[k]?.lower ?? '')) k++;
    return k;
  };
  const first = firstAtOrAfter(tokens, region.start);
  for (let i = Math.max(first, 0); i < tokens.length && tokens[i].end <= region.end; i++) {
    const t = tokens[i];
    // Any other word is passed over at once.
    if (!FRAME_OPENER.test(t.lower)) continue;
    // 'was "completely destroyed"': quotes and adverbs may stand between the auxiliary and the verb.
    let aux = i - 1;
    while (aux > 0 && i - aux < 3 && (/^["“”']$/.test(tokens[aux].text) || tokens[aux].pos === 'ADV')) aux--;
    // "were abducted and later murdered by": the second verb shares the first one's auxiliary.
    if (aux > 1 && tokens[aux].lower === 'and' && (HARM.test(tokens[aux - 1].lower) || HIT.test(tokens[aux - 1].lower)) && AUX.test(tokens[aux - 2].lower)) aux -= 2;
    // "four agents kidnapped by the ELN were freed": a participle with its agent is a passive without auxiliary.
    const reduced = !(aux >= 0 && AUX.test(tokens[aux].lower)) && tokens[i + 1]?.lower === 'by' && (HARM.test(t.lower) || HIT.test(t.lower)) && /ed$/.test(t.lower);
    const passive = reduced || (aux >= 0 && AUX.test(tokens[aux].lower));
    if (reduced) aux = i;
    // "the wounded", "the dead": after an article the word names people, it is no verb.
    const idle = /^(the|a|an)$/.test(tokens[i - 1]?.lower ?? '') || (t.lower === 'took' && tokens[i + 1]?.lower === 'place') || (/^(held|taken|took)$/.test(t.lower) && !tokens.slice(i + 1, i + 5).some((x) => HOSTAGE.test(x.lower)));
    // "the army raided five farms", "police raided an office": troops and police searching are no attack.
    const search = /^(raided|searched)$/.test(t.lower) && actors.some((a) => STATE_FORCES.has(a.type ?? '') && a.end <= t.start && t.start - a.end < 40 && a.start >= region.start);
    if ((HARM.test(t.lower) || HIT.test(t.lower)) && !idle && !search) {
      // "the newspaper offices, which were dynamited": the phrase a relative pronoun stands for.
      const relative = passive && /^(which|that)$/.test(tokens[aux - 1]?.lower ?? '') ? aux - 1 - (tokens[aux - 2]?.text === ',' ? 1 : 0) : -1;
      let subject = passive ? phraseBefore(tokens, relative > 0 ? relative : aux) : null;
      // "the police base in Uchiza was attacked": the town that says where stands between the thing and its verb.
      const town = subject && (GEO_HEAD.test(subject.head.lower) || places.some((pl) => pl.precision !== 'facility' && pl.start <= subject!.head.start && subject!.head.end <= pl.end));
      const inAt = town ? tokenAt(tokens, subject!.start) - 1 : -1;
      if (inAt > 0 && /^(in|at)$/.test(tokens[inAt].lower)) subject = phraseBefore(tokens, inAt) ?? subject;
      const object = passive ? null : phraseAfter(tokens, objectStart(i));
      const hit = subject ?? object;
      // "one office, one bus and one transformer were damaged": the subjects listed before a passive.
      if (subject) {
        const back = (k: number) => { while (k > 0 && /^(NUM|DET)$/.test(tokens[k - 1].pos)) k--; return k; };
        let first = back(tokenAt(tokens, subject.start));
        for (let n = 0; n < 4 && first > 1 && (tokens[first - 1].lower === 'and' || tokens[first - 1].text === ','); n++) {
          const k = tokens[first - 1].lower === 'and' && tokens[first - 2]?.text === ',' ? first - 2 : first - 1;
          const prev = phraseBefore(tokens, k);
          if (!prev || PERSON.test(prev.head.lower) !== PERSON.test(subject.head.lower)) break;
          add(HARM.test(t.lower) || PERSON.test(prev.head.lower) ? 'victims' : 'targets', prev);
          first = back(tokenAt(tokens, prev.start));
        }
      }
      // Whoever is killed, kidnapped or wounded is a victim; what is attacked or hit is a victim only if a person.
      // "shot at the water tower", "fired on the bus": fire aimed at a thing hits a target.
      const aimed = !passive && /^(at|on|upon)$/.test(tokens[objectStart(i) - 1]?.lower ?? '');
      const role = (HARM.test(t.lower) && !aimed && !(HIT.test(t.lower) && isPhysicalTarget(hit?.head.lower ?? ''))) || PERSON.test(hit?.head.lower ?? '') ? 'victims' : 'targets';
      // "kidnapped cattleman X, nephew of Y": an apposition that names a relative is not another one hurt.
      if (hit) { add(role, hit); if (!passive) for (const q of listed(tokens, hit, role === 'victims')) if (!(role === 'victims' && RELATIVE_OF.test(text.slice(q.start, q.end)))) add(role, q); }
      // "... were killed by guerrillas": the agent of a passive.
      // "was shot today near the market by two men": the agent may come a few words later.
      if (passive) {
        const by = byAfter(tokens, i, region);
        const agent = by >= 0 ? phraseAfter(tokens, by + 1) : null;
        if (agent) { add('perpetrators', agent); add('perpetrators', coordinated(tokens, agent)); }
      }
      // "Heavily armed men kidnapped ...": the subject of an active verb, when it names people who act or a group.
      // "four people killed" in a headline is a passive without its auxiliary: the verb needs an object.
      // In capitals a name may be tagged as a verb ("KILLED HECTOR OQUELI"): a person named there is an object too.
      const named = persons.some((m) => m.start === tokens[objectStart(i)]?.start);
      if (!passive && (named || (object !== null && /^(DET|NUM|NOUN|PROPN|ADJ|PRON)$/.test(tokens[objectStart(i)]?.pos ?? '')))) {
        const agent = activeSubject(text, tokens, i, actors);
        // "They blew up ...": the ones "they" stands for may be named in a sentence before.
        if (agent) add('perpetrators', agent, 'reported', agent.start < region.start);
      }
    } else if ((NOUN_FRAME.test(t.lower) && (/^(on|against|of)$/.test(tokens[i + 1]?.lower ?? '') || (/^(bombing|explosion|blast)$/.test(t.lower) && tokens[i + 1]?.lower === 'at')))
      || (/^damages?$/.test(t.lower) && tokens[i + 1]?.lower === 'to')) {
      let p = phraseAfter(tokens, i + 2);
      // "an attack on 13 May at the cafe": the day it fell on, then the place it hit.
      if (p && NOT_A_PARTICIPANT.test(p.head.lower)) {
        let k = firstAtOrAfter(tokens, p!.end);
        while (k > 0 && tokens[k].pos === 'NUM') k++;
        if (k > 0 && /^(at|in)$/.test(tokens[k].lower)) p = phraseAfter(tokens, k + 1);
      }
      const role = /^(death|murder|assassination|kidnapping|abduction|killing)$/.test(t.lower) || PERSON.test(p?.head.lower ?? '') ? 'victims' : 'targets';
      if (p) { add(role, p); for (const q of listed(tokens, p, role === 'victims')) add(role, q); }
    }
  }
  // "carried out by X", "attributed to X", "X has claimed responsibility": who did it, said outright.
  for (const { phrase, attribution } of statedPerpetrators(text, tokens, region, actors)) add('perpetrators', phrase, attribution);
  for (const p of placedTargets(text, tokens, region, places, actors)) add('targets', p);
  for (const m of [...harmedPersons(text, region, tokens, persons), ...listedVictims(text, region, persons)]) if (!used.some((u) => u.start < m.end && m.start < u.end)) named('victims', m);
  const subject = armedSubject(text, actors, region, trigger);
  // Armed actors named as having claimed it, or blamed, are the perpetrators.
  for (const a of actors) {
    if (!inRegion(a) || taken(a)) continue;
    const before = text.slice(Math.max(region.start, a.start - 40), a.start);
    const actor = (attribution: Actor['attribution']): Actor => ({ name: a.name, text: a.text, type: a.type, country: a.country, attribution, start: a.start, end: a.end });
    if (/\b(blamed on|accused|suspected)\s+(the\s+)?$/i.test(before)) roles.perpetrators.push(actor(/accused/i.test(before) ? 'accused' : 'suspected'));
    else if (/\bclaimed (responsibility|credit)\b/i.test(text.slice(a.end, a.end + 40))) roles.perpetrators.push(actor('claimed'));
    else if (a === subject) {
      // "urban guerrillas blew up a bus": the people as written, not only the lexicon word.
      const k = firstAtOrAfter(tokens, a.end);
      const p = a.generic && k > 0 ? phraseBefore(tokens, k) : null;
      if (p && p.start <= a.start && p.end >= a.end) add('perpetrators', p);
      else roles.perpetrators.push(actor('reported'));
    }
    else if (a.type === 'civilians') roles.victims.push(actor('reported'));
  }
  // No agent in the frames: a non-state armed group named in the same clause is who did it ("an FMLN attack on
  // the bridge", "urban guerrillas' bombs"), unless it speaks, is spoken to or is the one attacked.
  if (roles.perpetrators.length === 0 && guess) {
    const g = guessedGroup(text, actors, region, (a) => !taken(a));
    if (g) roles.perpetrators.push({ name: g.name, text: g.text, type: g.type, country: g.country, attribution: 'reported', start: g.start, end: g.end });
  }
  // A facility struck is a target ("struck the US embassy").
  for (const p of places) {
    if (p.precision !== 'facility' || p.start < trigger.end || !inRegion(p) || taken(p)) continue;
    // "the rector of the university", "Jesuits from the university", "the university priests": whose people they
    // are; "shot near the university": where, not what was hit.
    const next = /^[\])]?\s*(\[[^\]]*\]\s*|\([^)]*\)\s*)?([\p{L}-]+)/u.exec(text.slice(p.end, p.end + 60))?.[2] ?? '';
    if (AFFILIATION_BEFORE.test(text.slice(Math.max(region.start, p.start - 20), p.start)) || PERSON.test(next.toLowerCase()) || BELONGING_AFTER.test(next)
      || PEOPLE_AT_BEFORE.test(text.slice(Math.max(region.start, p.start - 50), p.start).replace(/\s+/g, ' '))) continue;
    roles.targets.push({ name: p.name, text: p.text, type: 'facility', country: p.country, attribution: 'reported', start: p.start, end: p.end });
  }
  // "Kataib Hezbollah did not claim the rocket fire, and a spokesman denied it was involved": who denies it is
  // not who did it (an accusation elsewhere names it, with its own attribution).
  roles.perpetrators = roles.perpetrators.filter((a) => a.attribution !== 'reported' || !DENIAL_AFTER.test(text.slice(a.end, Math.min(region.end, a.end + 90))));
  // "the group", "several groups": a bare group says nothing of who did it (a group of whom, which group).
  roles.perpetrators = roles.perpetrators.filter((a) => !BARE_GROUP.test(a.text.trim()));
  // Only a name read whole from the lexicon is split; people written around a generic word stay as written.
  roles.perpetrators = roles.perpetrators.flatMap((a) => (actors.some((x) => !x.generic && x.start === a.start && x.end === a.end) ? splitGroupPeople(a) : [a]));
  roles.victims = dropNonVictims(text, roles.victims);
  return roles;
}

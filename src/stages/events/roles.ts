// Perpetrators, targets and victims of one incident: actors from the lexicon by their place around the trigger,
// and noun phrases in the verb frames that name them ("killing three soldiers", "a bomb exploded at the bank",
// "were kidnapped by guerrillas"). Each reader adds what it finds to one RoleCollector (role-collector.ts).
import type { Actor } from '../../contract/mention.js';
import type { ActorSpan, PlaceSpan, Span, Token } from '../../doc/doc.js';
import { phraseBefore } from './noun-phrases.js';
import { statedPerpetrators } from './responsibility.js';
import { findPersons } from '../actors/persons.js';
import { isAllCaps } from '../sentences/index.js';
import { harmedPersons, listedVictims } from './person-roles.js';
import { splitGroupPeople } from './perpetrator-phrase.js';
import { placedTargets } from './target-phrase.js';
import { armedSubject, guessedGroup } from './lexicon-agents.js';
import { firstAtOrAfter } from './token-index.js';
import { dropNonVictims } from './victim-filters.js';
import { lexiconActor, RoleCollector, type Roles } from './role-collector.js';
import { readFrames } from './role-frames.js';
import { PERSON } from './role-words.js';

export type { Roles } from './role-collector.js';
export { opensFrame } from './role-frames.js';

const BARE_GROUP = /^((several|some|other|various|two|three)\s+)?groups?$/i;

const AFFILIATION_BEFORE = /\b(of|from|near|surrounding|around)\s+(the\s+)?$/i;
// "was killed at the airport", "the priests at the university": a person hurt or placed there; the facility says where.
const PEOPLE_AT_BEFORE = /\b(killed|murdered|shot|kidnapped|abducted|wounded|injured|assassinated|priests?|jesuits?|students?|workers?|employees?|staff|people|persons)\s+(\w+\s+){0,2}(at|in)\s+(the\s+)?$/i;
// "the airport control tower confirmed", "the university rector", "the UCA [Central American University] Jesuits": the
// facility names whose people or part speak or were hurt.
const BELONGING_AFTER = /^(control|entrance|authorities|officials?|sources?|spokesm[ae]n|director|rector|security|staff|employees|workers|students|priests|jesuits|professors?|teachers?)$/i;

const DENIAL_AFTER = /^[^.;]{0,60}?\b(did not claim|didn't claim|has not claimed|have not claimed|never claimed|denied (it was|that it was|any|being|its|their|involvement|responsibility)|disclaimed|bears? no responsibility|(has|had|have) nothing to do with|(was|were) not involved|did not (participate|take part))/i;

/**
 * guess: when no frame names who did it, take the non-state group the clause names. Off for a sentence read only
 * for what it adds to an incident told before it: naming a group there is no sign that it acted.
 */
export function assignRoles(text: string, region: Span, trigger: Span, tokens: Token[], actors: ActorSpan[], places: PlaceSpan[], guess = true): Roles {
  const caps = isAllCaps(text);
  const c = new RoleCollector({ text, region, trigger, tokens, actors, places, caps, persons: findPersons(text, tokens, caps) });
  readFrames(c);
  // "carried out by X", "attributed to X", "X has claimed responsibility": who did it, said outright.
  for (const { phrase, attribution } of statedPerpetrators(text, tokens, region, actors)) c.add('perpetrators', phrase, attribution);
  for (const p of placedTargets(text, tokens, region, places, actors)) c.add('targets', p);
  for (const m of [...harmedPersons(text, region, tokens, c.ctx.persons), ...listedVictims(text, region, c.ctx.persons)]) if (!c.usedName(m)) c.named('victims', m);
  addLexiconActors(c);
  const roles = c.roles;
  // No agent in the frames: a non-state armed group named in the same clause is who did it ("an FMLN attack on
  // the bridge", "urban guerrillas' bombs"), unless it speaks, is spoken to or is the one attacked.
  if (roles.perpetrators.length === 0 && guess) {
    const g = guessedGroup(text, actors, region, (a) => !c.taken(a));
    if (g) roles.perpetrators.push(lexiconActor(g, 'reported'));
  }
  addStruckFacilities(c);
  return finalRoles(text, region, actors, roles);
}

/** Armed actors named as having claimed it, or blamed, are the perpetrators; the armed subject of the clause too. */
function addLexiconActors(c: RoleCollector): void {
  const { text, tokens, actors, region, trigger } = c.ctx;
  const subject = armedSubject(text, actors, region, trigger);
  for (const a of actors) {
    if (!c.inRegion(a) || c.taken(a)) continue;
    const before = text.slice(Math.max(region.start, a.start - 40), a.start);
    if (/\b(blamed on|accused|suspected)\s+(the\s+)?$/i.test(before)) c.roles.perpetrators.push(lexiconActor(a, /accused/i.test(before) ? 'accused' : 'suspected'));
    else if (/\bclaimed (responsibility|credit)\b/i.test(text.slice(a.end, a.end + 40))) c.roles.perpetrators.push(lexiconActor(a, 'claimed'));
    else if (a === subject) {
      // "urban guerrillas blew up a bus": the people as written, not only the lexicon word.
      const k = firstAtOrAfter(tokens, a.end);
      const p = a.generic && k > 0 ? phraseBefore(tokens, k) : null;
      if (p && p.start <= a.start && p.end >= a.end) c.add('perpetrators', p);
      else c.roles.perpetrators.push(lexiconActor(a, 'reported'));
    }
    else if (a.type === 'civilians') c.roles.victims.push(lexiconActor(a, 'reported'));
  }
}

/** A facility struck is a target ("struck the US embassy"). */
function addStruckFacilities(c: RoleCollector): void {
  const { text, places, region, trigger } = c.ctx;
  for (const p of places) {
    if (p.precision !== 'facility' || p.start < trigger.end || !c.inRegion(p) || c.taken(p)) continue;
    // "the rector of the university", "Jesuits from the university", "the university priests": whose people they
    // are; "shot near the university": where, not what was hit.
    const next = /^[\])]?\s*(\[[^\]]*\]\s*|\([^)]*\)\s*)?([\p{L}-]+)/u.exec(text.slice(p.end, p.end + 60))?.[2] ?? '';
    if (AFFILIATION_BEFORE.test(text.slice(Math.max(region.start, p.start - 20), p.start)) || PERSON.test(next.toLowerCase()) || BELONGING_AFTER.test(next)
      || PEOPLE_AT_BEFORE.test(text.slice(Math.max(region.start, p.start - 50), p.start).replace(/\s+/g, ' '))) continue;
    c.roles.targets.push({ name: p.name, text: p.text, type: 'facility', country: p.country, attribution: 'reported', start: p.start, end: p.end });
  }
}

/** What the readers found, less what they could not tell is not a participant. */
function finalRoles(text: string, region: Span, actors: ActorSpan[], roles: Roles): Roles {
  // "Kataib Hezbollah did not claim the rocket fire, and a spokesman denied it was involved": who denies it is
  // not who did it (an accusation elsewhere names it, with its own attribution).
  let perpetrators: Actor[] = roles.perpetrators.filter((a) => a.attribution !== 'reported' || !DENIAL_AFTER.test(text.slice(a.end, Math.min(region.end, a.end + 90))));
  // "the group", "several groups": a bare group says nothing of who did it (a group of whom, which group).
  perpetrators = perpetrators.filter((a) => !BARE_GROUP.test(a.text.trim()));
  // Only a name read whole from the lexicon is split; people written around a generic word stay as written.
  perpetrators = perpetrators.flatMap((a) => (actors.some((x) => !x.generic && x.start === a.start && x.end === a.end) ? splitGroupPeople(a) : [a]));
  return { perpetrators, targets: roles.targets, victims: dropNonVictims(text, roles.victims) };
}

// The roles of one incident as they are collected: every reader (verb frames, noun frames, stated perpetrators,
// struck facilities) adds noun phrases through `add`, which decides what a phrase stands for (a named person, a
// group from the lexicon, people, a thing) and keeps one phrase from filling two roles.
import type { Actor } from '../../contract/mention.js';
import type { ActorSpan, PlaceSpan, Span, Token } from '../../doc/doc.js';
import type { PersonMention } from '../actors/persons.js';
import type { Phrase } from './noun-phrases.js';
import { personActor } from './person-roles.js';
import { groupActor, peopleActor, perpetratorParts, unknownOrganisation } from './perpetrator-phrase.js';
import { isCommonWord } from '../places/common-words.js';
import { isPhysicalTarget } from './target-heads.js';
import { fitTarget } from './target-phrase.js';
import { tokenAt } from './token-index.js';
import { PERSON, RANK, NOT_A_PARTICIPANT } from './role-words.js';

export interface Roles { perpetrators: Actor[]; targets: Actor[]; victims: Actor[] }
export type Role = keyof Roles;

/** What every reader of one incident's region sees. */
export interface RoleContext {
  text: string; region: Span; trigger: Span; tokens: Token[]; actors: ActorSpan[]; places: PlaceSpan[];
  caps: boolean; persons: PersonMention[];
}

const toActor = (text: string, p: Span, type: string | null, attribution: Actor['attribution'] = 'reported'): Actor =>
  ({ name: null, text: text.slice(p.start, p.end), type, country: null, attribution, start: p.start, end: p.end });

/** An actor of the lexicon as a participant, with the attribution the report gives. */
export const lexiconActor = (a: ActorSpan, attribution: Actor['attribution']): Actor =>
  ({ name: a.name, text: a.text, type: a.type, country: a.country, attribution, start: a.start, end: a.end });

export class RoleCollector {
  readonly roles: Roles = { perpetrators: [], targets: [], victims: [] };
  /** A person's actor points at the fullest form of the name, which may stand elsewhere: the words used here. */
  private readonly used: Span[] = [];

  constructor(readonly ctx: RoleContext) {}

  inRegion(s: Span): boolean {
    return s.start >= this.ctx.region.start && s.end <= this.ctx.region.end;
  }

  taken(s: Span): boolean {
    const { perpetrators, targets, victims } = this.roles;
    return [...perpetrators, ...targets, ...victims, ...this.used].some((a) => a.start < s.end && s.start < a.end);
  }

  /** Words of a person's name already given a role. */
  usedName(m: Span): boolean {
    return this.used.some((u) => u.start < m.end && m.start < u.end);
  }

  private lexicon(p: Phrase): ActorSpan | undefined {
    return this.ctx.actors.find((a) => a.start <= p.head.start && p.head.end <= a.end);
  }

  /** A named person in a role, once however often named. */
  named(role: Role, m: PersonMention): void {
    const { text, tokens } = this.ctx;
    this.used.push(m);
    let a = personActor(text, m);
    // Who did it keeps a military or police rank as written ("Colonel X"): the rank says which force acted.
    const k = tokenAt(tokens, m.start);
    if (role === 'perpetrators' && k > 0 && RANK.test(tokens[k - 1].lower)) a = { ...a, text: text.slice(tokens[k - 1].start, m.end), start: tokens[k - 1].start, end: m.end };
    if (![...this.roles.perpetrators, ...this.roles.targets, ...this.roles.victims].some((x) => x.name === a.name)) this.roles[role].push(a);
  }

  /** A noun phrase in a role. `before`: the phrase may stand before the region ("They" named a sentence before). */
  add(role: Role, found: Phrase | null, attribution: Actor['attribution'] = 'reported', before = false): void {
    const { text, tokens, places, actors, persons, caps } = this.ctx;
    if (!found || !(before || this.inRegion(found)) || this.taken(found) || NOT_A_PARTICIPANT.test(found.head.lower)) return;
    let p: Phrase = found;
    if (role === 'targets') {
      const fit = fitTarget(text, tokens, found, places);
      if (!fit) return;
      p = fit;
    }
    // "former defense minister Enrique X": the person named is the participant, not the office.
    // The longest name in the phrase: "minister Divison General Enrique X" names Enrique X.
    let person: PersonMention | undefined = persons.filter((m) => m.start >= p.start && m.end <= p.end).sort((x, y) => (y.end - y.start) - (x.end - x.start))[0];
    // "the Roberto X faction", "the administration of President Y", "Z's troops": a name that only qualifies who
    // acted is not the one who acted; the phrase is read for the people or group it names.
    if (role === 'perpetrators' && person && (person.end < p.head.end || tokens.some((x) => x.start > p.start && x.end <= person!.start && x.lower === 'of'))) person = undefined;
    // A person struck is a victim, whatever the verb. "The residence of President X": the building is the target
    // and X, whose home it is, the one it was aimed at.
    const of = tokens.find((x) => x.start > p.start && x.end < p.end && x.lower === 'of');
    const owned = role === 'targets' && person && of && person.start > of.end;
    if (person) this.named(role === 'targets' ? 'victims' : role, person);
    if (person && !owned) return;
    if (role === 'perpetrators' && this.addedPerpetrators(p, attribution)) return;
    // "autopsies carried out by forensic doctors", "killed by machinegun bursts": no people who act, no group.
    if (role === 'perpetrators' && !this.lexicon(p) && !(p.head.pos === 'PROPN' && !caps)) return;
    // A named actor inside the phrase ("the feared Sahel-based JNIM") is the participant.
    // "a police post", "FMLN hospitals": a thing named after a body is the thing, written whole.
    const thing = role === 'targets' && isPhysicalTarget(p.head.lower);
    const a = this.lexicon(p) ?? (thing ? undefined : actors.find((x) => x.start >= p.start && x.end <= p.end && this.inRegion(x) && !this.taken(x)));
    if (a) this.roles[role].push(lexiconActor(a, attribution));
    else this.roles[role].push(toActor(text, p, PERSON.test(p.head.lower) ? 'person' : role === 'targets' ? 'object' : null, attribution));
  }

  /** Who did it, read as an unknown organisation, or as the groups and people the phrase names; false when neither. */
  private addedPerpetrators(p: Phrase, attribution: Actor['attribution']): boolean {
    const { text, tokens, actors } = this.ctx;
    if (unknownOrganisation(tokens, p, isCommonWord) && !actors.some((a) => a.start < p.end && p.start < a.end)) {
      const t = text.slice(p.start, p.end);
      this.roles.perpetrators.push({ name: t.replace(/\s+/g, ' '), text: t, type: 'rebel_group', country: null, attribution, start: p.start, end: p.end });
      return true;
    }
    const parts = perpetratorParts(tokens, p, actors);
    if (parts.groups.length === 0 && !parts.people) return false;
    const said = parts.hedged && attribution === 'reported' ? 'suspected' : attribution;
    for (const g of parts.groups) this.roles.perpetrators.push(groupActor(g, said));
    if (parts.people) this.roles.perpetrators.push(peopleActor(text, parts.people, parts.generic, said));
    return true;
  }
}

// The perpetrators a noun phrase names, as analysts record them: each named group in it ("the FMLN"), and the
// people as written, with their count and modifiers ("five soldiers", "heavily armed men", "FMLN urban
// commandos"). "Terrorists of the FMLN" gives the terrorists and the FMLN; "members of the armed forces" stays whole.
import type { Actor } from '../../contract/mention.js';
import type { ActorSpan, Span, Token } from '../../doc/doc.js';
import type { Phrase } from './noun-phrases.js';

/** Heads of phrases that name people who act: the ones who attack, kill or kidnap. */
export const PERP_HEAD = /^(guerrill?as?|terrorists?|rebels?|subversives?|insurgents?|extremists?|gunm[ae]n|m[ae]n|individuals?|persons|people|commandos?|members?|soldiers?|troops|militiamen|militias?|paramilitar(y|ies)|assailants?|attackers?|kidnappers?|abductors?|assassins?|murderers?|criminals?|hit-?men|killers?|narcoterrorists?|narco-?terrorists?|squads?|groups?|column|units?|gangs?|bands?|youths|agents|officers|traffickers|mercenaries|bandits|thugs|policem[ae]n|elements|strangers|suspects|cells?|fighters|snipers?|bombers?|arsonists?)$/;
// Before "of" these heads keep what follows: "members of the armed forces", "a column of guerrillas".
const PART_OF = /^(members?|groups?|column|units?|cells?|commandos?|squads?|bands?|gangs?|elements|fighters)$/;
const INSTITUTION = /\b(army|forces|force|military|police|navy|guard)$/i;
const COUNT = /^(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|dozens|hundreds)$/;

// "during the last few hours terrorists staged": a span of time run into the phrase ends before the people too.
const DATE_WORD = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|hours|days|weeks|months|years|night|tonight|morning|afternoon|evening|weekend|noon|midnight)$/;

// "alleged urban guerrillas": the doubt belongs in the attribution, not in who they are.
const HEDGE = /^(alleged|suspected|presumed|presumably|purported|possible)$/;

/** hedged: the phrase said they are only suspected ("alleged", "presumed"). */
export interface PerpetratorParts { groups: ActorSpan[]; people: Span | null; generic: ActorSpan | null; hedged: boolean }

export function perpetratorParts(tokens: Token[], found: Phrase, actors: ActorSpan[]): PerpetratorParts {
  // "SHINING | PATH TERRORISTS": the tagger may cut a name the phrase begins inside; the name is whole.
  const cut = actors.find((a) => a.start < found.start && found.start < a.end);
  const p: Phrase = cut ? { ...found, start: cut.start } : found;
  const groups = actors.filter((a) => !a.generic && a.start >= p.start && a.end <= p.end);
  let inside = tokens.filter((t) => t.start >= p.start && t.end <= p.end);
  // "on 10 March alleged members ...": a date run into the phrase is not part of it.
  const date = inside.map((t) => DATE_WORD.test(t.lower)).lastIndexOf(true);
  if (date >= 0) inside = inside.slice(date + 1).filter((t, n, all) => n > 0 || !/^(of|the|a|an)$/.test(t.lower) || all.length === 1);
  const of = inside.findIndex((t) => t.lower === 'of');
  // The head is the word before "of" when there is one; "members of ..." keeps the rest, "terrorists of ..." not.
  const head = of > 0 ? inside[of - 1] : inside[inside.length - 1];
  const hedged = HEDGE.test(inside[0]?.lower ?? '');
  if (!head) return { groups, people: null, generic: null, hedged };
  const last = of > 0 && PART_OF.test(head.lower) ? inside[inside.length - 1] : head;
  // "members of the armed forces": the institution they belong to is a perpetrator too.
  if (last !== head) {
    for (const a of actors) if (a.generic && a.start > inside[of].start && a.end <= last.end && INSTITUTION.test(a.text)) groups.push(a);
  }
  const generic = actors.find((a) => a.generic && a.start <= head.start && head.end <= a.end) ?? null;
  const groupHead = groups.some((g) => g.start <= head.start && head.end <= g.end);
  if (groupHead || (!PERP_HEAD.test(head.lower) && !generic)) return { groups, people: null, generic: null, hedged };
  let first = 0;
  while (first < inside.length - 1 && HEDGE.test(inside[first].lower)) first++;
  // "FMLN urban guerrillas": the group is recorded on its own, so the people are the urban guerrillas.
  // "Shining Path members", "FMLN units" keep the group: without it they say nothing of who they are.
  const lead = PART_OF.test(head.lower) ? undefined : groups.find((g) => g.start <= inside[first].start && g.end <= head.start);
  if (lead) first = inside.findIndex((t) => t.start >= lead.end && !/^('s|’s|'|’)$/.test(t.text));
  // The count written before the people is part of what analysts record ("five soldiers", "several men").
  let k = tokens.indexOf(inside[first]);
  // "at 0300 FMLN units attacked": a clock time before the people is no count of them.
  while (first === 0 && k > 0 && COUNT.test(tokens[k - 1].lower) && tokens[k - 1].sentence === head.sentence && tokens[k - 2]?.lower !== 'at') k--;
  return { groups, people: { start: tokens[k]?.start ?? p.start, end: last === head ? attireEnd(tokens, head) : last.end }, generic, hedged };
}

// "men wearing military uniforms", "individuals in civilian clothes": what unknown people wore is how the report
// tells them apart, and analysts record it with them (what they rode in, less often: it stays out).
const UNKNOWN_PEOPLE = /^(m[ae]n|individuals?|persons?|people|youths|gunm[ae]n)$/;
const ATTIRE_CUE = /^(wearing|dressed|in)$/;
const ATTIRE = /^(uniforms?|clothes|clothing|fatigues|masks|hoods|gear)$/;

function attireEnd(tokens: Token[], head: Token): number {
  const h = tokens.indexOf(head);
  if (!UNKNOWN_PEOPLE.test(head.lower) || !ATTIRE_CUE.test(tokens[h + 1]?.lower ?? '')) return head.end;
  for (let k = h + 2; k < tokens.length && k - h <= 6 && tokens[k].sentence === head.sentence; k++) {
    if (ATTIRE.test(tokens[k].lower)) return tokens[k].end;
    if (!/^(NOUN|ADJ|DET|PROPN|ADP)$/.test(tokens[k].pos) && !/^(as|military|civilian|olive|drab|red|white|black|green)$/.test(tokens[k].lower)) break;
  }
  return head.end;
}

export function groupActor(a: ActorSpan, attribution: Actor['attribution']): Actor {
  return { name: a.name, text: a.text, type: a.type, country: a.country, attribution, start: a.start, end: a.end };
}

export function peopleActor(text: string, s: Span, generic: ActorSpan | null, attribution: Actor['attribution']): Actor {
  return { name: generic?.name ?? null, text: text.slice(s.start, s.end), type: generic?.type ?? 'person', country: null, attribution, start: s.start, end: s.end };
}

const PEOPLE_TAIL = /^(.*?\S)\s+((?:urban\s+)?(?:guerrill?as?|rebels?|fighters|troops|soldiers|militants|members|commandos?|terrorists?|units?|militiamen))$/i;

/** "FMLN guerrillas" read as one lexicon name is the group (FMLN) and its people (the guerrillas) as written. */
export function splitGroupPeople(a: Actor): Actor[] {
  if (a.type === 'person' || a.name === null) return [a];
  const m = PEOPLE_TAIL.exec(a.text);
  // "Salvadoran troops": a nationality is no group of its own; the force's people stay whole under its name.
  if (!m || /^(armed|security|military|government|police|special|rebel|guerrilla)$/i.test(m[1]) || (a.type === 'state_forces' && /^\S+(an|ese|i)$/i.test(m[1]))) return [a];
  const group: Actor = { ...a, text: m[1], end: a.start + m[1].length };
  // "FMLN guerrillas": the people are the guerrillas; "FMLN members" are written with the group they belong to.
  const whole = PART_OF.test(m[2].toLowerCase());
  const start = whole ? a.start : a.end - m[2].length;
  const people: Actor = { name: null, text: whole ? a.text : m[2], type: 'person', country: null, attribution: a.attribution, start, end: a.end };
  return [group, people];
}

// Heads of names of organisations: "the Zarate Wilka group", "the Secret Anticommunist Army".
const ORG_HEAD = /^(front|army|movement|command|alliance|organi[sz]ation|party|cartel|group|brigade|commando|union|league|squadron|battalion)$/;

/** A phrase that names an organisation the lexicon does not know: an organisation head after a word no dictionary holds. */
export function unknownOrganisation(tokens: Token[], p: Phrase, isCommon: (w: string) => boolean): boolean {
  if (!ORG_HEAD.test(p.head.lower)) return false;
  const words = tokens.filter((t) => t.start >= p.start && t.end < p.head.start && /^[\p{L}-]+$/u.test(t.text));
  return words.length > 0 && words.some((t) => !isCommon(t.lower));
}

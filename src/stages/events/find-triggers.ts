// Trigger matches in one sentence, after the lexicon's priorities: a specific trigger absorbs generic ones.
import { FragmentSet } from '../../lexicon/fragments.js';
import { EXPLOSIONS, STRATEGIC, VAC, eventTypeOf } from './taxonomy.js';
import { ANAPHORIC_NOUN, IMPACT_NEAR, TRIGGERS, type TriggerRule } from './triggers.js';

export interface TriggerHit { rule: TriggerRule; start: number; end: number; text: string; anaphoric: boolean }

// Prefilter: most sentences hold none of a rule's key fragments, and one scan for all fragments is far cheaper
// than running every rule's regex.
const KEYS = new FragmentSet(TRIGGERS.flatMap((r) => r.keys));
const RULES_OF_KEY = KEYS.fragments.map((k) => TRIGGERS.filter((r) => r.keys.includes(k)));

/** The rules whose key fragments occur in the sentence. */
function wakeRules(sentence: string): Set<TriggerRule> {
  const awake = new Set<TriggerRule>();
  for (const k of KEYS.foundIn(sentence.toLowerCase())) for (const r of RULES_OF_KEY[k]) awake.add(r);
  return awake;
}

// Most sentences have no space character but the plain space: they need no copy.
const OTHER_SPACE = /[^\S ]/;

const ANSWER = /\b(reacted|responded|retaliated|in (response|retaliation|revenge|reprisal))\b/i;

/** prefilter false runs every rule's regex; the output is the same (the test compares them). */
export function findTriggers(original: string, prefilter = true): TriggerHit[] {
  // Wire copy breaks lines inside phrases ("DIED FROM GUNSHOT\nWOUNDS"): rules match on a copy with every space
  // character made a plain space (same length, so offsets hold) and hits keep the original text.
  const sentence = OTHER_SPACE.test(original) ? original.replace(/\s/g, ' ') : original;
  const hits: TriggerHit[] = [];
  const awake = prefilter ? wakeRules(sentence) : null;
  if (awake && awake.size === 0) return [];
  for (const rule of TRIGGERS) {
    if (awake && !awake.has(rule)) continue;
    for (const m of sentence.matchAll(rule.re)) {
      const start = m.index!, end = start + m[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue; // an earlier, more specific rule took it
      if (rule.needsImpact && !IMPACT_NEAR.test(sentence.slice(Math.max(0, start - 60), end + 60).replace(m[0], ' '))) continue;
      hits.push({ rule, start, end, text: original.slice(start, end), anaphoric: isAnaphoric(sentence.slice(0, start), m[0]) });
    }
  }
  // Most sentences hold no trigger: nothing to weigh.
  if (hits.length === 0) return hits;
  const specific = hits.filter((h) => !h.rule.weak);
  const explosive = specific.some((h) => eventTypeOf(h.rule.subType) === EXPLOSIONS);
  // "in that attack, ... a third rocket was found": a reference back makes the sentence's violent triggers one too.
  if (specific.length > 0 && hits.some((h) => h.rule.weak && h.anaphoric)) {
    for (const h of specific) if (eventTypeOf(h.rule.subType) === EXPLOSIONS || eventTypeOf(h.rule.subType) === VAC) h.anaphoric = true;
  }
  // "The abduction comes a week after militants killed seven soldiers": a time word between them keeps them apart.
  const absorbedBy = (h: TriggerHit, s: TriggerHit) => !/\b(after|following|since|before|weeks?|months?|days?|years?) (after|ago|earlier)?/i.test(sentence.slice(Math.min(h.end, s.end), Math.max(h.start, s.start)));
  // "after the murder of X, ... the gangs reacted with a wave of car bombs": what came in answer to
  // an act is another act, even in one sentence.
  const answeredBy = (h: TriggerHit, s: TriggerHit) => h.start < s.start && ANSWER.test(sentence.slice(h.end, s.start));
  // "an explosive device was found and defused": nothing exploded, so no explosion incident.
  const disrupted = hits.some((h) => h.rule.subType === 'Disrupted weapons use') && !/\b(explod|detonat|went off|blast)/i.test(sentence);
  // "Police detained thousands of protesters": arrests at a protest are how it was handled, not another event.
  const protest = hits.some((h) => eventTypeOf(h.rule.subType) === 'Protests' || h.rule.name === 'protest');
  return hits
    .filter((h) => !(disrupted && h.rule.subType === 'Remote explosive/landmine/IED'))
    .filter((h) => !(protest && h.rule.subType === 'Arrests'))
    .filter((h) => !(h.rule.weak && specific.some((s) => absorbedBy(h, s))))
    // "killed by a US air strike": the killing is what the strike did, not a second incident.
    .filter((h) => !(h.rule.subType === 'Attack' && explosive && !specific.some((s) => eventTypeOf(s.rule.subType) === EXPLOSIONS && answeredBy(h, s))))
    // "the blast set a minibus on fire", "they fired on the escort and set the tankers on fire": damage done in the attack.
    .filter((h) => !(h.rule.subType === 'Looting/property destruction' && specific.some((s) => s !== h && s.rule.subType !== h.rule.subType && eventTypeOf(s.rule.subType) !== STRATEGIC)))
    .sort((a, b) => a.start - b.start);
}

/** "the attack", "Saturday's attack", "came under attack": a reference to an incident already reported. */
// "Tuesday's rocket fire", "Sunday's bombing": a day's event named as already known, whatever the noun.
const DAY_POSSESSIVE = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)['’]s\s+$/i;

const NOUN_VERB = /^(hit|struck|slammed|landed|targeted|killed|destroyed|damaged|exploded)$/;

// "Other drones hit warehouses in the port": more of the weapons of the attack just told, not another attack.
const OTHER_OF_SAME = /\b(other|more)\s+$/i;
const WEAPON_PLURAL = /^(drones|rockets|missiles|shells|mortars|bombs|projectiles|grenades)$/i;

function isAnaphoric(before: string, trigger: string): boolean {
  if (DAY_POSSESSIVE.test(before)) return true;
  if (OTHER_OF_SAME.test(before) && WEAPON_PLURAL.test(trigger.split(/\s+/)[0])) return true;
  // The noun ends the trigger ("the rocket attack") or leads a noun-verb one ("the strikes hit", "the rockets struck");
  // "the murder of" names an incident by its victim, usually for the first time.
  const words = trigger.toLowerCase().split(/\s+/);
  const noun = words.length === 2 && NOUN_VERB.test(words[1]) ? words[0] : words[words.length - 1];
  if (!ANAPHORIC_NOUN.test(noun)) return false;
  return /\b(the|this|that|its|under|latest|same)\s+$/i.test(before) || /\b\w+['’]s\s+$/.test(before);
}

// "The attack comes a week after fighters killed seven soldiers in an attack on a base": the span of time between
// two hits of one type makes them two incidents, the second told as what came before.
const TIME_APART = /\b(a|an|one|two|three|four|five|six|\d+|several|few|some) (hours?|days?|weeks?|months?|years?) (after|before)\b/i;

/** One incident per sub-event type in a sentence (two when a span of time lies between hits); the first hit leads,
 *  the others add evidence. */
export function groupBySubType(hits: TriggerHit[], sentence = ''): TriggerHit[][] {
  const groups = new Map<string, TriggerHit[]>();
  const keyOf = new Map<string, string>(); // sub-type -> key of its latest group
  for (const h of hits) {
    let key = keyOf.get(h.rule.subType) ?? h.rule.subType;
    const group = groups.get(key);
    if (group && TIME_APART.test(sentence.slice(group[group.length - 1].end, h.start))) key = `${h.rule.subType}#${h.start}`;
    keyOf.set(h.rule.subType, key);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(h);
  }
  // "wounded in Saturday's attack ... the number of people killed": one reference back makes the group one.
  for (const group of groups.values()) if (group.some((h) => h.anaphoric)) for (const h of group) h.anaphoric = true;
  return [...groups.values()];
}

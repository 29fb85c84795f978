// Armed actors from the lexicon that did it, read from where they stand: the one nearest before the trigger in
// its clause ("the Red Dawn Front bombed a bridge"), or, when nothing else names who did it, a non-state group the
// clause names ("an FMLN attack on the bridge"). One that speaks, is spoken to or is hit is neither.
import type { ActorSpan, Span } from '../../doc/doc.js';
import { ARMED, NON_STATE } from './role-words.js';

// "three marines were killed last month in an ambush", "two policemen were among those killed": the ones hit, not the agents.
const HIT_BETWEEN = /\b(died|dead|killed|wounded|injured|hurt|kidnapped|stepped on|among those|casualties)\b|'s\s+(role|\w+'s)\b/i;
// "5 soldiers killed, several wounded": a harm verb with no object after it reads as a passive.
const NO_OBJECT = /^\s*(,|\.|;|:|and\b|in\b|during\b|while\b|when\b|last\b|yesterday\b|today\b|on\b|near\b|$)/i;
const hitHere = (between: string, trigger: string, after: string) => HIT_BETWEEN.test(between)
  || (/^\s*$/.test(between) && /ed$/i.test(trigger) && NO_OBJECT.test(after));
const STATE = new Set(['state_forces', 'police']);
// What troops and police do against an attack, or say of it: they defused the bomb or raided the farm, they did not
// plant or attack; "police sources", "the police bomb squad", "the army rejects any accusation" are no agents either.
const STATE_COUNTER = /\b(defused|deactivated|dismantled|seized|found|discovered|arrested|captured|detained|rescued|repelled|raided|searched|confiscated|rejects?|rejected|denie[sd]|deny|saw|dubbed|astounded|opinion|sources?|squads?|patrols|organi[sz]ations|commanders?|chiefs?|directors?)\b/i;

/** The armed actor that is the subject of the trigger; undefined when none. */
export function armedSubject(text: string, actors: ActorSpan[], region: Span, trigger: Span): ActorSpan | undefined {
  return [...actors].reverse().find((a) => a.end <= trigger.start && a.start >= region.start && ARMED.has(a.type ?? '')
    // One that "said" or "reported" is a source.
    && !/\b(said|says|reported|announced|stated|confirmed|claimed|that|when|after|while|;)\b/i.test(text.slice(a.end, trigger.start))
    // "reports received by the police, the kidnapping", "police experts investigating the attack": not its agent.
    && !/\b(by|of|received|investigat\w*|reports?|according|between|with|experts?|sources?|spokesm[ae]n|officials?|attributed|blamed|described|labell?ed|condemned|denounced|base|post|headquarters|station|patrol)\b/i.test(text.slice(a.end, trigger.start))
    // "the police base ... was attacked": the subject of a passive is what was hit.
    && !/\b(was|were|been|being)\s+$/i.test(text.slice(a.end, trigger.start))
    && !/\b(by|of|to|with|and|between|from)\s+(the\s+)?$/i.test(text.slice(Math.max(region.start, a.start - 15), a.start))
    // "agents kidnapped by the ELN": the agent follows.
    && !/^\s*by\b/i.test(text.slice(trigger.end, trigger.end + 5))
    && !hitHere(text.slice(a.end, trigger.start), text.slice(trigger.start, trigger.end), text.slice(trigger.end, trigger.end + 12))
    && !(STATE.has(a.type ?? '') && STATE_COUNTER.test(text.slice(a.end, trigger.end)))
    && trigger.start - a.end < 80);
}

/** "[COMMUNIQUE] [NATIONAL LIBERATION ARMY] [TEXT]": the group a wire header names is the author. */
const inHeader = (text: string, a: ActorSpan) => /\[[^\]]*$/.test(text.slice(Math.max(0, a.start - 60), a.start)) && /^[^[]*\]/.test(text.slice(a.end, a.end + 60)) && /\[TEXT\]/i.test(text.slice(a.end, a.end + 80));

/**
 * A named non-state armed group the clause names that neither speaks nor is acted on; undefined when none. Only a
 * name: "the guerrillas" in a clause without an agent are talked about ("sympathizers of the guerrillas", "the
 * guerrillas decided to suspend the talks") far more often than they are the ones who did it.
 */
export function guessedGroup(text: string, actors: ActorSpan[], region: Span, free: (a: ActorSpan) => boolean): ActorSpan | undefined {
  return actors.find((a) => !a.generic && a.start >= region.start && a.end <= region.end && free(a) && NON_STATE.has(a.type ?? '')
    && !/^[\s,]*(\w+\s+){0,3}(said|says|reported|announced|stated|states|denied|denies|denounced|told|warned|asked|called|has|have|condemned|condemns|rejected|rejects|bears|offers|proposes|suspended|suspends|spokesm[ae]n|sources?|general\s+command|commanders?|leaders?|decision|plans?|charges)\b/i.test(text.slice(a.end, a.end + 40))
    && !/\b(against|on|to|with|by|from|according to|quoting|ambushed|attacked|killed|killing|wounded|captured|arrested|clashes? with)\s+(the\s+)?([\w-]+\s+)?$/i.test(text.slice(Math.max(region.start, a.start - 30), a.start))
    && !inHeader(text, a));
}

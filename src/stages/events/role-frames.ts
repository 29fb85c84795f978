// The verb and noun frames that name an incident's participants: "killing three soldiers", "the bank was bombed
// by guerrillas", "Heavily armed men kidnapped ...", "an attack on the bridge".
import type { Token } from '../../doc/doc.js';
import { coordinated, listed, type Phrase, phraseAfter, phraseBefore } from './noun-phrases.js';
import { activeSubject } from './active-subject.js';
import { byAfter } from './responsibility.js';
import { isPhysicalTarget } from './target-heads.js';
import { firstAtOrAfter, tokenAt } from './token-index.js';
import type { RoleCollector } from './role-collector.js';
import { HARM, HOSTAGE, HIT, NOUN_FRAME, PERSON, AUX, GEO_HEAD, NOT_A_PARTICIPANT } from './role-words.js';

const STATE_FORCES = new Set(['state_forces', 'police']);
const RELATIVE_OF = /^(wife|husband|widow|daughter|son|stepson|brother|sister|father|mother|nephew|niece|cousin|relatives?|(son|daughter|brother|father|mother)-in-law)\s+of\b/i;

// Both frames open on a harming or hitting verb, a frame noun or "damage": one pattern for all of them, asked of
// every word of every incident's region.
const FRAME_OPENER = new RegExp(`^(?:${[HARM, HIT, NOUN_FRAME].map((r) => r.source.slice(1, -1)).join('|')}|damages?)$`);
export const opensFrame = (lower: string) => FRAME_OPENER.test(lower);

/** Reads every frame that opens in the incident's region. */
export function readFrames(c: RoleCollector): void {
  const { tokens, region } = c.ctx;
  for (let i = Math.max(firstAtOrAfter(tokens, region.start), 0); i < tokens.length && tokens[i].end <= region.end; i++) {
    // Any other word is passed over at once.
    if (!FRAME_OPENER.test(tokens[i].lower)) continue;
    if (!readVerbFrame(c, i)) readNounFrame(c, i);
  }
}

// "blew up a bus", "set fire to a store", "opened fire on a patrol", "shot repeatedly at the car": where the object begins.
function objectStart(tokens: Token[], i: number): number {
  let k = i + 1;
  if (/^(blew|set|opened)$/.test(tokens[i].lower)) k++;
  if (tokens[k]?.lower === 'fire') k++;
  while ((tokens[k]?.pos === 'ADV' || tokens[k]?.lower === 'close') && k - i < 4) k++;
  if (/^(to|on|at|upon)$/.test(tokens[k]?.lower ?? '')) k++;
  return k;
}

const INTERCEPTED_THING = /^(conversations?|calls?|communications?|messages?|transmissions?|letters?|shipments?|cargo|consignments?|signals?|radio)$/;

/** The harming or hitting verb at token i, read for its victims, targets and agent; false when it is no such verb. */
function readVerbFrame(c: RoleCollector, i: number): boolean {
  const { text, tokens, actors, places, persons, region } = c.ctx;
  const t = tokens[i];
  if (!(HARM.test(t.lower) || HIT.test(t.lower))) return false;
  // 'was "completely destroyed"': quotes and adverbs may stand between the auxiliary and the verb.
  let aux = i - 1;
  while (aux > 0 && i - aux < 3 && (/^["“”']$/.test(tokens[aux].text) || tokens[aux].pos === 'ADV')) aux--;
  // "were abducted and later murdered by": the second verb shares the first one's auxiliary.
  if (aux > 1 && tokens[aux].lower === 'and' && (HARM.test(tokens[aux - 1].lower) || HIT.test(tokens[aux - 1].lower)) && AUX.test(tokens[aux - 2].lower)) aux -= 2;
  // "four agents kidnapped by the ELN were freed": a participle with its agent is a passive without auxiliary.
  const hasAux = aux >= 0 && AUX.test(tokens[aux].lower);
  const relativeParticiple = !hasAux && reducedRelative(tokens, i);
  const reduced = !hasAux && ((tokens[i + 1]?.lower === 'by' && /ed$/.test(t.lower)) || relativeParticiple);
  const passive = reduced || hasAux;
  if (reduced) aux = i;
  // "two nurses had been abducted", "which may have been dynamited": the perfect and the modal stand before "been".
  if (passive && !reduced && tokens[aux].lower === 'been') while (aux > 0 && /^(have|has|had|will|would|may|might|could|must|should|not|n't)$/.test(tokens[aux - 1].lower)) aux--;
  // "the wounded", "the dead": after an article the word names people, it is no verb.
  const idle = /^(the|a|an)$/.test(tokens[i - 1]?.lower ?? '') || (t.lower === 'took' && tokens[i + 1]?.lower === 'place') || (/^(held|taken|took)$/.test(t.lower) && !tokens.slice(i + 1, i + 5).some((x) => HOSTAGE.test(x.lower)));
  // "the army raided five farms", "police raided an office": troops and police searching are no attack.
  const search = /^(raided|searched)$/.test(t.lower) && actors.some((a) => STATE_FORCES.has(a.type ?? '') && a.end <= t.start && t.start - a.end < 40 && a.start >= region.start);
  if (idle || search) return false;
  // "the newspaper offices, which were dynamited": the phrase a relative pronoun stands for.
  const relative = passive && /^(which|that)$/.test(tokens[aux - 1]?.lower ?? '') ? aux - 1 - (tokens[aux - 2]?.text === ',' ? 1 : 0) : -1;
  let subject = passive ? phraseBefore(tokens, relative > 0 ? relative : aux) : null;
  // "the bodies of the Jesuits murdered ...": the participle says what befell the nearest noun, the Jesuits.
  if (subject && relativeParticiple) subject = afterLastOf(tokens, subject);
  // "the police base in Uchiza was attacked": the town that says where stands between the thing and its verb.
  const town = subject && (GEO_HEAD.test(subject.head.lower) || places.some((pl) => pl.precision !== 'facility' && pl.start <= subject!.head.start && subject!.head.end <= pl.end));
  const inAt = town ? tokenAt(tokens, subject!.start) - 1 : -1;
  if (inAt > 0 && /^(in|at)$/.test(tokens[inAt].lower)) subject = phraseBefore(tokens, inAt) ?? subject;
  const object = passive ? null : phraseAfter(tokens, objectStart(tokens, i));
  const hit = subject ?? object;
  // "the police intercepted a conversation of X", "intercepted a shipment": what is overheard or seized is not hit.
  if (t.lower === 'intercepted' && tokens.slice(i + 1, i + 5).some((x) => INTERCEPTED_THING.test(x.lower))) return true;
  if (subject) addListedSubjects(c, i, subject);
  // Whoever is killed, kidnapped or wounded is a victim; what is attacked or hit is a victim only if a person.
  // "shot at the water tower", "fired on the bus": fire aimed at a thing hits a target.
  const aimed = !passive && /^(at|on|upon)$/.test(tokens[objectStart(tokens, i) - 1]?.lower ?? '');
  const role = (HARM.test(t.lower) && !aimed && !(HIT.test(t.lower) && isPhysicalTarget(hit?.head.lower ?? ''))) || PERSON.test(hit?.head.lower ?? '') ? 'victims' : 'targets';
  // "kidnapped cattleman X, nephew of Y": an apposition that names a relative is not another one hurt.
  if (hit) { c.add(role, hit); if (!passive) for (const q of listed(tokens, hit, role === 'victims')) if (!(role === 'victims' && RELATIVE_OF.test(text.slice(q.start, q.end)))) c.add(role, q); }
  // "... were killed by guerrillas": the agent of a passive.
  // "was shot today near the market by two men": the agent may come a few words later.
  if (passive) {
    const by = byAfter(tokens, i, region);
    const agent = by >= 0 ? phraseAfter(tokens, by + 1) : null;
    if (agent) { c.add('perpetrators', agent); c.add('perpetrators', coordinated(tokens, agent)); }
  }
  // "Heavily armed men kidnapped ...": the subject of an active verb, when it names people who act or a group.
  // "four people killed" in a headline is a passive without its auxiliary: the verb needs an object.
  // In capitals a name may be tagged as a verb ("KILLED HECTOR OQUELI"): a person named there is an object too.
  const objectIsName = persons.some((m) => m.start === tokens[objectStart(tokens, i)]?.start);
  if (!passive && (objectIsName || (object !== null && /^(DET|NUM|NOUN|PROPN|ADJ|PRON)$/.test(tokens[objectStart(tokens, i)]?.pos ?? '')))) {
    const agent = activeSubject(text, tokens, i, actors);
    // "They blew up ...": the ones "they" stands for may be named in a sentence before.
    if (agent) c.add('perpetrators', agent, 'reported', agent.start < region.start);
  }
  return true;
}

/**
 * "the bodies of the Jesuits murdered last Friday were buried", "the four farmers killed on Friday were found": people
 * named before a participle that a time or place phrase follows, then the sentence's own verb or the agent ("by").
 * "the rebels killed on Friday two farmers" goes on with an object: an active verb, as before. So do the people
 * "among" whom the one named next was hit.
 */
function reducedRelative(tokens: Token[], i: number): boolean {
  if (!/(ed|^shot|^slain)$/.test(tokens[i].lower) || !PERSON.test(tokens[i - 1]?.lower ?? '')) return false;
  // "among the nuns shot was Sister X": the participle right before the verb that names one of them.
  if (/^(was|were)$/.test(tokens[i + 1]?.lower ?? '')) return tokens.slice(Math.max(0, i - 5), i - 1).some((t) => t.lower === 'among');
  if (!/^(on|in|at|near|during|with|last|this|yesterday|today|earlier|early|late|\[)$/.test(tokens[i + 1]?.lower ?? '')) return false;
  for (let k = i + 1; k < tokens.length && k - i <= 8; k++) {
    const w = tokens[k];
    if (w.text === '[') { while (k < tokens.length - 1 && tokens[k].text !== ']') k++; continue; } // "[17 November]", a gloss
    if (w.lower === 'by' || /^(was|were|are|is|have|had|has)$/.test(w.lower)) return k > i + 1 || w.lower === 'by';
    if (/^(NUM|DET|PRON)$/.test(w.pos) && !/^(last|this|that)$/.test(w.lower) && !/^(on|in|at|near|during|since|last|this)$/.test(tokens[k - 1].lower)) return false;
    if (/^[.;:!?"]$/.test(w.text)) return false;
  }
  return false;
}

/** The part of a phrase after its last "of" ("the slayers of the six priests" -> "the six priests"). */
function afterLastOf(tokens: Token[], p: Phrase): Phrase {
  const first = tokenAt(tokens, p.start), last = tokenAt(tokens, p.head.start);
  for (let k = last - 1; k > first; k--) if (tokens[k].lower === 'of') return { ...p, start: tokens[k + 1].start };
  return p;
}

/** "one office, one bus and one transformer were damaged": the subjects listed before a passive. */
function addListedSubjects(c: RoleCollector, i: number, subject: NonNullable<ReturnType<typeof phraseBefore>>): void {
  const { tokens } = c.ctx;
  // "four nuns and three more persons were shot": a count and "more" or "other" stand before the last subject.
  const back = (k: number) => { while (k > 0 && (/^(NUM|DET)$/.test(tokens[k - 1].pos) || /^(more|other)$/.test(tokens[k - 1].lower))) k--; return k; };
  let first = back(tokenAt(tokens, subject.start));
  for (let n = 0; n < 4 && first > 1 && (tokens[first - 1].lower === 'and' || tokens[first - 1].text === ','); n++) {
    const k = tokens[first - 1].lower === 'and' && tokens[first - 2]?.text === ',' ? first - 2 : first - 1;
    const prev = phraseBefore(tokens, k);
    if (!prev || PERSON.test(prev.head.lower) !== PERSON.test(subject.head.lower)) break;
    c.add(HARM.test(tokens[i].lower) || PERSON.test(prev.head.lower) ? 'victims' : 'targets', prev);
    first = back(tokenAt(tokens, prev.start));
  }
}

/** For an attack noun, a later "against" in its clause (before a comma or another harming verb), or -1. */
function laterAgainst(tokens: Token[], i: number): number {
  if (!/^(attack|attacks|assault|bombing)$/.test(tokens[i].lower)) return -1;
  for (let k = i + 2; k < tokens.length && k - i <= 14; k++) {
    const w = tokens[k].lower;
    if (w === 'against') return k;
    if (/^[,.;:!?()]$/.test(tokens[k].text) || HARM.test(w) || NOUN_FRAME.test(w)) return -1;
  }
  return -1;
}

/** "an attack on the bridge", "the murder of the mayor", "damage to the school": a frame noun and what it names. */
function readNounFrame(c: RoleCollector, i: number): void {
  const { tokens } = c.ctx;
  const t = tokens[i];
  const nounFrame = NOUN_FRAME.test(t.lower) && (/^(on|against|of)$/.test(tokens[i + 1]?.lower ?? '') || (/^(bombing|explosion|blast)$/.test(t.lower) && tokens[i + 1]?.lower === 'at'));
  // "the attack with explosives that was perpetrated by unknown men against the office of ...": what it was aimed at
  // may come after the means and a relative clause.
  const against = nounFrame ? -1 : laterAgainst(tokens, i);
  if (!nounFrame && against < 0 && !(/^damages?$/.test(t.lower) && tokens[i + 1]?.lower === 'to')) return;
  let p = phraseAfter(tokens, against >= 0 ? against + 1 : i + 2);
  // "an attack on 13 May at the cafe": the day it fell on, then the place it hit.
  if (p && NOT_A_PARTICIPANT.test(p.head.lower)) {
    let k = firstAtOrAfter(tokens, p!.end);
    while (k > 0 && tokens[k].pos === 'NUM') k++;
    if (k > 0 && /^(at|in)$/.test(tokens[k].lower)) p = phraseAfter(tokens, k + 1);
  }
  const role = /^(death|murder|assassination|kidnapping|abduction|killing)$/.test(t.lower) || PERSON.test(p?.head.lower ?? '') ? 'victims' : 'targets';
  if (p) { c.add(role, p); for (const q of listed(tokens, p, role === 'victims')) c.add(role, q); }
}

// Who did it, said outright rather than read from the verb of the incident: "carried out by X", "attributed the
// attack to X", "X has claimed responsibility", "blamed X", "holds X responsible", "X were involved in the
// massacre", "X suspected of having planted the bomb". Each phrase comes with how the report attributes it.
import type { Actor } from '../../contract/mention.js';
import type { ActorSpan, Span, Token } from '../../doc/doc.js';
import { activeSubject } from './active-subject.js';
import { type Phrase, coordinated, phraseAfter, phraseBefore } from './noun-phrases.js';
import { AGENT_CUE, AUX } from './role-words.js';
import { deedAgents } from './perpetrator-by.js';
import { firstAtOrAfter } from './token-index.js';

export interface StatedPerpetrator { phrase: Phrase; attribution: Actor['attribution'] }

const HEDGED_BY = /^(presumably|apparently|allegedly|reportedly|probably|possibly|supposedly|reputedly)$/;

/**
 * The "by" that opens the agent of the verb at i, within the clause; -1 when none. "was abducted today in the
 * port of Buenaventura by a gang": a time and a place may stand between, so the agent is looked for up to nine words on.
 */
export function byAfter(tokens: Token[], i: number, region: Span): number {
  for (let k = i + 1; k < tokens.length && k - i <= 9 && tokens[k].end <= region.end; k++) {
    if (tokens[k].lower === 'by') return k;
    // "kidnapped in Medellin today, presumably by guerrillas": a hedged agent set off by a comma.
    if (tokens[k].text === ',' && HEDGED_BY.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by') return k + 2;
    if (/^[,;.:]$/.test(tokens[k].text) || /^(and|but|when|while|after|who|which|that|as)$/.test(tokens[k].lower)) return -1;
  }
  return -1;
}

// "were involved in", "are responsible for", "was behind": a subject said to have taken part.
const INVOLVED = /^(involved|implicated|responsible|behind|participated)$/;
// "suspected of having planted", "charged with the killing": the subject is the one suspected or accused.
const SUSPECTED = /^(suspected|accused|charged)$/;
const NEGATED = /^(no|not|none|any|never)$/;
// "a group of subversives conducted an attack", "the rebel front has staged another raid on the oil line"
const PERPETRATED = /^(carried|conducted|staged|perpetrated|committed|mounted|launched)$/;
const DEED = /^(attacks?|assaults?|raids?|bombings?|ambush(es)?|massacres?|murders?|crimes?|killings?|sabotage|kidnappings?|offensive|actions?|operations?|assassinations?)$/;

const ORDERED = /^(ordered|masterminded|planned|organized|orchestrated)$/;
const HARM_DEED = /^(assassination|murder|killing|kidnapping|abduction|massacre)$/;
const AUTHOR = /^(perpetrators?|authors?|masterminds?|intellectual)$/;

/** The "by" that opens the agent of the harm noun at i, past its "of" phrase and an apposition; -1 when none. */
function nounAgent(tokens: Token[], i: number, region: Span): number {
  if (tokens[i + 1]?.lower !== 'of') return -1;
  for (let k = i + 2; k < tokens.length && k - i <= 14 && tokens[k].end <= region.end; k++) {
    if (tokens[k].lower === 'by') return k;
    if (/^[;.:()]$/.test(tokens[k].text) || /^(and|but|when|while|after|who|which|that|as|said|says|was|were|is|are|has|have|had)$/.test(tokens[k].lower)) return -1;
  }
  return -1;
}

// Every cue below opens on one of these words: any other word is passed over with one pattern instead of fifteen.
const ANCHORED = [AGENT_CUE, PERPETRATED, HARM_DEED, ORDERED, AUTHOR, INVOLVED, SUSPECTED].map((r) => r.source.slice(1, -1));
const CUE_WORD = new RegExp(`^(?:${ANCHORED.join('|')}|attributed|blamed|claimed|accepted|admitted|assumed|released|freed|work|hold|holds|held|holding|accused|accusing|accuse|accuses|implicated)$`);
export const isCueWord = (lower: string) => CUE_WORD.test(lower);

export function statedPerpetrators(text: string, tokens: Token[], region: Span, actors: ActorSpan[] = []): StatedPerpetrator[] {
  const out: StatedPerpetrator[] = [];
  const push = (phrase: Phrase | null, attribution: Actor['attribution'], andNext = false) => {
    if (!phrase) return;
    out.push({ phrase, attribution });
    const next = andNext ? coordinated(tokens, phrase) : null;
    if (next) out.push({ phrase: next, attribution });
  };
  const first = Math.max(firstAtOrAfter(tokens, region.start), 0);
  const negatedBefore = (p: Phrase) => NEGATED.test(tokens[tokens.findIndex((x) => x.start === p.start) - 1]?.lower ?? '');
  for (let i = first; i < tokens.length && tokens[i].end <= region.end; i++) {
    const t = tokens[i];
    if (!CUE_WORD.test(t.lower)) continue;
    const next = tokens[i + 1]?.lower ?? '';
    if (AGENT_CUE.test(t.lower) && /^(by|to|on)$/.test(next)) push(phraseAfter(tokens, i + 2), /attributed|blamed/.test(t.lower) ? 'suspected' : t.lower === 'claimed' ? 'claimed' : 'reported');
    else if (AGENT_CUE.test(t.lower) && !/^(attributed|blamed)$/.test(t.lower)) { const by = byAfter(tokens, i, region); if (by > i + 1) push(phraseAfter(tokens, by + 1), 'reported'); }
    // "attributed the attack to X", "blamed the bombing on X"; "blamed the murder of two missionaries on X": the
    // deed may take a few words. Without "on", whom "blamed" names is the one accused.
    const onAt = /^(attributed|blamed)$/.test(t.lower) ? tokens.slice(i + 2, i + 12).findIndex((x) => /^(to|on)$/.test(x.lower) || /^[,;.]$/.test(x.text)) : -1;
    const blamedOn = onAt >= 0 && /^(to|on)$/.test(tokens[i + 2 + onAt].lower);
    if (blamedOn) push(phraseAfter(tokens, i + 3 + onAt), 'suspected');
    else if (t.lower === 'blamed' && !/^(on|for)$/.test(next)) push(phraseAfter(tokens, i + 1), 'accused', true);
    // "claimed responsibility", "the army accepted responsibility for the deaths"
    if (/^(claimed|accepted|admitted|assumed)$/.test(t.lower) && (next === 'responsibility' || next === 'credit')) {
      let k = i;
      while (k > 0 && /^(has|have|had|already|also|today|yesterday)$/.test(tokens[k - 1].lower)) k--;
      const who = phraseBefore(tokens, k);
      // "No group has claimed responsibility", "the rebels have not claimed responsibility"
      if (who && !negatedBefore(who) && !/\b(not|never|no)\b/i.test(text.slice(who.end, t.start))) push(who, 'claimed');
    }
    if (PERPETRATED.test(t.lower) && !AUX.test(tokens[i - 1]?.lower ?? '') && next !== 'by' && tokens.slice(i + 1, i + 6).some((x) => DEED.test(x.lower))) {
      const who = activeSubject(text, tokens, i, actors);
      if (who && who.start >= region.start) push(who, 'reported');
    }
    // "the assassination of the minister, a lawyer, by suspected urban guerrillas": the agent of a harm noun.
    if (HARM_DEED.test(t.lower) && !AUX.test(tokens[i - 1]?.lower ?? '')) {
      const by = nounAgent(tokens, i, region);
      if (by > 0) push(phraseAfter(tokens, by + 1), 'reported', true);
    }
    // "the engineers were released by the ELN": who lets hostages go is who held them (not who "rescued" them).
    if (/^(released|freed)$/.test(t.lower) && AUX.test(tokens[i - 1]?.lower ?? '')) {
      const by = byAfter(tokens, i, region);
      if (by > 0) push(phraseAfter(tokens, by + 1), 'reported');
    }
    // "cartel boss X ordered the assassination of Y", "X masterminded the bombing": who had it done did it.
    if (ORDERED.test(t.lower) && !AUX.test(tokens[i - 1]?.lower ?? '') && tokens.slice(i + 1, i + 4).some((x) => DEED.test(x.lower))) {
      const who = phraseBefore(tokens, i);
      if (who && who.start >= region.start && !negatedBefore(who)) push(who, 'reported');
    }
    // "the raid seems to have been the work of fighters of the Red Dawn Front"
    if (t.lower === 'work' && next === 'of' && tokens[i - 1]?.lower === 'the' && tokens.slice(Math.max(first, i - 4), i - 1).some((x) => /^(was|is|were|are|been)$/.test(x.lower))) {
      const p = phraseAfter(tokens, i + 2);
      if (p) push(p, 'suspected');
    }
    // "X was the perpetrator of the murder", "X was the mastermind of the attack"
    if (AUTHOR.test(t.lower) && tokens[i + 1]?.lower === 'of' && tokens[i - 1]?.lower === 'the' && /^(was|is|were|are)$/.test(tokens[i - 2]?.lower ?? '')) {
      const who = phraseBefore(tokens, i - 2);
      if (who && who.start >= region.start && !negatedBefore(who)) push(who, 'accused');
    }
    // "holds the FMLN responsible", "held the army responsible for the massacre"
    if (/^(hold|holds|held|holding)$/.test(t.lower) && !AUX.test(tokens[i - 1]?.lower ?? '')) {
      const p = phraseAfter(tokens, i + 1);
      const after = p ? tokens.find((x) => x.start >= p.end) : undefined;
      if (after?.lower === 'responsible') push(p, 'accused');
    }
    // "accused the soldiers of the massacre"
    if (/^(accused|accusing|accuse|accuses)$/.test(t.lower) && next !== 'of') {
      const j = tokens.slice(i + 2, i + 8).findIndex((x) => x.lower === 'of' || /^[,;.:]$/.test(x.text));
      const p = j >= 0 && tokens[i + 2 + j].lower === 'of' ? phraseBefore(tokens, i + 2 + j) : null;
      if (p && p.start > t.start) push(p, 'accused');
    }
    // "the guerrillas are being held responsible", "two officers were involved in the crime"
    if ((INVOLVED.test(t.lower) || (t.lower === 'held' && next === 'responsible')) && i > first) {
      const who = involvedSubject(tokens, i, first);
      if (who && !negatedBefore(who)) push(who, 'accused');
    }
    // "the president implicated four officers in the murder"
    if (t.lower === 'implicated' && !AUX.test(tokens[i - 1]?.lower ?? '') && next !== 'in') {
      const j = tokens.slice(i + 2, i + 14).findIndex((x) => x.lower === 'in' || /^[;.:]$/.test(x.text));
      const p = phraseAfter(tokens, i + 1);
      if (p && j >= 0 && tokens[i + 2 + j].lower === 'in') push(p, 'accused', true);
    }
    // "ten people suspected of having set off the bomb", "two porters stand charged with the killing"
    if (SUSPECTED.test(t.lower) && /^(of|with)$/.test(next)) {
      let k = i;
      while (k > first && /^(been|being|was|were|is|are|have|has|had)$/.test(tokens[k - 1].lower)) k--;
      const who = phraseBefore(tokens, k);
      if (who && !negatedBefore(who)) push(who, t.lower === 'suspected' ? 'suspected' : 'accused');
    }
  }
  // Any other deed's agent after "by", once: the cues above may have read it already.
  for (const { phrase, hedged } of deedAgents(tokens, region)) if (!out.some((o) => o.phrase.start === phrase.start)) push(phrase, hedged ? 'suspected' : 'reported');
  return out;
}

/** The subject said to have taken part in it, before "were involved", "are responsible", "participated"; null when none or denied. */
function involvedSubject(tokens: Token[], i: number, first: number): Phrase | null {
  let aux = i - 1;
  while (aux > first && /^(being|been|directly|also|allegedly|reportedly|presumably)$/.test(tokens[aux].lower)) aux--;
  // "members of the army participated in the crime": this one needs no auxiliary.
  const active = tokens[i].lower === 'participated' && aux === i - 1;
  if (!active && !AUX.test(tokens[aux].lower) && !/^(have|has|had)$/.test(tokens[aux].lower)) return null;
  if (NEGATED.test(tokens[aux + 1]?.lower ?? '')) return null;
  return phraseBefore(tokens, active ? i : aux);
}

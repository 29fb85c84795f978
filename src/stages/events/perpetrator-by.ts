// "was abducted on 9 May by three armed men", "the bomb was left by unidentified individuals", "the highway was mined
// by the rebels", "attacks by the guerrillas": the agent after "by" of a deed, whatever the verb frames of roles.ts
// read. The frames read only the verbs that harm or hit; the deed may be any word of doing harm, and a date or a
// place may stand between it and "by". The phrase comes without its count: perpetratorParts puts it back.
import type { Span, Token } from '../../doc/doc.js';
import { type Phrase, phraseAfter } from './noun-phrases.js';
import { AGENT_CUE, HARM, HIT } from './role-words.js';
import { firstAtOrAfter } from './token-index.js';

// Deeds besides the frame verbs: "mined by", "left by", "the crime perpetrated by", "an offensive by".
const DEED = /^(mined|left|strafed|straffed|perpetrated|committed|caused|attacks?|offensive|crimes?|murders?|assassinations?|massacres?|killings?|kidnappings?|abductions?|bombings?|hostage|threatened|attempts?|sabotage|burning|dynamiting|ambush|raid|participation)$/;
// "seized by soldiers", "held by the army", "taken by the police": what troops do to arms and suspects is no deed of harm.
const NOT_DEED = /^(seized|held|taken|took|set|opened)$/;
// Where the agent search stops: a clause boundary, words that start another statement, and participles whose "by"
// names someone else: "a gas station owned by X", "left accompanied by the ambassador", "the attack was repelled by
// the army", "crimes solved by the police", "the bus was bought by a man".
const STOP = /^(and|but|when|while|after|before|who|which|that|as|said|says|reported|according|because|since|if|although|owned|belonging|headed|financed|accompanied|followed|bought|used|solved|repelled|foiled|investigated|condemned|denounced|ordered|called)$/;
// Hedges that make the agent only suspected.
const HEDGED = /^(presumably|apparently|allegedly|reportedly|probably|possibly|supposedly)$/;

export interface DeedAgent { phrase: Phrase; hedged: boolean }

const isDeed = (lower: string) => (HARM.test(lower) || HIT.test(lower) || AGENT_CUE.test(lower) || DEED.test(lower)) && !NOT_DEED.test(lower);

/** Every "by" agent in the region whose deed stands at most eight words before it, within its clause. */
export function deedAgents(tokens: Token[], region: Span): DeedAgent[] {
  const out: DeedAgent[] = [];
  const first = Math.max(firstAtOrAfter(tokens, region.start), 0);
  for (let i = first; i < tokens.length && tokens[i].end <= region.end; i++) {
    if (tokens[i].lower !== 'by') continue;
    let deed = -1;
    for (let k = i - 1; k >= first && i - k <= 8; k--) {
      // "was killed, apparently by ...": a comma stops the search unless a hedge follows it.
      if (/^[;:.()[\]"]$/.test(tokens[k].text) || (tokens[k].text === ',' && !HEDGED.test(tokens[k + 1]?.lower ?? '')) || STOP.test(tokens[k].lower)) break;
      if (isDeed(tokens[k].lower)) { deed = k; break; }
    }
    // "the bomb was left by": leaving is a deed only in the passive ("he left followed by" is not).
    if (deed < 0 || (tokens[deed].lower === 'left' && !/^(was|were|been)$/.test(tokens[deed - 1]?.lower ?? ''))) continue;
    const phrase = phraseAfter(tokens, i + 1);
    if (!phrase || phrase.end > region.end) continue;
    out.push({ phrase, hedged: tokens.slice(deed + 1, i).some((t) => HEDGED.test(t.lower)) });
  }
  return out;
}

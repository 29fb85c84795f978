// Named people hurt in an incident: the ones a harm verb or noun reaches in its clause ("GUNMEN KILLED JUDGE X
// AND HIS DRIVER Y", "X AND Y WERE KIDNAPPED", "THE MURDER OF X"). People named as sources ("X SAID",
// "ACCORDING TO X") or as agents ("BY X") are not victims.
import type { Actor } from '../../contract/mention.js';
import type { Span, Token } from '../../doc/doc.js';
import type { PersonMention } from '../actors/persons.js';

const HARM_VERB = /^(killed|killing|kill|murdered|murdering|assassinated|assassinating|kidnapped|kidnapping|abducted|abducting|wounded|wounding|injured|injuring|shot|massacred|executed|slain|beheaded|hurt|tortured|machinegunned|stabbed|strangled|hacked)$/;
const HARM_NOUN = /^(murder|murders|assassination|assassinations|kidnapping|kidnappings|abduction|death|deaths|killing|killings|slaying|execution|disappearance)$/;
// Verbs whose subject is the one hurt: "X DIED", "X DISAPPEARED", "X WAS RIDDLED WITH BULLETS".
const SUBJECT_HURT = /^(died|disappeared|perished|riddled)$/;
const AUX = /^(was|were|been|being|be|is|are|got)$/;
// A clause ends at these: what lies beyond belongs to another verb.
const CLAUSE_END = /^(;|:|that|when|after|while|because|where|which|who|whom|before|since|although|but|said|says|reported|added|stated|announced|according)$/;
const SOURCE_AFTER = /^\s*(,\s*)?(\w+\s+){0,2}(said|says|reported|stated|told|added|announced|explained|noted|denounced|confirmed|declared|charged)\b/i;
const NOT_VICTIM_BEFORE = /\b(by|according to|told|to)\s+(\w+\s+){0,3}$/i;

export function personActor(text: string, m: PersonMention, attribution: Actor['attribution'] = 'reported'): Actor {
  return { name: m.name, text: text.slice(m.full.start, m.full.end), type: 'person', country: null, attribution, start: m.full.start, end: m.full.end };
}

/** People in the clause a harm word reaches: before it for a passive, after it for an active verb or a noun. */
export function harmedPersons(text: string, region: Span, tokens: Token[], persons: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  const inRegion = persons.filter((m) => m.start >= region.start && m.end <= region.end);
  if (inRegion.length === 0) return out;
  const first = tokens.findIndex((t) => t.start >= region.start);
  for (let i = Math.max(first, 0); i < tokens.length && tokens[i].end <= region.end; i++) {
    const t = tokens[i];
    const noun = HARM_NOUN.test(t.lower) && tokens[i + 1]?.lower === 'of';
    if (!HARM_VERB.test(t.lower) && !SUBJECT_HURT.test(t.lower) && !noun) continue;
    // 'WAS "KIDNAPPED"': quotes may stand between the auxiliary and the verb.
    const aux = /^["“”']$/.test(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
    const passive = !noun && ((aux >= 0 && AUX.test(tokens[aux].lower)) || SUBJECT_HURT.test(t.lower));
    let from: number, to: number;
    if (passive) {
      let k = SUBJECT_HURT.test(t.lower) ? i - 1 : aux - 1;
      while (k >= 0 && tokens[k].start >= region.start && tokens[k].sentence === t.sentence && !CLAUSE_END.test(tokens[k].lower) && !HARM_VERB.test(tokens[k].lower) && i - k < 30) k--;
      from = tokens[k + 1]?.start ?? t.start; to = t.start;
    } else {
      let k = i + 1;
      while (k < tokens.length && tokens[k].end <= region.end && tokens[k].sentence === t.sentence && !CLAUSE_END.test(tokens[k].lower) && tokens[k].lower !== 'by' && k - i < 25) k++;
      from = t.end; to = tokens[k - 1]?.end ?? t.end;
    }
    for (const m of inRegion) {
      if (m.start < from || m.end > to || out.includes(m)) continue;
      if (SOURCE_AFTER.test(text.slice(m.end, m.end + 40)) || NOT_VICTIM_BEFORE.test(text.slice(Math.max(from, m.start - 40), m.start))) continue;
      out.push(m);
    }
  }
  return out;
}

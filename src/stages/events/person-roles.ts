// Named people hurt in an incident: the ones a harm verb or noun reaches in its clause ("GUNMEN KILLED JUDGE X
// AND HIS DRIVER Y", "X AND Y WERE KIDNAPPED", "THE MURDER OF X"). People named as sources ("X SAID",
// "ACCORDING TO X") or as agents ("BY X") are not victims.
import type { Actor } from '../../contract/mention.js';
import type { Span, Token } from '../../doc/doc.js';
import type { PersonMention } from '../actors/persons.js';
import { firstAtOrAfter } from './token-index.js';
import { knownPerson } from '../../lexicon/persons.js';

const HARM_VERB = /^(killed|killing|kill|gunned|hostages?|murdered|murdering|assassinated|assassinating|kidnapped|kidnapping|abducted|abducting|wounded|wounding|injured|injuring|shot|massacred|executed|slain|beheaded|hurt|tortured|machinegunned|stabbed|strangled|hacked)$/;
const HARM_NOUN = /^(murder|murders|assassination|assassinations|kidnapping|kidnappings|abduction|death|deaths|killing|killings|slaying|execution|disappearance)$/;
// Verbs whose subject is the one hurt: "X DIED", "X DISAPPEARED", "X WAS RIDDLED WITH BULLETS".
const SUBJECT_HURT = /^(died|disappeared|perished|riddled|victims?|dead|escaped)$/;
const ESCAPED_FROM = /^(attacks?|attempts?|assassination|ambush|bomb|bombing|explosion|blast|unharmed|unhurt|uninjured)$/;
const AUX = /^(was|were|been|being|be|is|are|got)$/;
// A clause ends at these: what lies beyond belongs to another verb.
const CLAUSE_END = /^(;|:|that|when|after|while|because|where|which|who|whom|before|since|although|but|said|says|reported|added|stated|announced|according)$/;
const WITH_AFTER = /^[^.;:]{0,40}?\b(along with|together with|including)\b/i;
const SOURCE_AFTER = /^\s*(,\s*)?(\w+\s+){0,2}(said|says|reported|stated|told|added|announced|explained|noted|denounced|confirmed|declared|charged)\b/i;
// "X made statements to the judge about the shooting", "X testified": a witness, not one hurt.
const SPEAKS = /^\s*(,\s*)?(\w+\s+){0,2}(testified|made\s+(\w+\s+)?(statements?|declarations?)|released|issued|described|expressed|demanded|asked|urged|called|condemned|admitted|revealed|indicated|deplored|accused|blamed|denied|insisted|praised|pointed|criticized|rejected|requested|ordered|met|visited|received|noted|believes|thinks|has|have|had|will|would|is|are)\b/i;
// "X ordered the assassination", "X, the primary person implicated in the murder": who had it done, not who was hurt.
// "the president and his wife attend the funeral": someone at an event after it, not hurt in it.
const ATTENDS_AFTER = /^\s*(,\s*)?(and (his|her|their) ([\w-]+\s+){0,2})?((is|are|was|were)\s+)?(attending|attended|attends|present at|at the (funeral|burial|mass|ceremony|wake))\b/i;
const AGENT_AFTER = /^\s*(,\s*)?([\w-]+\s+){0,3}(ordered|masterminded|planned|implicated|involved|responsible|accused|charged|suspected|behind|perpetrated|carried out)\b/i;
// "upon instructions from X", "on orders from X"
const ORDERS_FROM = /\b(instructions|orders|order|command)\s+(from|of)\s+(\w+\s+){0,3}$/i;
// "a report from X": a voice. "the wife of Colonel X", "daughter of X": the one hurt is the relative named before.
// "[REPORT] [X] [TEXT]": a wire header's reporter.
const NOT_VICTIM_BEFORE = /\b(by|according to|told|to|from|(wife|husband|widow|daughter|son|stepson|brother|sister|father|mother|nephew|niece|cousin|relatives?|(son|daughter|brother|father|mother)-in-law) of)\s+(\w+\s+){0,3}$|\[[^\]]*$/i;

/** A named person as an actor; the country is the one the persons lexicon knows them to lead or serve. */
export function personActor(text: string, m: PersonMention, attribution: Actor['attribution'] = 'reported'): Actor {
  const country = knownPerson(m.name)?.country ?? null;
  return { name: m.name, text: text.slice(m.full.start, m.full.end), type: 'person', country, attribution, start: m.full.start, end: m.full.end };
}

const COMBATANT_BEFORE = /\b(soldiers?|privates?|corporals?|sergeants?|lieutenants?|captains?|guerrillas?|rebels?|militiam[ae]n|fighters?)\s+$/i;

/** The last word of the phrase "who" stands for before the auxiliary at aux ("X, WHO HAS BEEN"); -1 when none. */
function relativeHead(tokens: Token[], aux: number): number {
  let w = aux - 1;
  if (/^(has|have|had)$/.test(tokens[w]?.lower ?? '')) w--;
  if (tokens[w]?.lower !== 'who') return -1;
  return tokens[w - 1]?.text === ',' ? w - 2 : w - 1;
}

/** People in the clause a harm word reaches: before it for a passive, after it for an active verb or a noun. */
export function harmedPersons(text: string, region: Span, tokens: Token[], persons: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  const inRegion = persons.filter((m) => m.start >= region.start && m.end <= region.end);
  if (inRegion.length === 0) return out;
  const first = firstAtOrAfter(tokens, region.start);
  for (let i = Math.max(first, 0); i < tokens.length && tokens[i].end <= region.end; i++) {
    const t = tokens[i];
    // "the murder of X", "the assassination in the capital of X"
    const ofAt = tokens.slice(i + 1, i + 6).findIndex((x) => x.lower === 'of' || /^[,;.]$/.test(x.text));
    // "raids that took the lives of X": the lives taken are a harm noun too.
    const lives = /^(lives|life)$/.test(t.lower) && tokens[i - 1]?.lower === 'the' && /^(claimed|took|cost)$/.test(tokens[i - 2]?.lower ?? '');
    const noun = (HARM_NOUN.test(t.lower) || lives) && ofAt >= 0 && tokens[i + 1 + ofAt].lower === 'of';
    // "X'S MURDER", "THE CANDIDATE X'S ASSASSINATION": the one the possessive names was hurt.
    if (HARM_NOUN.test(t.lower) && /^['’]s$/i.test(tokens[i - 1]?.text ?? '')) {
      for (const m of inRegion) if (m.end === tokens[i - 2]?.end && !out.includes(m)) out.push(m);
      continue;
    }
    if (!HARM_VERB.test(t.lower) && !SUBJECT_HURT.test(t.lower) && !noun) continue;
    // "minutes after the killing the police intercepted a call by X": "the killing" is a noun; only "of" names its victims.
    if (!noun && /ing$/.test(t.lower) && /^(the|this|that|its|his|her|their)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    // "X was the victim of", "X was found dead": only these uses of "victim" and "dead" say who was hurt.
    if (/^victims?$/.test(t.lower) && !/^(was|were)$/.test(tokens[i - 2]?.lower ?? '')) continue;
    if (t.lower === 'dead' && tokens[i - 1]?.lower !== 'found') continue;
    // "X escaped unharmed from an attack", "X escaped a dynamite attack": the one it was aimed at, unhurt.
    if (t.lower === 'escaped' && !tokens.slice(i + 1, i + 7).some((x) => ESCAPED_FROM.test(x.lower))) continue;
    // 'WAS "KIDNAPPED"', 'WERE ALSO KILLED': quotes and adverbs may stand between the auxiliary and the verb.
    let aux = i - 1;
    while (aux > 0 && i - aux < 3 && (/^["“”']$/.test(tokens[aux].text) || tokens[aux].pos === 'ADV')) aux--;
    // "X AND Y, KIDNAPPED 11 DAYS AGO, WERE RESCUED": a participle after a comma says what happened to them.
    const reduced = !noun && tokens[i - 1]?.text === ',' && /ed$/.test(t.lower);
    const passive = !noun && ((aux >= 0 && AUX.test(tokens[aux].lower)) || SUBJECT_HURT.test(t.lower) || reduced);
    let from: number, to: number;
    // "X, WHO WAS SHOT LAST WEEK", "X, WHO HAS BEEN KIDNAPPED": the one the relative pronoun stands for.
    const who = passive ? relativeHead(tokens, aux) : -1;
    if (who >= 0) {
      // "Soldier X, who was wounded in combat": a fighter hurt in the fighting is a combatant casualty, not a victim.
      for (const m of inRegion) if (m.end === tokens[who].end && !out.includes(m) && !COMBATANT_BEFORE.test(text.slice(Math.max(region.start, m.start - 25), m.start))) out.push(m);
      continue;
    }
    if (passive) {
      let k = SUBJECT_HURT.test(t.lower) ? i - 1 : aux - 1;
      // Wire copy lists the dead with semicolons ("X; Y, THE SECRETARY; AND Z WERE KILLED"): a semicolon ends no list.
      while (k >= 0 && tokens[k].start >= region.start && tokens[k].sentence === t.sentence && (!CLAUSE_END.test(tokens[k].lower) || tokens[k].text === ';') && !HARM_VERB.test(tokens[k].lower) && i - k < 40) k--;
      from = tokens[k + 1]?.start ?? t.start; to = t.start;
      // "X WAS FOUND DEAD ALONG WITH Y", "THREE PERSONS WERE INJURED, INCLUDING Z": the people added after the verb.
      const w = WITH_AFTER.exec(text.slice(t.end, Math.min(region.end, t.end + 60)));
      if (w) {
        let e = firstAtOrAfter(tokens, t.end + w[0].length);
        const e0 = e;
        while (e >= 0 && e < tokens.length && tokens[e].end <= region.end && tokens[e].sentence === t.sentence && (!CLAUSE_END.test(tokens[e].lower) || tokens[e].text === ';') && e - e0 < 30) e++;
        if (e > e0) { to = tokens[e - 1].end; from = Math.min(from, t.end); }
      }
    } else {
      let k = i + 1;
      // "KILLING X, 42; Y, 19; AND Z": semicolons separate the people listed.
      while (k < tokens.length && tokens[k].end <= region.end && tokens[k].sentence === t.sentence && (!CLAUSE_END.test(tokens[k].lower) || tokens[k].text === ';') && tokens[k].lower !== 'by' && k - i < 40) k++;
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

// "THE VICTIMS WERE IDENTIFIED AS X, Y AND Z", "THE FOLLOWING POLICEMEN DIED: X, Y": the people listed are victims.
const IDENTIFIED = /\b(victims?|dead|deceased|bodies|hostages|(those|the ones|persons|people) (killed|kidnapped|wounded|murdered|injured)|the (slain|murdered|kidnapped|wounded|injured|abducted))\b([^.;]{0,50}?\b(were|are|was|include[sd]?|:)|[^.;]{0,120}?\bidentified as)|\bthe following\b[^.;:]{0,40}\b(died|were (killed|kidnapped|wounded|murdered|injured|abducted))\b|\b(bodies|body) of\b|\b(?<!(suspects?|attackers?|assailants?|killers?|gunm[ae]n|perpetrators?|kidnappers?|bombers?|terrorists?|guerrillas?|detainees?|prisoners?)\s(was|were|has been|have been)\s)(?<=(was|were|been)\s)identified as\b/gi;

/** People a sentence lists as the victims, after a cue such as "the victims were identified as". */
export function listedVictims(text: string, region: Span, persons: PersonMention[]): PersonMention[] {
  // No person in the region, none listed: no cue to look for (the cue pattern was 1% of the extract profile).
  if (!persons.some((m) => m.start >= region.start && m.end <= region.end)) return [];
  const r = text.slice(region.start, region.end);
  IDENTIFIED.lastIndex = 0;
  const cue = IDENTIFIED.exec(r);
  if (!cue) return [];
  const from = region.start + cue.index! + cue[0].length;
  return persons.filter((m) => m.start >= from && m.end <= region.end && !SOURCE_AFTER.test(text.slice(m.end, m.end + 40)));
}

// Speech only: "X has" or "X met" says nothing of whether X was hurt on another day.
const SPEECH = /^\s*(,\s*)?(\w+\s+){0,2}(released|issued|described|expressed|demanded|asked|urged|called on|condemned|admitted|revealed|indicated|deplored|denied|insisted|criticized|rejected|requested|believes|thinks)\b/i;

/** The words after a name without what describes it: "X [SOCIETY OF JESUS], THE ORDER'S SPOKESMAN, HAS RELEASED". */
const withoutApposition = (after: string) => after.replace(/^\s*\[[^\]]{0,60}\]/, '').replace(/^\s*,[^,.;]{0,100},/, '');

// "X and the army chiefs seek to ...": X does what the verb after the others says (the verb patterns below allow
// two words before it, so "the high command" leaves "command are").
const withoutOthers = (after: string) => after.replace(/^\s*,?\s*and\s+(the|his|her|their)\s+[\w-]+/i, '');

/** A person who speaks where named: "X said", "X, the union's leader, denounced". */
export function speaksHere(text: string, m: PersonMention): boolean {
  const after = withoutApposition(text.slice(m.end, m.end + 160));
  return SOURCE_AFTER.test(after) || SPEECH.test(after);
}

// "the mission thanked X for his help in solving the killing": one praised, asked or blamed is not hurt.
const ADDRESSED = /\b(congratulated|congratulates|thanked|thanks|praised|praises|urged|urges|asked|asks|criticized|criticizes|accused|accuses|blamed|blames|met with|meets with|called on|calls on|appealed to)\s+([\w.'’-]+\s+){0,3}$/i;

/** A person named in a sentence who is neither speaking nor spoken to, nor the agent ("by X"). */
export function bystanderFree(text: string, m: PersonMention, sentenceStart: number): boolean {
  // "X, former deputy and president of the company, described ...": the apposition aside, X speaks.
  const raw = text.slice(m.end, m.end + 140);
  const after = withoutOthers(withoutApposition(raw));
  return !SOURCE_AFTER.test(after) && !SPEAKS.test(after) && !AGENT_AFTER.test(after) && !AGENT_AFTER.test(raw) && !ATTENDS_AFTER.test(after) && !ORDERS_FROM.test(text.slice(Math.max(sentenceStart, m.start - 30), m.start)) && !NOT_VICTIM_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 40), m.start))
    && !/\b(president|minister|spokesman|ambassador|secretary|chief|director|commander)\s+$/i.test(text.slice(Math.max(sentenceStart, m.start - 20), m.start))
    && !ADDRESSED.test(text.slice(Math.max(sentenceStart, m.start - 40), m.start));
}

// Who acted, read as the subject of an active verb: "heavily armed men kidnapped ...", "two men riding a
// motorcycle threw a grenade ...", and "they" standing for the group or the people named before as acting.
import type { ActorSpan, Token } from '../../doc/doc.js';
import { type Phrase, phraseBefore } from './noun-phrases.js';
import { PERP_HEAD } from './perpetrator-phrase.js';
import { ARMED, HARM, HIT, PLACED, SUBJECT_GAP } from './role-words.js';
import { tokenAt } from './token-index.js';

// Words that open a description after the head: "men riding a motorcycle", "a man dressed in uniform".
const DESCRIBES = /^(riding|traveling|travelling|wearing|dressed|armed|carrying|driving|aboard|in|on|with)$/;
// Bare heads that name anyone at all: only with a word that marks them as attackers do they name perpetrators.
const VAGUE = /^(people|persons|men|man)$/;
const ARMED_WORD = /\b(armed|unidentified|unknown|masked|hooded)\b/i;
// "they" stands for several: a group, or people written in the plural.
const PLURAL = /(s|men|people|police|military)$/;
/** How far back, in sentences, "they" may reach for the ones it stands for. */
const REACH = 2;

const armedActorAt = (actors: ActorSpan[], t: Token) => actors.find((a) => ARMED.has(a.type ?? '') && a.start <= t.start && t.end <= a.end);

/** The subject before the active verb at token i when it names people who act or an armed actor; null otherwise. */
export function activeSubject(text: string, tokens: Token[], i: number, actors: ActorSpan[]): Phrase | null {
  let k = i;
  while (k > 0 && SUBJECT_GAP.test(tokens[k - 1].lower) && i - k < 3) k--;
  if (tokens[k - 1]?.lower === 'they') return antecedent(tokens, k - 1, actors);
  // "unidentified persons who threw a grenade", "urban guerrillas, who machinegunned the house"
  if (tokens[k - 1]?.lower === 'who') k -= tokens[k - 2]?.text === ',' ? 2 : 1;
  // "four armed men, who posed as agents, kidnapped the mayor": the subject stands before the clause set off.
  // "Colombian guerrillas, disguised as policemen, kidnapped": so does a participle set off by commas.
  else if (tokens[k - 1]?.text === ',') {
    const opens = (t: Token, next: Token | undefined) => t.text === ',' && (/^(who|which)$/.test(next?.lower ?? '') || (next !== undefined && /(ed|ing)$/.test(next.lower) && /^(VERB|ADJ)$/.test(next.pos)));
    const open = tokens.slice(Math.max(0, k - 14), k - 1).map((t, n, all) => (opens(t, all[n + 1]) ? n : -1)).filter((n) => n >= 0).pop();
    if (open !== undefined) k = Math.max(0, k - 14) + open;
  }
  const near = phraseBefore(tokens, k);
  const acts = (p: Phrase | null) => p !== null && (PERP_HEAD.test(p.head.lower) || armedActorAt(actors, p.head) !== undefined);
  if (acts(near) && !(VAGUE.test(near!.head.lower) && !ARMED_WORD.test(text.slice(near!.start, near!.end)))) return near;
  // "two men on a motorcycle | set off": the head stands before the words that describe it; a description
  // is itself the mark of people who act, whatever their head.
  for (let j = k - 1; j > 0 && k - j <= 8 && tokens[j].sentence === tokens[i].sentence; j--) {
    if (/^[,;:.()"“”]$/.test(tokens[j].text) || /^(and|or|but|that|who|which|when|after|while)$/.test(tokens[j].lower)) break;
    if (!DESCRIBES.test(tokens[j].lower)) continue;
    const p = phraseBefore(tokens, j);
    if (acts(p)) return p;
  }
  // "gunmen stormed the ranch, shot a caretaker and set fire to the barn": verbs joined share their subject.
  if (/^(and|,)$/.test(tokens[k - 1]?.lower ?? '')) {
    for (let j = k - 2; j > 0 && k - j < 25 && tokens[j].sentence === tokens[i].sentence; j--) {
      if (tokens[j].pos !== 'VERB' || /^(said|says|reported|added|stated)$/.test(tokens[j].lower)) continue;
      let g = j;
      while (g > 0 && SUBJECT_GAP.test(tokens[g - 1].lower) && j - g < 3) g--;
      const p = phraseBefore(tokens, g);
      if (acts(p) && !(VAGUE.test(p!.head.lower) && !ARMED_WORD.test(text.slice(p!.start, p!.end)))) return p;
    }
  }
  return null;
}

/**
 * "Guerrillas attacked the post. They burned ...": the nearest group or plural people before "they" that acted
 * (the subject of a harming verb or the agent after "by"), in its sentence or the two before. Officials who
 * speak and people who were hit are not taken: they neither stand before such a verb nor after "by".
 */
export function antecedent(tokens: Token[], pronoun: number, actors: ActorSpan[]): Phrase | null {
  const sentence = tokens[pronoun].sentence;
  for (let j = pronoun - 1; j >= 0 && sentence - tokens[j].sentence <= REACH; j--) {
    const t = tokens[j];
    if (!PLURAL.test(t.lower)) continue;
    const group = armedActorAt(actors, t);
    if (!group && !PERP_HEAD.test(t.lower)) continue;
    if (tokens[j + 1] && (tokens[j + 1].pos === 'NOUN' || tokens[j + 1].pos === 'PROPN')) continue;
    const next = tokens.slice(j + 1, j + 4).find((x) => !SUBJECT_GAP.test(x.lower));
    const acted = next !== undefined && (HARM.test(next.lower) || HIT.test(next.lower) || PLACED.test(next.lower) && next.pos === 'VERB');
    const p = phraseBefore(tokens, j + 1);
    const agent = p !== null && tokens[tokenAt(tokens, p.start) - 1]?.lower === 'by';
    if (p && (acted || agent)) return p;
  }
  return null;
}

// Noun phrases around a verb, from the tagger's parts of speech: what was hit, who was killed, by whom.
// Phrases are returned without determiners and numbers ("about 50 peasants" -> "peasants"): the head with
// its modifiers is what analysts and answer keys record.
import type { Span, Token } from '../../doc/doc.js';
import { isCommonWord } from '../places/common-words.js';

const SKIP = /^(the|a|an|this|that|these|those|its|their|his|her|our|some|several|many|about|around|nearly|almost|at|least|more|than|over|up|to|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|other|others|another|all|both|each|of|\d[\d,.]*)$/i;
const TIME_WORD = /^(today|yesterday|tonight|tomorrow|predawn|dawn|morning|afternoon|evening|night|weekend|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const DETERMINER = /^(a|an|the|this|these|those|its|their|his|her|our)$/;
const NOMINAL = new Set(['NOUN', 'PROPN']);
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

export interface Phrase extends Span { head: Token }

function phraseOf(tokens: Token[], first: number, last: number): Phrase | null {
  // "close to the embassy", "near the bridge" begin no phrase (but join none either: "persons near the town").
  while (first <= last && (SKIP.test(tokens[first].lower) || /^(close|near)$/.test(tokens[first].lower) || /^["“”]$/.test(tokens[first].text))) first++;
  // "the telephone office today": a time word the tagger reads as a noun ends no phrase.
  while (last >= first && (!NOMINAL.has(tokens[last].pos) || TIME_WORD.test(tokens[last].lower))) last--;
  if (last < first) return null;
  return { start: tokens[first].start, end: tokens[last].end, head: tokens[last] };
}

// "EL ESPECTADOR'S OFFICES", "TRUSHIN'S CAR": in capitals a possessive joins after a name no dictionary holds (an
// ordinary word's, "THE MINISTER'S RESIDENCE", is left as the tagger reads it).
const possessiveName = (tokens: Token[], j: number) => /^['’]S$/.test(tokens[j].text) && j > 0 && !isCommonWord(tokens[j - 1].lower);

// "the state-owned bank", "a right-wing group": a word written tight after a hyphen is part of the compound.
// "the al Qaeda-linked group", "Iran-backed militias" name another group as a relation: they join no phrase.
const RELATION = /^(linked|backed|affiliated|allied|aligned|based|led|run|controlled|supported|inspired|sponsored|funded|armed|trained)$/;
const hyphened = (tokens: Token[], j: number) => j > 1 && tokens[j - 1].text === '-' && tokens[j - 1].end === tokens[j].start && tokens[j - 2].end === tokens[j - 1].start && !RELATION.test(tokens[j].lower);

// "heavily armed men": an adverb that grades the modifier after it belongs to the phrase.
// "claims that at least 100 soldiers": a clause opened by "that" is no part of the phrase.
// "at" and "to" join only as parts of a count ("at least 12", "up to 30"): "dynamite at the embassy" is two phrases.
const joins = (tokens: Token[], j: number) => {
  const t = tokens[j];
  if (t.lower === 'at' && tokens[j + 1]?.lower !== 'least') return false;
  if (t.lower === 'to' && tokens[j - 1]?.lower !== 'up') return false;
  return t.lower !== 'that' && (MODIFIER.has(t.pos) || /^(-|'s|’s|"|“|”)$/.test(t.text) || possessiveName(tokens, j) || SKIP.test(t.lower) || /^(heavily|well|fully|lightly|alleged|suspected|presumed|purported)$/.test(t.lower) || hyphened(tokens, j));
};

// "by hooded individuals", "by hired gunmen": in capitals the tagger reads the participle that opens a phrase as
// a verb. Only before a noun or an adjective, and only where the phrase begins (after its article or count).
// "a privately owned bus", "a heavily guarded station": an adverb in -ly may grade it.
const leadingParticiple = (tokens: Token[], i: number, j: number) => {
  const t = tokens[j];
  const grading = t.pos === 'ADV' && /ly$/.test(t.lower) && tokens[j + 1]?.pos === 'VERB' && /ed$/.test(tokens[j + 1].lower);
  const participle = t.pos === 'VERB' && /ed$/.test(t.lower) && /^(NOUN|ADJ)$/.test(tokens[j + 1]?.pos ?? '');
  const before = tokens.slice(i, j).filter((x) => !(x.pos === 'ADV' && /ly$/.test(x.lower)));
  return (grading || participle) && before.every((x) => SKIP.test(x.lower));
};

/** The noun phrase that starts at token i (after a verb or preposition), within the sentence. */
export function phraseAfter(tokens: Token[], i: number): Phrase | null {
  if (i >= tokens.length) return null;
  // "the so-called Army of National Liberation", "a self-styled group": the name follows.
  const k = tokens[i] && /^(the|a|an)$/.test(tokens[i].lower) ? i + 1 : i;
  if (/^(so|self)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.text === '-' && /^(called|styled)$/.test(tokens[k + 2]?.lower ?? '')) i = k + 3;
  const sentence = tokens[i].sentence;
  let j = i;
  // A leading "at" is skipped as before ("shot at the car"); only one inside the phrase ends it.
  while (j < tokens.length && tokens[j].sentence === sentence && (joins(tokens, j) || (j === i && tokens[j].lower === 'at') || leadingParticiple(tokens, i, j))) j++;
  // "members of the FMLN", "the headquarters of the national police": keep one "of" and what follows.
  if (j < tokens.length - 1 && tokens[j].lower === 'of' && j > i) {
    let k = j + 1;
    while (k < tokens.length && tokens[k].sentence === sentence && joins(tokens, k)) k++;
    if (k > j + 1 && NOMINAL.has(tokens[k - 1].pos)) j = k;
  }
  return phraseOf(tokens, i, j - 1);
}

/** The noun phrase that ends right before token i ("three soldiers | were killed"). */
export function phraseBefore(tokens: Token[], i: number): Phrase | null {
  // "the FMLN [Farabundo Marti ...] attacked", "the ELN (Army of National Liberation) was blamed": the name
  // stands before the bracket that spells it out.
  if (/^[)\]]$/.test(tokens[i - 1]?.text ?? '')) {
    const open = tokens[i - 1].text === ')' ? '(' : '[';
    let j = i - 2;
    while (j > 0 && i - j < 12 && tokens[j].text !== open) j--;
    if (tokens[j]?.text === open) i = j;
  }
  const sentence = tokens[i - 1]?.sentence;
  let j = i - 1;
  while (j >= 0 && tokens[j].sentence === sentence && joins(tokens, j)) {
    // "near San Salvador a group of gunmen": an article opens the phrase, unless "of" joins it to one before.
    if (DETERMINER.test(tokens[j].lower) && tokens[j - 1]?.lower !== 'of') { j--; break; }
    j--;
  }
  return phraseOf(tokens, j + 1, i - 1);
}

/** "attacks on stores and electric towers": the phrase joined by "and" to the one just read. */
export function coordinated(tokens: Token[], p: Phrase): Phrase | null {
  const k = tokens.indexOf(p.head) + 1;
  // "killing six and wounding 15" joins two verbs, not two phrases; a comma may open an apposition.
  if (tokens[k]?.lower !== 'and' || opensClause(tokens[k + 1])) return null;
  // "damage to the embassy and to nearby houses"
  return phraseAfter(tokens, k + 1 + (/^(to|on|at|against)$/.test(tokens[k + 1]?.lower ?? '') ? 1 : 0));
}

const opensClause = (t: Token | undefined) => t === undefined || t.pos === 'VERB' || /(ing|ed)$/.test(t.lower);

/**
 * "burned the town hall, the bank, two trucks and a bus": every phrase of a list, after the first. Commas join
 * only phrases that stand alone ("the bank,", not "the bank, which"); the list ends at a verb or a clause.
 */
export function listed(tokens: Token[], p: Phrase, people = false): Phrase[] {
  const out: Phrase[] = [];
  let last: Phrase | null = p;
  while (last && out.length < 8) {
    let k = tokens.indexOf(last.head) + 1;
    if (tokens[k]?.text !== ',' && tokens[k]?.lower !== 'and') break;
    // "Juan Perez, a union leader": among people, "a" after a comma opens an apposition, not the next item.
    if (people && tokens[k].text === ',' && /^(a|an)$/.test(tokens[k + 1]?.lower ?? '')) break;
    if (tokens[k].text === ',') k++;
    if (tokens[k]?.lower === 'and') k++;
    if (opensClause(tokens[k]) || /^(which|who|that|where|when|while|but|according|as|including|the\s+same)$/.test(tokens[k]?.lower ?? '')) break;
    if (/^(to|on|at|against)$/.test(tokens[k]?.lower ?? '')) k++;
    last = phraseAfter(tokens, k);
    if (last) out.push(last);
  }
  return out;
}

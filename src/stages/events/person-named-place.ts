// "the assassination of LUIS CARLOS GALAN", "CARLOS VALENCIA GARCIA", "MAJOR HERACLIDES SUCRE": a town's name
// inside a person's name. The places stage keeps such a word when a preposition of place comes before it ("OF
// LUIS"); for the incident's place the words around it decide.
import type { PlaceSpan } from '../../doc/doc.js';
import { isSpanishGivenName } from '../actors/given-names-es.js';
import { isGivenName } from '../places/context.js';
import { isCommonWord } from '../places/common-words.js';

const WORD_AFTER = /^[ \t]*\n?[ \t]*([\p{L}'’-]+)/u;
const WORDS_BEFORE = /(?:([\p{L}'’.-]+)[ \t]*\n?[ \t]*)?([\p{L}'’-]+)[ \t]*\n?[ \t]*$/u;
// Ranks and titles written before a surname.
const TITLE = /^(mr|mrs|dr|major|maj|general|gen|colonel|col|captain|capt|lieutenant|lt|sergeant|sgt|president|senator|judge|justice|minister|mayor|father|bishop|monsignor|commander|deputy|don|dona)$/i;

// Verbs of saying after a name: people speak, small towns do not.
const SPEECH = /^(said|says|denied|denies|added|adds|explained|stated|declared|told|asserted|noted|reported)$/i;
const ACCORDING_TO = /\baccording to\s+$/i;

// "IN RODRIGUEZ PORTH'S ASSASSINATION": the name without the possessive, as it is written elsewhere.
const wordAfter = (s: string) => WORD_AFTER.exec(s)?.[1]?.replace(/['’]s$/i, '');
const given = (w: string) => isGivenName(w) || isSpanishGivenName(w.toLowerCase());
// A word that can be part of a name: capitalised and no ordinary word.
const nameWord = (w: string) => /^\p{Lu}/u.test(w) && (given(w) || !isCommonWord(w.toLowerCase()));

// The same place is asked about by every incident of its sentence, by the report's country count and by the look
// ahead: the answer is kept per place span (for the text it was asked with).
const answers = new WeakMap<PlaceSpan, { text: string; yes: boolean }>();

/** The place's words are part of a person's name. */
export function inPersonName(text: string, p: PlaceSpan): boolean {
  const known = answers.get(p);
  if (known !== undefined && known.text === text) return known.yes;
  const yes = readInPersonName(text, p);
  answers.set(p, { text, yes });
  return yes;
}

function readInPersonName(text: string, p: PlaceSpan): boolean {
  if (p.precision === 'country' || p.precision === 'region' || p.precision === 'facility' || /\s/.test(p.text.trim())) return false;
  const next = wordAfter(text.slice(p.end, p.end + 30));
  // "SANDOVAL SAID", "ACCORDING TO SANDOVAL,": a small town that speaks is a person; a capital may stand for its government.
  if (p.feature !== 'PPLC' && (next !== undefined && SPEECH.test(next) || ACCORDING_TO.test(text.slice(Math.max(0, p.start - 15), p.start)))) return true;
  const [, before, prev] = WORDS_BEFORE.exec(lastTwoRuns(text.slice(Math.max(0, p.start - 40), p.start))) ?? [];
  if (given(p.text) && next !== undefined && nameWord(next)) return true;
  // "JUDGE MARIO SOACHA RUIZ ... SOACHA RUIZ HAD REFUSED THE BAIL": a person named again by the surnames alone.
  if (next !== undefined && nameWord(next) && namedBefore(text, p, next)) return true;
  // "PRESIDENT VINICIO CEREZO ... DURING CEREZO'S ADMINISTRATION": a person's possessive, the person named in full before.
  if (/^['’]s\b/i.test(text.slice(p.end, p.end + 3)) && namedBefore(text, p, null)) return true;
  if (prev === undefined || !/^\p{Lu}/u.test(prev)) return false;
  // "Carlos Valencia", "Major Sucre", "Major Heraclides Sucre".
  return given(prev) || title(prev) || (nameWord(prev) && title(before));
}

const title = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w) && TITLE.test(w.replace(/\.$/, ''));

/** Earlier in the text, the place's word and the next one (null: any) follow a given name or a title: one person's surnames. */
function namedBefore(text: string, p: PlaceSpan, next: string | null): boolean {
  // lastIndexOf reads a negative position as 0: stop before the text's start.
  const earlier = (from: number) => (from > 0 ? text.lastIndexOf(p.text, from - 1) : -1);
  for (let i = earlier(p.start); i >= 0; i = earlier(i)) {
    if (next !== null && wordAfter(text.slice(i + p.text.length, i + p.text.length + 30)) !== next) continue;
    const prev = WORDS_BEFORE.exec(lastTwoRuns(text.slice(Math.max(0, i - 40), i)))?.[2];
    if (prev !== undefined && ((given(prev) && /^\p{Lu}/u.test(prev)) || title(prev))) return true;
  }
  return false;
}

const isBreak = (c: number) => c === 32 || c === 9 || c === 10;
/**
 * The end of s from its second-last run of characters other than space, tab and line feed: WORDS_BEFORE gives the same
 * match on it. A match holds no more than two such runs and ends at the end, so it starts no earlier; the pattern is
 * unanchored at its start and tried from every offset, so a shorter string is less work (this regex was 2% of extract).
 */
function lastTwoRuns(s: string): string {
  let i = s.length;
  for (let run = 0; run < 2; run++) {
    while (i > 0 && isBreak(s.charCodeAt(i - 1))) i--;
    while (i > 0 && !isBreak(s.charCodeAt(i - 1))) i--;
  }
  return i === 0 ? s : s.slice(i);
}

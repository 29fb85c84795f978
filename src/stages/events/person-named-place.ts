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

const given = (w: string) => isGivenName(w) || isSpanishGivenName(w.toLowerCase());
// A word that can be part of a name: capitalised and no ordinary word.
const nameWord = (w: string) => /^\p{Lu}/u.test(w) && (given(w) || !isCommonWord(w.toLowerCase()));

/** The place's words are part of a person's name. */
export function inPersonName(text: string, p: PlaceSpan): boolean {
  if (p.precision === 'country' || p.precision === 'region' || p.precision === 'facility' || /\s/.test(p.text.trim())) return false;
  const next = WORD_AFTER.exec(text.slice(p.end, p.end + 30))?.[1];
  const [, before, prev] = WORDS_BEFORE.exec(text.slice(Math.max(0, p.start - 40), p.start)) ?? [];
  if (given(p.text) && next !== undefined && nameWord(next)) return true;
  if (prev === undefined || !/^\p{Lu}/u.test(prev)) return false;
  // "Carlos Valencia", "Major Sucre", "Major Heraclides Sucre".
  const title = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w) && TITLE.test(w.replace(/\.$/, ''));
  return given(prev) || title(prev) || (nameWord(prev) && title(before));
}

// "Luis Carlos Galan's murder", "MARIA LOPEZ'S KIDNAPPING": an act named by the full name of the one it befell.
import { isCommonWord } from '../places/common-words.js';
import { isGivenName } from '../places/context.js';
import { isSpanishGivenName } from '../actors/given-names-es.js';

const POSSESSIVE_END = /(\p{Lu}[\p{L}-]*)['’][sS]\s+$/u;

/** A word that can be part of a person's name, capitalised as in all-caps copy too: no dictionary word unless a given name. */
const nameWord = (w: string) => /^\p{Lu}/u.test(w) && (!isCommonWord(w.toLowerCase()) || isGivenName(w.toLowerCase()) || isSpanishGivenName(w.toLowerCase()));

/**
 * The text before an act ends with a full name, two words or more, in the possessive. "The government's", "last
 * Friday's" and "TWO WEEKS AFTER MENDOZA'S" (one word of a name, after ordinary words) are not one.
 */
export function namedPossessor(before: string): boolean {
  const end = POSSESSIVE_END.exec(before);
  if (!end || !nameWord(end[1])) return false;
  const words = before.slice(0, end.index).trimEnd().split(/\s+/);
  let n = 1;
  while (n < 4 && words.length > 0 && nameWord(words[words.length - 1])) { words.pop(); n++; }
  return n >= 2;
}

// The victims of a mention as extraction and fusion both compare them: full names, and the words that describe
// unnamed victims.
import type { Mention } from '../../contract/mention.js';

/** The victims named by a full name: people named by two words or more ("Luis Carlos Galan"). A single word
 *  ("Galan") is too often someone else. */
export function fullyNamedVictims(m: Mention): Mention['victims'] {
  return m.victims.filter((v) => v.type === 'person' && v.name && /\S\s+\S/.test(v.name));
}

/** Their names, lower case. */
export function victimFullNames(m: Mention): Set<string> {
  return new Set(fullyNamedVictims(m).map((v) => v.name!.toLowerCase()));
}

// Words for the people any act may hit: they do not tell which act.
const ORDINARY_VICTIM = /^(three|four|five|seven|eight|nine|eleven|twelve|several|some|many|dozens?|hundreds?|scores|other|young|local|innocent|unidentified|people|persons?|civilians?|wom[ae]n|m[ae]n|child(ren)?|soldiers?|troops|policem[ae]n|police|officers?|members?|residents?|passersby|peasants?|workers?|guards?|casualties|victims?|others?|individuals?|famil(y|ies)|relatives?)$/;

/** Words of four letters or more describing the unnamed victims, not said of everyone ("jesuits", "journalists"). */
export function victimWords(m: Mention): Set<string> {
  return new Set(m.victims.filter((v) => !v.name).flatMap((v) => v.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !ORDINARY_VICTIM.test(w)));
}

/** Both describe their unnamed victims by one such word. */
export function sharesVictimWord(a: Mention, b: Mention): boolean {
  const wb = victimWords(b);
  return [...victimWords(a)].some((w) => wb.has(w));
}

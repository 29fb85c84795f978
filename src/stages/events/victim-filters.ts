// Victims a verb frame picks up that are no one else hurt: the office of a person already named ("Sheikh Omar
// Haddad, the movement's founder, who was killed"), and the people who report it ("two guards died, police
// sources told reporters").
import type { Actor } from '../../contract/mention.js';

// "..., security sources told", "... officials said": the phrase is the subject of a verb of saying.
const SPEAKS_AFTER = /^\s+(told|said|say|says|reported|report)\b/i;
// Between a named person and a phrase in apposition: a comma and an article or nothing.
const APPOSITION = /^,\s+(the\s+|a\s+|an\s+)?$/i;

/** The victims without appositions of a named victim and without those who speak. */
export function dropNonVictims(text: string, victims: Actor[]): Actor[] {
  return victims.filter((v) => {
    if (v.name === null && SPEAKS_AFTER.test(text.slice(v.end, v.end + 20))) return false;
    return !(v.name === null && victims.some((p) => p.type === 'person' && p.name && p.end <= v.start && APPOSITION.test(text.slice(p.end, v.start))));
  });
}

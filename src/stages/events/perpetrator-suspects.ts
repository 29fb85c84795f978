// Named people a report says were arrested, charged or sought for the deed: "the suspects were identified as X,
// Y and Z", "the judge issued arrest warrants for X and Y and charged them with the murder", "X and Y were
// arrested following the attack on the post". Analysts record them as who did it (suspected or accused), not
// as the people the deed hurt; the report's officials and the victims named beside them are neither.
import type { Actor } from '../../contract/mention.js';
import type { Span } from '../../doc/doc.js';
import type { PersonMention } from '../actors/persons.js';

// Words that put a named person under suspicion, and the deed the suspicion is about: both in one sentence.
const SUSPECT_CUE = /\b(arrested|detained|captured|arrest\s+warrants?|warrants?\s+for|suspects?|suspected|charged|accused|accomplices?|implicated|identified\s+as|names\s+are|name\s+is|gives\s+his\s+name\s+as|identified\s+himself\s+as)\b/i;
const CHARGED = /\b(charged|accused|implicated|warrants?)\b/i;
const DEED = /\b(murders?|assassinations?|killings?|attacks?|crimes?|massacres?|bombings?|kidnappings?|explosions?|killed|murdered|assassinated|kidnapped|bombs?|dynamite)\b/i;
// "the murder of X", "the attack on candidate X", "the home of X": the one the deed was aimed at.
const AIMED_AT = /\b(murder|assassination|killing|death|kidnapping|abduction|attack|attempt|massacre|crime|home|house|residence|office|car|vehicle|farm)\s+(on|of|against)\s+([\w.'’-]+\s+){0,4}$/i;
// "Judge X issued the warrant", "General X said", "Archbishop X": the report's officials, clergy and officers who speak.
const OFFICIAL_BEFORE = /\b(judges?|magistrates?|ministers?|directors?|prosecutors?|attorneys?|spokesm[ae]n|ambassadors?|mayors?|senators?|candidates?|presidents?|governors?|chiefs?|inspectors?|secretary|general|gen|archbishop|bishop|msgr|monsignor|father|priest|cardinal)\.?\s+([\w.'’-]+\s+){0,2}$/i;
// "X's murder", "X's bodyguards": a name that owns something is not the one who did it.
const POSSESSIVE_AFTER = /^['’]s\b/i;
// "X said", "X told reporters": a voice in the story ("X and Y ... and charged them" is not one).
const SPEAKS_AFTER = /^\s*(,\s*)?(\w+\s+){0,2}(said|says|stated|told|added|announced|explained|declared|reported|denied|denies|insisted|warned|asked)\b/i;
// "[REPORT] [X] [TEXT]": the wire header's reporter.
const IN_BRACKET = /\[[^\]]*$/;

/**
 * Names never read as suspects: a person any mention of whom is an official, a voice, the one a deed was aimed at,
 * an owner or a reporter. Asked once per report.
 */
export function notSuspects(text: string, persons: PersonMention[]): Set<string> {
  const out = new Set<string>();
  for (const p of persons) {
    const before = text.slice(Math.max(0, p.start - 60), p.start).replace(/\s+/g, ' ');
    if (AIMED_AT.test(before) || OFFICIAL_BEFORE.test(before) || IN_BRACKET.test(before) || POSSESSIVE_AFTER.test(text.slice(p.end, p.end + 3)) || SPEAKS_AFTER.test(text.slice(p.end, p.end + 40))) out.add(p.name);
  }
  return out;
}

/** The persons of the sentence the report names as suspects of the deed, with how it attributes them; [] when none. */
export function suspectNames(text: string, sentence: Span, persons: PersonMention[], excluded: Set<string>, previous?: Span): { person: PersonMention; attribution: Actor['attribution'] }[] {
  const s = text.slice(sentence.start, sentence.end);
  // "... suspected of killing the candidate. Their names are X and Y.": the deed may be told in the sentence before.
  if (!SUSPECT_CUE.test(s) || !(DEED.test(s) || (previous && DEED.test(text.slice(previous.start, previous.end))))) return [];
  const attribution: Actor['attribution'] = CHARGED.test(s) ? 'accused' : 'suspected';
  return persons.filter((p) => p.start >= sentence.start && p.end <= sentence.end && !excluded.has(p.name)).map((person) => ({ person, attribution }));
}

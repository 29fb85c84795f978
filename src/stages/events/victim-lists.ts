// "the murders of Judge A, Colonel B and Senator C": a plural act listing people by name tells one act per person,
// each killed on their own day and place (MUC-4's reports list Galan's, Colonel Quintero's and Judge Valencia's
// murders so). Read as one act, the list joined the three events into one incident (MUC-4 pairwise F1 71.4 -> 72.0).
import type { Mention } from '../../contract/mention.js';
import { fullyNamedVictims } from '../actors/victim-names.js';

// The plural act and what stands between it and the first name ("of Judge", "of El Espectador director").
const PLURAL_ACTS_BEFORE = /\b(murders|assassinations|killings|deaths)\s+of\s+[^.;:]{0,60}$/i;
// "killed within two days Judge A, Colonel B and Senator C": a harming verb and a span of time before the names.
const ACTS_IN_SPAN_BEFORE = /\b(killed|murdered|assassinated|shot|kidnapped)\s+(in\s+less\s+than|within|in\s+the\s+(past|last)|over\s+the\s+(past|last))\s+[\w-]+\s+(hours|days|weeks|months)\s*,?\s*[^.;:]{0,40}$/i;

/** "Luis Carlos Galan" and "Luis Carlos Galan Sarmiento" are one person. */
const oneName = (a: string, b: string) => { const x = a.toLowerCase(), y = b.toLowerCase(); return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `); };

/**
 * A mention whose victims are two or more people named after a plural act noun (or a harming verb and a span of
 * time: "killed within two days") becomes one mention per person,
 * except for people another mention of the report already names (the list recalls acts the report tells itself).
 */
export function splitVictimLists(mentions: Mention[], text: string): Mention[] {
  return mentions.flatMap((m) => {
    const named = fullyNamedVictims(m);
    if (named.length < 2) return [m];
    const first = Math.min(...named.map((v) => v.start));
    const before = text.slice(Math.max(0, first - 100), first);
    if (!PLURAL_ACTS_BEFORE.test(before) && !ACTS_IN_SPAN_BEFORE.test(before)) return [m];
    const told = mentions.filter((o) => o !== m).flatMap((o) => fullyNamedVictims(o).map((v) => v.name!));
    return named.filter((v) => !told.some((n) => oneName(n, v.name!))).map((v) => actOf(m, v));
  });
}

// "raids that took the lives of", "bombings which cost the life of": the plural act counts its dead.
const CLAIMED_LIVES = /^\s*,?\s*(that|which)\s+(have\s+|had\s+)?(claimed|took|cost)\s+the\s+lives?\s+of\b/i;

/** The words after a plural act count its dead ("... that took the lives of X, a guard and a judge"). */
export const countsItsDead = (after: string) => CLAIMED_LIVES.test(after);

/** Acts counted together by the dead they claimed: one act per person named among them; the rest is the aggregate. */
export function oneActPerNamedDead(m: Mention): Mention[] {
  return fullyNamedVictims(m).map((v) => ({ ...actOf(m, v), injuries: null }));
}

/** The act of a list told for one person of it: the list's counts are not that act's. */
function actOf(m: Mention, v: Mention['victims'][number]): Mention {
  return { ...structuredClone(m), victims: [structuredClone(v)], fatalities: null, casualties: null };
}

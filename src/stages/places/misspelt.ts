// A town's name written one letter wrong ("BARRANQUILLLA"): wire copy keyed by hand has typos, and a name the
// gazetteer does not know was placed at the point of the report's dateline, another city.
import type { Place } from '../../gazetteer/gazetteer.js';
import { normalizeName } from '../../gazetteer/normalize.js';

/** Only a long name is one letter from a single other name by chance rarely: "Cali" is one letter from many towns. */
const MIN_LETTERS = 7;
/** Only a large city is named often enough that a name one letter from it is most likely it misspelt. */
const MIN_POPULATION = 100_000;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every spelling one deletion, substitution, insertion or swap of neighbours away, the name's own left out. The
 *  gazetteer can only be asked by name (it holds no list of a country's cities to compare with oneEditApart), so
 *  the spellings are made and looked up; it runs only for names of seven letters or more it does not know. */
export function oneEditVariants(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i), tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      out.add(head + c + tail);
      if (tail) out.add(head + c + tail.slice(1));
    }
  }
  out.delete(word);
  return out;
}

/**
 * The large city of `country` whose name is one letter from `written`, when exactly one is. Null for short names,
 * names of several words, and names one letter from no large city or from two.
 */
export function misspeltCity(written: string, country: string, lookup: (name: string) => Place[] | undefined): Place | null {
  const key = normalizeName(written);
  if (!/^[a-z]+$/.test(key) || key.length < MIN_LETTERS) return null;
  const found = new Map<string, Place>();
  for (const v of oneEditVariants(key)) {
    for (const p of lookup(v) ?? []) if (p.cc === country && p.kind === 'city' && p.population >= MIN_POPULATION) found.set(p.id, p);
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

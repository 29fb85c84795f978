// Looking names up: the compiled index (name-index.ts) plus our regions, with the places parsed on demand.
import type { Place } from './gazetteer.js';
import type { SortedNames } from './name-index.js';
import { normalizeName } from './normalize.js';
import type { Extra } from './regions.js';

type Hit = { place: Place; acronym: boolean };
const CACHE_LIMIT = 200_000;

/**
 * Names to places. `find` takes the phrase as written: an acronym alias ("US") needs capitals. Lookups are
 * cached per name: news repeats its names, and every capitalised word of a report is looked up.
 */
export class NameLookup {
  private readonly hits = new Map<string, Hit[] | null>();
  private readonly more = new Map<string, boolean>();
  constructor(private readonly names: SortedNames, private readonly place: (row: number) => Place, private readonly extra: Extra) {}

  get size(): number { return this.names.size + this.extra.byKey.size; }

  get(key: string): Place[] | undefined {
    return this.lookup(key)?.map((x) => x.place);
  }

  find(written: string, key = normalizeName(written)): Place[] | undefined {
    return this.findKey(key, written === written.toUpperCase());
  }

  /** The same by normalised name, for a caller that knows whether the phrase was written in capitals. */
  findKey(key: string, capitals: boolean): Place[] | undefined {
    const hits = this.lookup(key);
    if (!hits) return undefined;
    const out = hits.filter((x) => capitals || !x.acronym).map((x) => x.place);
    return out.length > 0 ? out : undefined;
  }

  /** Could a longer name start with these words? */
  continues(key: string): boolean {
    let v = this.more.get(key);
    if (v === undefined) {
      v = this.names.continues(key) || this.extra.prefixes.has(key);
      if (this.more.size > CACHE_LIMIT) this.more.clear();
      this.more.set(key, v);
    }
    return v;
  }

  private lookup(key: string): Hit[] | undefined {
    let hits = this.hits.get(key);
    if (hits === undefined) {
      const out: Hit[] = (this.names.postings(key) ?? []).map((p) => ({ place: this.place(p.row), acronym: p.acronym }));
      for (const x of this.extra.byKey.get(key) ?? []) out.push(x);
      hits = out.length > 0 ? out : null;
      if (this.hits.size > CACHE_LIMIT) this.hits.clear();
      this.hits.set(key, hits);
    }
    return hits ?? undefined;
  }
}

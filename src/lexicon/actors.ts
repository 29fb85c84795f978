// The actor lexicon (data/actors.json): armed groups, state forces and generic actor nouns with aliases.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './data-dir.js';
import { PhraseIndex } from './phrase-index.js';

export interface ActorEntry { name: string; type: string; country: string | null; generic: boolean }

let cached: PhraseIndex<ActorEntry> | null = null;

export function actorIndex(): PhraseIndex<ActorEntry> {
  if (cached) return cached;
  const index = new PhraseIndex<ActorEntry>();
  const file = join(dataDir(), 'actors.json');
  const entries = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as any[]) : [];
  for (const e of entries) {
    const entry: ActorEntry = { name: e.name, type: e.type, country: e.country ?? null, generic: !!e.generic };
    const exact = new Set<string>(e.case_sensitive_aliases ?? []);
    for (const alias of [e.name, ...(e.aliases ?? [])]) index.add(alias, entry, exact.has(alias));
    for (const alias of exact) if (!(e.aliases ?? []).includes(alias)) index.add(alias, entry, true);
  }
  cached = index;
  return index;
}

// The persons lexicon (data/persons.json): state leaders, commanders and armed-group leaders with the country they
// lead or serve. It tells whose country a named victim or perpetrator belongs to when the report does not say.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeName } from '../gazetteer/normalize.js';
import { dataDir } from './data-dir.js';

export interface PersonEntry { name: string; country: string; role: string; kind: string }

let cached: Map<string, PersonEntry> | null = null;

function index(): Map<string, PersonEntry> {
  if (cached) return cached;
  const byAlias = new Map<string, PersonEntry>();
  const file = join(dataDir(), 'persons.json');
  const entries = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as any[]) : [];
  for (const e of entries) {
    const entry: PersonEntry = { name: e.name, country: e.country, role: e.role, kind: e.kind };
    for (const alias of [e.name, ...(e.aliases ?? [])]) byAlias.set(normalizeName(alias), entry);
  }
  cached = byAlias;
  return byAlias;
}

/**
 * The known person a name stands for: the whole name, else the name without its first words ("Ayatollah Ali
 * Khamenei" -> "Ali Khamenei" -> "Khamenei"). A single word matches only when the lexicon lists it as an alias,
 * which it does only for surnames no one else is known by.
 */
export function knownPerson(name: string): PersonEntry | null {
  const byAlias = index();
  if (byAlias.size === 0) return null;
  const words = normalizeName(name).replace(/[.,]/g, '').split(' ');
  for (let i = 0; i < words.length; i++) {
    const hit = byAlias.get(words.slice(i).join(' '));
    if (hit) return hit;
  }
  return null;
}

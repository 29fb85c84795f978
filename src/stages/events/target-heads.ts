// Physical targets by their head noun (data/target-heads.json): buildings, vehicles, infrastructure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../lexicon/data-dir.js';

let heads: Set<string> | null = null;

/** "houses", "power pylons", "the bank's branches": a thing that can be hit, read by its head word. */
export function isPhysicalTarget(head: string): boolean {
  heads ??= new Set((JSON.parse(readFileSync(join(dataDir(), 'target-heads.json'), 'utf8')).heads as string[]));
  const w = head.toLowerCase();
  return heads.has(w) || heads.has(w.replace(/(?<=[sxz]|ch|sh)es$/, '')) || heads.has(w.replace(/ies$/, 'y')) || heads.has(w.replace(/s$/, ''));
}

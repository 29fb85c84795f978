// Fusion for the eval: the `sitrep extract` records of a corpus are stored one by one in a fresh SQLite store,
// exactly as `sitrep ingest` stores them, and the incidents read back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractRecord } from '../../src/contract/mention.js';
import { contentHash } from '../../src/store/content-hash.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';

export interface FuseInput { record: ExtractRecord; text: string; published: string | null; source?: string | null }

/** Mention id -> incident id, after storing every record in the given order. */
export async function fuseRecords(inputs: FuseInput[]): Promise<Map<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-fusion-'));
  const store = SqliteStore.open(join(dir, 'fusion.db'));
  try {
    for (const { record, text, published, source } of inputs) {
      await store.addDocument({
        id: record.id, contentHash: contentHash(text), published: published ?? record.published, source: source ?? record.source ?? null,
        title: null, url: null, origin: record.id, language: record.language, text,
      }, record);
    }
    const incidentOf = new Map<string, number>();
    for (const inc of await store.listIncidents({ includeBackground: true })) {
      for (const r of inc.reports) incidentOf.set(`${r.document.id}\u0000${r.mention.id}`, inc.id);
    }
    return incidentOf;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

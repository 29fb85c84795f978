// Shared by the CLI tests: temp files, a fake source reader, and a database seeded with hand-made incidents.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawDoc, SourceItem } from '../sources/raw-doc.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { count, docMeta, mention, place, record } from '../store/test-fixtures.js';

export function tempDir(): { path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  return { path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function rawDoc(id: string, text: string, over: Partial<RawDoc> = {}): RawDoc {
  return { id, text, published: '2024-03-11', title: null, url: null, source: 'Example Wire', language: 'en', origin: `${id}.txt`, ...over };
}

/** A stand-in for readInputs that yields the given items whatever the inputs. */
export function fakeRead(items: SourceItem[]) {
  return async function* (_inputs: string[], _opts: { published?: string | null }): AsyncGenerator<SourceItem> {
    yield* items;
  };
}

/** Three incidents: Baghdad (3 killed, 0 injured), Kabul (unknown counts, a comma in the evidence), undated/unplaced. */
export async function seedDatabase(file: string): Promise<void> {
  const store = SqliteStore.open(file);
  await store.addDocument(docMeta('a', 'report a', { source: 'Rudaw', url: 'https://rudaw.net/a' }), record('a', [
    mention('a#1', { injuries: count(0), perpetrators: [{ name: 'Islamic State', text: 'IS', type: 'rebel', country: null, attribution: 'claimed', start: 1, end: 3 }] }),
  ]));
  await store.addDocument(docMeta('b', 'report b', { source: null, url: 'https://www.example.org/b' }), record('b', [
    mention('b#1', {
      date: { start: '2024-03-12', end: '2024-03-12', precision: 'day', text: null, start_offset: null, end_offset: null },
      location: place('Kabul', 'AF', 34.53, 69.17), fatalities: null,
      evidence: [{ start: 5, end: 40, text: 'Gunmen, witnesses said, "opened fire"' }],
    }),
  ]));
  await store.addDocument(docMeta('c', 'report c'), record('c', [
    mention('c#1', { date: null, location: null, event_type: 'Protests', sub_event_type: 'Peaceful protest', fatalities: null }),
  ]));
  await store.close();
}

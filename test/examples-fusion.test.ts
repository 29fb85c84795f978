// The example corpus fused as its authors meant (examples/incidents.json), in any order of ingest.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { ExtractRecord } from '../src/contract/mention.js';
import { extractDoc } from '../src/extract.js';
import { readInputs } from '../src/sources/index.js';
import { contentHash } from '../src/store/content-hash.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { scoreExamplesFusion } from '../scripts/eval/examples-fusion.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = join(root, 'examples');

interface Report { record: ExtractRecord; text: string; source: string | null }
async function extractExamples(): Promise<Report[]> {
  const out: Report[] = [];
  for await (const item of readInputs([examples])) if (item.kind === 'doc') out.push({ record: extractDoc(item.doc), text: item.doc.text, source: item.doc.source });
  return out;
}

/** Incidents as sorted mention-id sets with their main values, after ingesting the reports in this order. */
async function fuse(reports: Report[]): Promise<string[]> {
  const store = SqliteStore.open(':memory:');
  try {
    for (const { record, text, source } of reports) {
      await store.addDocument({ id: record.id, contentHash: contentHash(text), published: record.published, source, title: null, url: null, origin: record.id, text }, record);
    }
    return (await store.listIncidents({ includeBackground: true })).map((i) =>
      `${i.reports.map((r) => r.mention.id).sort().join('+')} ${i.sub_event_type} ${i.date?.start} ${i.location?.name} k=${i.fatalities?.best} i=${i.injuries?.best} s=${i.independent_sources.join(',')}`).sort();
  } finally {
    await store.close();
  }
}

/** A fixed pseudo-random shuffle, so a failure names an order that can be replayed. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

describe('example corpus fusion', async () => {
  const reports = await extractExamples();

  it('fuses the intended incidents and never merges two of them', async () => {
    const texts = new Map(reports.map((r) => [r.record.id, r.text]));
    const r = await scoreExamplesFusion(join(examples, 'incidents.json'), reports.map((x) => x.record), texts);
    assert.equal(r.scores.falseMerges, 0, 'a stored incident holds two intended incidents');
    assert.equal(r.scores.fp, 0);
    // Several reports each: the Baghdad airport rockets, the same-day Mogadishu pair kept apart, Odesa, Bannu, Irapuato, Hodeidah.
    for (const id of ['E01', 'E04', 'E05', 'E08', 'E09', 'E13', 'E14']) assert.ok(r.exact.includes(id), `${id} not fused exactly (exact: ${r.exact.join(',')})`);
    // And every intended incident, the one-report ones too (an ultimatum, drones shot down last month).
    assert.equal(r.exact.length, r.intended, `exact: ${r.exact.join(',')}`);
  });

  it('gives the same incidents whatever order the reports arrive in, and re-ingesting adds nothing', async () => {
    const want = await fuse(reports);
    for (const seed of [1, 2, 3, 4, 5]) assert.deepEqual(await fuse(shuffled(reports, seed)), want, `shuffle seed ${seed}`);
    assert.deepEqual(await fuse([...reports, ...shuffled(reports, 9)]), want, 're-ingest');
  });
});

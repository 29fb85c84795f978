// The behaviour every Store must have, run against each implementation (SQLite now, PostgreSQL later).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Store } from './store.js';
import { count, docMeta, mention, place, record } from './test-fixtures.js';
import { fusionContract } from './store-contract-fusion.js';

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name}: store contract`, () => {
    let store: Store;
    beforeEach(async () => { store = await open(); });
    afterEach(async () => { await store.close(); });

    it('round-trips a document, its mentions and their incidents', async () => {
      const m = mention('a#1', { injuries: count(0), casualties: count(null, 2, null) });
      const res = await store.addDocument(docMeta('a', 'text A', { url: 'https://example.org/a' }), record('a', [m]));
      assert.deepEqual(res, { added: true, incidents: 1, joined: 0 });
      const [inc] = await store.listIncidents();
      assert.equal(inc.event_type, m.event_type);
      assert.deepEqual(inc.date, { start: '2024-03-10', end: '2024-03-10', precision: 'day' });
      assert.deepEqual(inc.location, m.location);
      assert.deepEqual(inc.injuries, m.injuries);
      assert.equal(inc.reports.length, 1);
      assert.deepEqual(inc.reports[0].mention, m);
      assert.equal(inc.reports[0].document.url, 'https://example.org/a');
      assert.deepEqual(await store.getIncident(inc.id), inc);
      assert.equal(await store.getIncident(inc.id + 1000), null);
    });

    it('stores the same report once, whatever its id, file or white space', async () => {
      const rec = record('a', [mention('a#1'), mention('a#2')]);
      assert.deepEqual(await store.addDocument(docMeta('a', 'Same  text.\n'), rec), { added: true, incidents: 2, joined: 0 });
      assert.equal(await store.hasDocument(docMeta('b', ' Same text. ').contentHash), true);
      assert.deepEqual(await store.addDocument(docMeta('b', ' Same text. ', { origin: 'other.jsonl:4' }), rec), { added: false, incidents: 0, joined: 0 });
      assert.deepEqual(await store.counts(), { documents: 1, mentions: 2, incidents: 2 });
    });

    it('keeps documents that share an id but not a text; their reports of one event fuse', async () => {
      await store.addDocument(docMeta('1', 'first dump'), record('1', [mention('1#1')]));
      await store.addDocument(docMeta('1', 'second dump'), record('1', [mention('1#1')]));
      assert.deepEqual(await store.counts(), { documents: 2, mentions: 2, incidents: 1 });
    });

    it('lists newest first, undated last, and honours the limit', async () => {
      const dated = (id: string, start: string | null) => mention(id, { date: start ? { start, end: start, precision: 'day', text: null, start_offset: null, end_offset: null } : null });
      await store.addDocument(docMeta('d', 'd'), record('d', [dated('d#1', '2024-01-05'), dated('d#2', null), dated('d#3', '2024-02-01')]));
      assert.deepEqual((await store.listIncidents()).map((i) => i.reports[0].mention.id), ['d#3', 'd#1', 'd#2']);
      assert.deepEqual((await store.listIncidents({ limit: 1 })).map((i) => i.reports[0].mention.id), ['d#3']);
    });

    describe('filters', () => {
      beforeEach(async () => {
        const day = (start: string, end = start) => ({ start, end, precision: 'day' as const, text: null, start_offset: null, end_offset: null });
        await store.addDocument(docMeta('f', 'filters'), record('f', [
          mention('baghdad', { date: day('2024-03-10') }),
          mention('baqubah', { date: day('2024-03-01', '2024-03-07'), location: place('Baqubah', 'IQ', 33.75, 44.64), sub_event_type: 'Armed clash', event_type: 'Battles' }),
          mention('kabul', { date: day('2024-02-20'), location: place('Kabul', 'AF', 34.53, 69.17), status: 'claimed' }),
          mention('old', { date: day('2019-05-05'), background: true }),
          mention('nowhere', { date: null, location: null, event_type: 'Protests', sub_event_type: 'Peaceful protest' }),
          mention('fiji', { date: day('2024-01-01'), location: place('Taveuni', 'FJ', -16.85, 179.95) }),
          mention('samoa-side', { date: day('2024-01-02'), location: place('Across', 'WS', -16.85, -179.95) }),
        ]));
      });
      const cases: { name: string; filter: Parameters<Store['listIncidents']>[0]; ids: string[] }[] = [
        { name: 'background left out by default', filter: {}, ids: ['baghdad', 'baqubah', 'kabul', 'samoa-side', 'fiji', 'nowhere'] },
        { name: 'background included on request', filter: { includeBackground: true, country: 'IQ' }, ids: ['baghdad', 'baqubah', 'old'] },
        { name: 'date range overlaps a multi-day incident', filter: { since: '2024-03-05', until: '2024-03-08' }, ids: ['baqubah'] },
        { name: 'since is inclusive', filter: { since: '2024-03-10' }, ids: ['baghdad'] },
        { name: 'until is inclusive', filter: { until: '2024-01-01' }, ids: ['fiji'] },
        { name: 'type matches sub-type, any case', filter: { type: 'CLASH' }, ids: ['baqubah'] },
        { name: 'type matches event type substring', filter: { type: 'explosions/' }, ids: ['baghdad', 'kabul', 'samoa-side', 'fiji'] },
        { name: 'country, lower case accepted', filter: { country: 'af' }, ids: ['kabul'] },
        { name: 'status', filter: { status: 'claimed' }, ids: ['kabul'] },
        { name: 'near: 30 km of Baghdad excludes Baqubah (~55 km)', filter: { near: { lat: 33.3152, lon: 44.3661, km: 30 } }, ids: ['baghdad'] },
        { name: 'near: 60 km of Baghdad includes Baqubah', filter: { near: { lat: 33.3152, lon: 44.3661, km: 60 } }, ids: ['baghdad', 'baqubah'] },
        { name: 'near: across the antimeridian', filter: { near: { lat: -16.85, lon: 179.99, km: 20 } }, ids: ['samoa-side', 'fiji'] },
        { name: 'near with limit applies the limit after the distance check', filter: { near: { lat: 33.3152, lon: 44.3661, km: 60 }, limit: 1 }, ids: ['baghdad'] },
      ];
      for (const c of cases) {
        it(c.name, async () => {
          assert.deepEqual((await store.listIncidents(c.filter)).map((i) => i.reports[0].mention.id), c.ids);
        });
      }
    });

    fusionContract(() => store, open);
  });
}

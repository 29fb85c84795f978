import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SqliteStore } from '../../store/sqlite-store.js';
import type { Incident } from '../../store/store.js';
import { seedDatabase, tempDir } from '../test-helpers.js';
import { CSV_COLUMNS, csvHeader, incidentCsvRow } from './acled-csv.js';
import { parseCsv } from './parse-csv.js';

describe('ACLED-style CSV', () => {
  const tmp = tempDir();
  let rows: Record<string, string>[];
  before(async () => {
    await seedDatabase(tmp.path('s.db'));
    const store = SqliteStore.open(tmp.path('s.db'));
    const incidents: Incident[] = await store.listIncidents();
    await store.close();
    const [header, ...body] = parseCsv(csvHeader() + incidents.map(incidentCsvRow).join(''));
    assert.deepEqual(header, CSV_COLUMNS);
    rows = body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  });
  after(() => tmp.remove());

  it('uses ACLED column names first, then ours', () => {
    assert.deepEqual(CSV_COLUMNS.slice(0, 19), ['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type',
      'sub_event_type', 'actor1', 'assoc_actor_1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision',
      'source', 'notes', 'fatalities']);
    assert.deepEqual(CSV_COLUMNS.slice(-4), ['confidence', 'independent_sources', 'first_reported', 'last_updated']);
  });

  it('fills ACLED columns the ACLED way', () => {
    const r = rows.find((x) => x.location === 'Baghdad')!;
    assert.deepEqual(
      [r.event_id_cnty, r.event_date, r.year, r.time_precision, r.disorder_type, r.actor1, r.country, r.geo_precision, r.latitude, r.source],
      [`IRQ${r.sitrep_incident_id}`, '2024-03-10', '2024', '1', 'Political violence', 'Islamic State', 'Iraq', '1', '33.3152', 'Rudaw; AFP']);
  });

  const counts: [string, string, Partial<Record<string, string>>][] = [
    ['known counts as numbers, explicit zero as 0', 'Baghdad', { fatalities: '3', injuries: '0' }],
    ['unknown counts as empty cells, never 0', 'Kabul', { fatalities: '', injuries: '' }],
  ];
  for (const [name, location, expected] of counts) {
    it(name, () => {
      const r = rows.find((x) => x.location === location)!;
      for (const [k, v] of Object.entries(expected)) assert.equal(r[k], v, k);
    });
  }

  it('keeps quotes and commas of the evidence intact and records provenance', () => {
    const r = rows.find((x) => x.location === 'Kabul')!;
    assert.equal(r.notes, 'Gunmen, witnesses said, "opened fire"');
    assert.deepEqual([r.source_docs, r.evidence_offsets, r.source], ['b', 'b:5-40', 'example.org; AFP']);
  });

  it('writes undated, unplaced incidents with ACLED precision 3 and empty places', () => {
    const r = rows.find((x) => x.event_type === 'Protests')!;
    assert.deepEqual([r.event_date, r.time_precision, r.disorder_type, r.location, r.latitude, r.event_id_cnty.slice(0, 3), r.date_precision],
      ['', '3', 'Demonstrations', '', '', 'XXX', 'unknown']);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SqliteStore } from '../../store/sqlite-store.js';
import { seedDatabase, tempDir } from '../test-helpers.js';
import { GeoJsonWriter, hasPoint } from './geojson.js';

async function collection(): Promise<{ text: string; unplaced: number }> {
  const tmp = tempDir();
  try {
    await seedDatabase(tmp.path('g.db'));
    const store = SqliteStore.open(tmp.path('g.db'));
    const incidents = await store.listIncidents();
    await store.close();
    let text = '';
    const w = new GeoJsonWriter((s) => { text += s; });
    incidents.filter(hasPoint).forEach((i) => w.feature(i));
    w.end();
    return { text, unplaced: incidents.filter((i) => !hasPoint(i)).length };
  } finally { tmp.remove(); }
}

describe('GeoJSON export', () => {
  it('is a valid FeatureCollection of points in [lon, lat] order', async () => {
    const { text, unplaced } = await collection();
    const fc = JSON.parse(text);
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length, 2);
    assert.equal(unplaced, 1);
    for (const f of fc.features) {
      assert.equal(f.type, 'Feature');
      assert.equal(f.geometry.type, 'Point');
      const [lon, lat] = f.geometry.coordinates;
      assert.ok(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
      assert.equal(typeof f.properties, 'object');
    }
    const kabul = fc.features.find((f: { properties: { place: string } }) => f.properties.place === 'Kabul');
    assert.deepEqual(kabul.geometry.coordinates, [69.17, 34.53]);
    assert.equal(kabul.properties.fatalities, null); // unknown stays null, not 0
  });

  it('writes an empty collection when nothing has a point', () => {
    let text = '';
    new GeoJsonWriter((s) => { text += s; }).end();
    assert.deepEqual(JSON.parse(text), { type: 'FeatureCollection', features: [] });
  });
});

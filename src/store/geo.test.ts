import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundingBox, haversineKm } from './geo.js';

describe('haversineKm', () => {
  const cases: [string, number, number, number, number, number][] = [
    ['same point', 33.3, 44.4, 33.3, 44.4, 0],
    ['Baghdad to Baqubah', 33.3152, 44.3661, 33.75, 44.64, 55],
    ['one degree of longitude on the equator', 0, 0, 0, 1, 111.2],
    ['across the antimeridian', 0, 179.5, 0, -179.5, 111.2],
  ];
  for (const [name, a, b, c, d, km] of cases) it(name, () => assert.ok(Math.abs(haversineKm(a, b, c, d) - km) < 1, `${haversineKm(a, b, c, d)}`));
});

describe('boundingBox', () => {
  it('is one box in the middle of the map', () => {
    const box = boundingBox({ lat: 0, lon: 0, km: 111.32 });
    assert.deepEqual([box.minLat, box.maxLat, box.lon.length], [-1, 1, 1]);
  });
  it('splits at the antimeridian', () => {
    assert.equal(boundingBox({ lat: 0, lon: 179.9, km: 50 }).lon.length, 2);
    assert.equal(boundingBox({ lat: 0, lon: -179.9, km: 50 }).lon.length, 2);
  });
  it('takes every longitude near a pole', () => {
    assert.deepEqual(boundingBox({ lat: 89.9, lon: 10, km: 50 }).lon, [{ min: -180, max: 180 }]);
  });
});

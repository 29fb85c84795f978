import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCounts, distanceKm, prf } from './metrics.js';

test('prf', () => {
  const cases = [
    { c: { tp: 3, fp: 1, fn: 2 }, p: 0.75, r: 0.6, f1: 2 / 3 },
    { c: { tp: 0, fp: 0, fn: 0 }, p: 0, r: 0, f1: 0 },
    { c: { tp: 0, fp: 4, fn: 0 }, p: 0, r: 0, f1: 0 },
    { c: { tp: 5, fp: 0, fn: 0 }, p: 1, r: 1, f1: 1 },
    { c: { tp: 1, fp: 0, fn: 3 }, p: 1, r: 0.25, f1: 0.4 },
  ];
  for (const { c, p, r, f1 } of cases) {
    const m = prf(c);
    assert.ok(Math.abs(m.p - p) < 1e-9 && Math.abs(m.r - r) < 1e-9 && Math.abs(m.f1 - f1) < 1e-9, `${JSON.stringify(c)} -> ${JSON.stringify(m)}`);
  }
});

test('addCounts', () => {
  assert.deepEqual(addCounts({ tp: 1, fp: 2, fn: 3 }, { tp: 10, fp: 20, fn: 30 }), { tp: 11, fp: 22, fn: 33 });
});

test('distanceKm', () => {
  const cases = [
    { a: [10, 20], b: [10, 20], km: 0, tol: 1e-9 },
    { a: [0, 0], b: [1, 0], km: 111.2, tol: 0.1 }, // one degree of latitude
    { a: [60, 0], b: [60, 1], km: 55.6, tol: 0.1 }, // a degree of longitude halves at 60 N
    { a: [0, 179.5], b: [0, -179.5], km: 111.2, tol: 0.1 }, // across the antimeridian
  ];
  for (const { a, b, km, tol } of cases) {
    const d = distanceKm(a[0], a[1], b[0], b[1]);
    assert.ok(Math.abs(d - km) <= tol, `${a} -> ${b}: expected ${km}, got ${d}`);
  }
});

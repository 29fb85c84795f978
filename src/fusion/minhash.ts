// Near-duplicate reports: the same wire story republished by many sites, with other headers, bylines and
// boilerplate around it. MinHash over word 5-shingles estimates the Jaccard similarity of two texts; locality-
// sensitive hashing (bands of the signature) finds the candidates through an index instead of comparing all.
import { dayNumber } from '../stages/dates/calendar.js';

export const SIGNATURE_SIZE = 64;
export const BANDS = 16; // 16 bands of 4 rows: a pair at Jaccard 0.8 shares a band with probability ~1
export const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated Jaccard above which two reports are one story republished. */
export const DUPLICATE_JACCARD = 0.7;
const SHINGLE = 5;

// Fixed seeds: signatures must be comparable across runs and machines.
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => [(0x9e3779b1 * (i + 1)) >>> 0 | 1, (0x85ebca6b * (i + 7)) >>> 0] as const);

export function signature(text: string): Uint32Array {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = (Math.imul(h ^ SEEDS[k][1], SEEDS[k][0]) ^ (h >>> 15)) >>> 0;
      const m = mix(v);
      if (m < sig[k]) sig[k] = m;
    }
  }
  return sig;
}

/**
 * A republished wire story appears within days of the original. Near-duplicates are looked for among reports
 * published in the same or a neighbouring period of this many days (so at least 30 and at most 89 days apart),
 * and undated reports among undated ones: the relation stays symmetric, so the groups do not depend on the order
 * of ingest, and the band index can be keyed by period, which keeps a report's inserts in its recent part.
 */
export const PERIOD_DAYS = 30;
/** The period of reports without a publication date (far from any real day's). */
export const UNDATED_PERIOD = -1_000_000;

export function publicationPeriod(published: string | null): number {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return UNDATED_PERIOD;
  return Math.floor(dayNumber(published) / PERIOD_DAYS);
}

/** The periods a report's near-duplicates may be in. */
export function neighbourPeriods(period: number): [number, number, number] {
  return period === UNDATED_PERIOD ? [period, period, period] : [period - 1, period, period + 1];
}

/** One key per band: documents that share a key are candidates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r], 0x01000193) >>> 0;
    keys.push(`${b}:${h.toString(36)}`);
  }
  return keys;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

export function encodeSignature(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function decodeSignature(buf: Buffer): Uint32Array {
  const copy = new Uint8Array(buf); // aligned copy
  return new Uint32Array(copy.buffer, 0, SIGNATURE_SIZE);
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(x: number): number {
  x ^= x >>> 16; x = Math.imul(x, 0x7feb352d); x ^= x >>> 15; x = Math.imul(x, 0x846ca68b); x ^= x >>> 16;
  return x >>> 0;
}

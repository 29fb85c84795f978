// Near-duplicate reports: the same wire story republished by many sites, with other headers, bylines and
// boilerplate around it. MinHash over word 5-shingles estimates the Jaccard similarity of two texts; locality-
// sensitive hashing (bands of the signature) finds the candidates through an index instead of comparing all.

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

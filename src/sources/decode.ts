// Turns bytes into text, or says clearly why it cannot: the reason starts with a short key used in summaries.

export const MAX_DOC_BYTES = 20 * 1024 * 1024; // one report; larger inputs are JSONL dumps, which are streamed

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'empty file: 0 bytes' };
  if (bytes.length > MAX_DOC_BYTES) {
    return { reason: `too large: ${bytes.length} bytes, the limit for one document is ${MAX_DOC_BYTES} (split it, or use JSONL, which is streamed)` };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { reason: 'binary file: contains NUL bytes, expected text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { reason: `invalid UTF-8: byte offset ${firstBadUtf8(bytes)}` };
  }
  if (text.trim() === '') return { reason: 'empty file: only white space' };
  return { text };
}

function firstBadUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails, good enough to point a user at the spot.
  let lo = 0, hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try { new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true }); lo = mid; } catch { hi = mid; }
  }
  return lo;
}

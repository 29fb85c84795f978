// The identity of a report is its text, not its file or id: the same wire story saved twice must be stored once.
import { createHash } from 'node:crypto';

/** Canonical form for hashing: Unicode NFC, one space for any run of white space, no leading or trailing space. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}

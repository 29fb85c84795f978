// What fusion knows about one stored mention: the mention itself and the document that carried it.
import type { Mention } from '../contract/mention.js';

export interface FusionReport {
  mentionKey: number; // the store's key for the mention
  mention: Mention;
  documentKey: number;
  contentHash: string; // identity of the report's text; with the mention index it orders reports canonically
  published: string | null;
  outlet: string | null; // the outlet that published the document
  /** The content hash of the original when the document is a near-duplicate republication, else its own. */
  originalHash: string;
  /** The outlet of that original (a republished wire story counts as the original's outlet). */
  originalOutlet: string | null;
}

/** The mention's number within its document ("doc#3" -> 3), for a stable order. */
export function mentionIndex(r: FusionReport): number {
  const n = Number(r.mention.id.slice(r.mention.id.lastIndexOf('#') + 1));
  return Number.isFinite(n) ? n : 0;
}

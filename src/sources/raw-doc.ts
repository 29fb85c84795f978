// What a source hands to the pipeline: one report, its text exactly as read, and what we know about it.

export interface RawDoc {
  id: string;
  text: string; // for html inputs, the main text Readability extracted; otherwise the input exactly as given
  published: string | null; // ISO date or date-time
  title: string | null;
  url: string | null;
  source: string | null; // the outlet
  language: string | null;
  /** where it came from, for messages: "path/file.jsonl:12" */
  origin: string;
}

/** A document that could not be read; the batch goes on and the reason is counted. */
export interface SkippedDoc { origin: string; reason: string }

export type SourceItem = { kind: 'doc'; doc: RawDoc } | { kind: 'skip'; skip: SkippedDoc };

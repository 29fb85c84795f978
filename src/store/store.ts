// The store interface: one contract, two implementations (SQLite now, PostgreSQL later), so every method is async.
import type { Count, DatePrecision, ExtractRecord, Mention, MentionLocation, Status } from '../contract/mention.js';

/** What the store keeps about a report, beside its extracted mentions. */
export interface DocumentMeta {
  id: string; // the id the source gave; not unique across inputs (two dumps may both have a line "1")
  contentHash: string; // sha256 of the normalised text (see content-hash.ts): the identity of a report
  published: string | null;
  source: string | null; // the outlet
  title: string | null;
  url: string | null;
  origin: string; // where it was read from: "dumps/a.jsonl:12"
  language?: string | null;
}

export interface StoredDocument extends DocumentMeta {
  key: number; // the store's own id for the document
  ingestedAt: string;
}

export interface AddResult {
  added: boolean; // false when a report with the same content hash was already stored
  incidents: number; // incidents created by this document
}

/** One report of an incident: the mention and the document it came from. */
export interface IncidentReport { document: StoredDocument; mention: Mention }

/** An incident as the store presents it. Values come from the lead mention until fusion merges several reports. */
export interface Incident {
  id: number;
  event_type: string;
  sub_event_type: string;
  status: Status;
  background: boolean;
  date: { start: string | null; end: string | null; precision: DatePrecision } | null;
  location: MentionLocation | null;
  fatalities: Count | null;
  injuries: Count | null;
  casualties: Count | null;
  confidence: number;
  reports: IncidentReport[];
}

export interface Near { lat: number; lon: number; km: number }

export interface IncidentFilter {
  since?: string; // YYYY-MM-DD, inclusive: the incident's date range must reach it
  until?: string; // YYYY-MM-DD, inclusive
  type?: string; // case-insensitive substring of event_type or sub_event_type
  country?: string; // ISO 3166-1 alpha-2
  near?: Near;
  status?: Status;
  includeBackground?: boolean; // background-only incidents are left out unless asked for
  limit?: number;
}

export interface StoreCounts { documents: number; mentions: number; incidents: number }

export interface Store {
  /** Where the data lives, for messages ("sitrep.db"). */
  readonly location: string;
  hasDocument(contentHash: string): Promise<boolean>;
  /** Stores the document, its mentions and their incidents all at once or not at all. */
  addDocument(doc: DocumentMeta, record: ExtractRecord): Promise<AddResult>;
  /** Newest first (by incident start date; undated last). */
  listIncidents(filter?: IncidentFilter): Promise<Incident[]>;
  getIncident(id: number): Promise<Incident | null>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

// The store interface: one contract, two implementations (SQLite now, PostgreSQL later), so every method is async.
import type { ExtractRecord, Mention, Status } from '../contract/mention.js';
import type { FigureRule, FusedIncident } from '../fusion/reconcile.js';

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
  /** The text, read only to find near-duplicate republications (never stored). */
  text?: string;
}

export interface StoredDocument extends DocumentMeta {
  key: number; // the store's own id for the document
  ingestedAt: string;
  /** Key of the original when this report is a near-duplicate republication of it, else null. */
  duplicateOf: number | null;
}

export interface AddResult {
  added: boolean; // false when a report with the same content hash was already stored
  incidents: number; // incidents created by this document
  joined: number; // existing incidents this document's mentions joined or changed
}

/** One report of an incident: the mention and the document it came from. */
export interface IncidentReport { document: StoredDocument; mention: Mention }

/** An incident as the store presents it: the values fused from all its reports (fusion/reconcile.ts) and the reports. */
export interface Incident extends Omit<FusedIncident, 'leadMentionKey'> {
  id: number;
  reports: IncidentReport[];
}

/** One change to an incident and the report that caused it. */
export interface IncidentRevision {
  incident_id: number;
  revision: number;
  at: string;
  kind: 'created' | 'joined' | 'updated' | 'split' | 'merged';
  document: { key: number; id: string; origin: string } | null;
  changes: Record<string, unknown>;
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
  /** Every revision of an incident, oldest first; empty when the id was never used. */
  history(id: number): Promise<IncidentRevision[]>;
  /** The rule that chooses an incident's figures among its sources; set when the store is created. */
  figureRule(): Promise<FigureRule>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

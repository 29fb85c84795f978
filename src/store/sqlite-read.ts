// Reading incidents back: rows of the incidents table plus every report linked to them.
import type Database from 'better-sqlite3';
import type { Mention } from '../contract/mention.js';
import type { FusedIncident } from '../fusion/reconcile.js';
import type { Incident, IncidentReport, IncidentRevision, StoredDocument } from './store.js';

export interface IncidentRow {
  id: number; lead_mention_key: number; event_type: string; sub_event_type: string; status: string; background: number;
  date_start: string | null; date_end: string | null; date_precision: string | null; confidence: number; fused_json: string;
}

export interface ReportRow {
  incident_id: number; mention_key: number; json: string;
  key: number; id: string; content_hash: string; published: string | null; source: string | null; title: string | null;
  url: string | null; language: string | null; origin: string; ingested_at: string; duplicate_of: number | null;
}

/** Loads the reports of many incidents in one query (ids passed as one JSON array: no limit on bound variables). */
export function loadReports(db: Database.Database, ids: number[]): Map<number, ReportRow[]> {
  const rows = db.prepare(`
    SELECT im.incident_id, im.mention_key, m.json, d.key, d.id, d.content_hash, d.published, d.source, d.title,
           d.url, d.language, d.origin, d.ingested_at, d.duplicate_of
    FROM incident_mentions im
    JOIN mentions m ON m.key = im.mention_key
    JOIN documents d ON d.key = m.document_key
    WHERE im.incident_id IN (SELECT value FROM json_each(?))
    ORDER BY im.incident_id, d.published, d.key, m.key`).all(JSON.stringify(ids)) as ReportRow[];
  const byIncident = new Map<number, ReportRow[]>();
  for (const row of rows) {
    const list = byIncident.get(row.incident_id);
    if (list) list.push(row); else byIncident.set(row.incident_id, [row]);
  }
  return byIncident;
}

export function toIncident(row: IncidentRow, reportRows: ReportRow[]): Incident {
  const reports: IncidentReport[] = reportRows.map((r) => ({ mention: JSON.parse(r.json) as Mention, document: toDocument(r) }));
  if (!reportRows.some((r) => r.mention_key === row.lead_mention_key)) {
    throw new Error(`store: incident ${row.id} expected its lead mention ${row.lead_mention_key} among its reports, got none`);
  }
  // The row's columns are searchable copies of these values (sqlite-fusion.ts writes both from one reconcile).
  const { leadMentionKey: _lead, ...values } = JSON.parse(row.fused_json) as FusedIncident;
  return { id: row.id, ...values, reports };
}

function toDocument(r: ReportRow): StoredDocument {
  return {
    key: r.key, id: r.id, contentHash: r.content_hash, published: r.published, source: r.source, title: r.title,
    url: r.url, language: r.language, origin: r.origin, ingestedAt: r.ingested_at, duplicateOf: r.duplicate_of,
  };
}

interface RevisionRow { incident_id: number; revision: number; at: string; kind: string; changes_json: string; document_key: number | null; id: string | null; origin: string | null }

export function loadHistory(db: Database.Database, incidentId: number): IncidentRevision[] {
  const rows = db.prepare(`SELECT r.incident_id, r.revision, r.at, r.kind, r.changes_json, r.document_key, d.id, d.origin
    FROM incident_revisions r LEFT JOIN documents d ON d.key = r.document_key
    WHERE r.incident_id = ? ORDER BY r.revision`).all(incidentId) as RevisionRow[];
  return rows.map((r) => ({
    incident_id: r.incident_id, revision: r.revision, at: r.at, kind: r.kind as IncidentRevision['kind'],
    document: r.document_key !== null && r.id !== null ? { key: r.document_key, id: r.id, origin: r.origin ?? '' } : null,
    changes: JSON.parse(r.changes_json) as Record<string, unknown>,
  }));
}

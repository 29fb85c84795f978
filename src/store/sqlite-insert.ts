// Writing one document: the document row, its mentions, and one incident per mention, in a single transaction.
import type Database from 'better-sqlite3';
import type { ExtractRecord, Mention } from '../contract/mention.js';
import type { AddResult, DocumentMeta } from './store.js';

export type InsertDocument = (doc: DocumentMeta, record: ExtractRecord) => AddResult;

/** Prepares the statements once; the returned function runs one document's ingest as one transaction. */
export function documentInserter(db: Database.Database): InsertDocument {
  const insertDoc = db.prepare(`
    INSERT INTO documents (id, content_hash, published, source, title, url, language, origin, warnings_json, ingested_at)
    VALUES (@id, @contentHash, @published, @source, @title, @url, @language, @origin, @warnings, @now)
    ON CONFLICT (content_hash) DO NOTHING`);
  const insertMention = db.prepare(`
    INSERT INTO mentions (id, document_key, json, event_type, sub_event_type, status, background,
      date_start, date_end, date_precision, country, lat, lon, fatalities_best, injuries_best)
    VALUES (@id, @documentKey, @json, @event_type, @sub_event_type, @status, @background,
      @date_start, @date_end, @date_precision, @country, @lat, @lon, @fatalities_best, @injuries_best)`);
  const insertIncident = db.prepare(`
    INSERT INTO incidents (lead_mention_key, event_type, sub_event_type, status, background,
      date_start, date_end, date_precision, country, lat, lon, fatalities_best, injuries_best, confidence, created_at, updated_at)
    VALUES (@mentionKey, @event_type, @sub_event_type, @status, @background,
      @date_start, @date_end, @date_precision, @country, @lat, @lon, @fatalities_best, @injuries_best, @confidence, @now, @now)`);
  const link = db.prepare('INSERT INTO incident_mentions (incident_id, mention_key) VALUES (?, ?)');

  const ingest = db.transaction((doc: DocumentMeta, record: ExtractRecord): AddResult => {
    const now = new Date().toISOString();
    const docRow = insertDoc.run({
      id: doc.id, contentHash: doc.contentHash, published: doc.published, source: doc.source, title: doc.title,
      url: doc.url, language: doc.language ?? record.language ?? null, origin: doc.origin,
      warnings: JSON.stringify(record.warnings ?? []), now,
    });
    if (docRow.changes === 0) return { added: false, incidents: 0 };
    const documentKey = Number(docRow.lastInsertRowid);
    let incidents = 0;
    for (const mention of record.incidents) {
      const cols = mentionColumns(mention);
      const mentionKey = Number(insertMention.run({ ...cols, id: mention.id, documentKey, json: JSON.stringify(mention) }).lastInsertRowid);
      // Until fusion exists, every mention is its own incident; the link table is where fusion will merge them.
      const incidentId = Number(insertIncident.run({ ...cols, mentionKey, confidence: mention.confidence, now }).lastInsertRowid);
      link.run(incidentId, mentionKey);
      incidents++;
    }
    return { added: true, incidents };
  });
  // IMMEDIATE takes the write lock up front: a second ingest process then waits (busy_timeout) instead of
  // failing when its read snapshot turns out stale at the first write.
  return (doc, record) => ingest.immediate(doc, record);
}

/** The searchable copies of a mention's values. */
export function mentionColumns(m: Mention) {
  return {
    event_type: m.event_type,
    sub_event_type: m.sub_event_type,
    status: m.status,
    background: m.background ? 1 : 0,
    date_start: m.date?.start ?? null,
    date_end: m.date?.end ?? m.date?.start ?? null,
    date_precision: m.date?.precision ?? null,
    country: m.location?.country ?? null,
    lat: m.location?.lat ?? null,
    lon: m.location?.lon ?? null,
    fatalities_best: m.fatalities?.best ?? null,
    injuries_best: m.injuries?.best ?? null,
  };
}

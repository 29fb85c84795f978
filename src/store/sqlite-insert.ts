// Writing one document: the document row, its mentions, its near-duplicate links and the fusion of its
// mentions into incidents, in a single transaction.
import type Database from 'better-sqlite3';
import type { ExtractRecord, Mention } from '../contract/mention.js';
import { dateClass, radiusKm, victimNameKeys } from '../fusion/compatible.js';
import { fusionClass } from '../fusion/families.js';
import type { FigureRule } from '../fusion/reconcile.js';
import { mentionFuser } from './sqlite-fusion.js';
import { nearDuplicateLinker } from './sqlite-neardup.js';
import type { AddResult, DocumentMeta } from './store.js';

export type InsertDocument = (doc: DocumentMeta, record: ExtractRecord) => AddResult;

/** Prepares the statements once; the returned function runs one document's ingest as one transaction. */
export function documentInserter(db: Database.Database, rule: () => FigureRule): InsertDocument {
  const insertDoc = db.prepare(`
    INSERT INTO documents (id, content_hash, published, source, title, url, language, origin, warnings_json, ingested_at)
    VALUES (@id, @contentHash, @published, @source, @title, @url, @language, @origin, @warnings, @now)
    ON CONFLICT (content_hash) DO NOTHING`);
  const insertMention = db.prepare(`
    INSERT INTO mentions (id, document_key, json, fusion_class, date_wide, place_precision, radius_km, event_type, sub_event_type, status, background,
      date_start, date_end, date_precision, country, lat, lon, fatalities_best, injuries_best)
    VALUES (@id, @documentKey, @json, @fusion_class, @date_wide, @place_precision, @radius_km, @event_type, @sub_event_type, @status, @background,
      @date_start, @date_end, @date_precision, @country, @lat, @lon, @fatalities_best, @injuries_best)`);
  const insertWords = victimWordWriter(db);
  const linkNearDuplicates = nearDuplicateLinker(db);
  const fuse = mentionFuser(db, rule);

  const ingest = db.transaction((doc: DocumentMeta, record: ExtractRecord): AddResult => {
    const now = new Date().toISOString();
    const docRow = insertDoc.run({
      id: doc.id, contentHash: doc.contentHash, published: doc.published, source: doc.source, title: doc.title,
      url: doc.url, language: doc.language ?? record.language ?? null, origin: doc.origin,
      warnings: JSON.stringify(record.warnings ?? []), now,
    });
    if (docRow.changes === 0) return { added: false, incidents: 0, joined: 0 };
    const documentKey = Number(docRow.lastInsertRowid);
    for (const mention of record.incidents) {
      const cls = dateClass(mention);
      const row = insertMention.run({ ...mentionColumns(mention), id: mention.id, documentKey, json: JSON.stringify(mention),
        fusion_class: fusionClass(mention.sub_event_type), date_wide: cls,
        place_precision: mention.location?.precision ?? null, radius_km: mention.location ? radiusKm(mention.location) : null });
      insertWords(Number(row.lastInsertRowid), mention, cls);
    }
    // Copies whose original changed count their sources anew, so their incidents are regrouped too.
    const recounted = linkNearDuplicates(documentKey, doc.text, doc.published ?? null);
    const { created, changed } = fuse([documentKey, ...recounted], documentKey, now);
    return { added: true, incidents: created, joined: changed };
  });
  // IMMEDIATE takes the write lock up front: a second ingest process then waits (busy_timeout) instead of
  // failing when its read snapshot turns out stale at the first write.
  return (doc, record) => ingest.immediate(doc, record);
}

/** Writes the name words (victimNameKeys) of a mention on a day or with no date at all (sqlite-schema.ts VICTIM_WORDS);
 *  cls: its date class, when the caller has it already. */
export function victimWordWriter(db: Database.Database): (mentionKey: number, m: Mention, cls?: number) => void {
  const insert = db.prepare('INSERT OR IGNORE INTO victim_words (unbounded, word, mention_key) VALUES (?, ?, ?)');
  return (key, m, cls = dateClass(m)) => {
    if (cls !== 0 && cls !== 3) return;
    for (const w of victimNameKeys(m)) insert.run(cls === 3 ? 1 : 0, w, key);
  };
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

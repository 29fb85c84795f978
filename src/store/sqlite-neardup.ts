// Near-duplicate reports in SQLite: a new document's MinHash bands find candidates through an index, among
// reports of neighbouring publication periods (fusion/minhash.ts); those similar enough join its group, and
// every member of the group points to one original: the earliest published (then the smallest content hash), so the original does not depend on the order of ingest.
import type Database from 'better-sqlite3';
import { bandKeys, decodeSignature, DUPLICATE_JACCARD, encodeSignature, estimatedJaccard, neighbourPeriods, publicationPeriod, signature } from '../fusion/minhash.js';

const BAND_LIMIT = 50;

interface DocRow { key: number; content_hash: string; published: string | null; signature: Buffer | null; duplicate_of: number | null }

/** Records the document's signature and links its near-duplicate group; returns the documents whose original changed. */
export type LinkNearDuplicates = (documentKey: number, text: string | undefined, published: string | null) => number[];

export function nearDuplicateLinker(db: Database.Database): LinkNearDuplicates {
  const setSignature = db.prepare('UPDATE documents SET signature = ? WHERE key = ?');
  const addBand = db.prepare('INSERT OR IGNORE INTO document_bands (period, band_key, document_key) VALUES (?, ?, ?)');
  // A band shared by more than BAND_LIMIT reports is page furniture (a templated footer), not a story: it would
  // make every lookup scan a share of the store. Such bands are passed over.
  const bandMembers = db.prepare(`SELECT document_key FROM document_bands WHERE period IN (?, ?, ?) AND band_key = ? LIMIT ${BAND_LIMIT + 1}`);
  const byKeys = db.prepare(`SELECT key, content_hash, published, signature, duplicate_of FROM documents
    WHERE key IN (SELECT value FROM json_each(?))`);
  const byKey = db.prepare('SELECT key, content_hash, published, signature, duplicate_of FROM documents WHERE key = ?');
  const copiesOf = db.prepare('SELECT key, content_hash, published, signature, duplicate_of FROM documents WHERE duplicate_of = ?');
  const setOriginal = db.prepare('UPDATE documents SET duplicate_of = ? WHERE key = ?');

  return (documentKey, text, published) => {
    if (!text) return [];
    const sig = signature(text);
    const keys = bandKeys(sig);
    setSignature.run(encodeSignature(sig), documentKey);
    const period = publicationPeriod(published);
    const periods = neighbourPeriods(period);
    for (const k of keys) addBand.run(period, k, documentKey);
    const found = new Set<number>();
    for (const k of keys) {
      const members = bandMembers.all(...periods, k) as { document_key: number }[];
      if (members.length > BAND_LIMIT) continue;
      for (const m of members) if (m.document_key !== documentKey) found.add(m.document_key);
    }
    const similar = (byKeys.all(JSON.stringify([...found])) as DocRow[])
      .filter((d) => d.signature && estimatedJaccard(sig, decodeSignature(d.signature)) >= DUPLICATE_JACCARD);
    if (similar.length === 0) return [];
    // The whole group: the new document, the similar ones, their originals and the originals' other copies.
    const group = new Map<number, DocRow>();
    group.set(documentKey, byKey.get(documentKey) as DocRow);
    for (const d of similar) {
      const original = d.duplicate_of === null ? d : (byKey.get(d.duplicate_of) as DocRow);
      for (const m of [d, original, ...(copiesOf.all(original.key) as DocRow[])]) group.set(m.key, m);
    }
    const members = [...group.values()];
    const original = members.reduce((a, b) => (earlier(b, a) ? b : a));
    const changed: number[] = [];
    for (const m of members) {
      const target = m.key === original.key ? null : original.key;
      if (m.duplicate_of !== target) { setOriginal.run(target, m.key); changed.push(m.key); }
    }
    return changed.filter((k) => k !== documentKey);
  };
}

function earlier(a: DocRow, b: DocRow): boolean {
  const pa = a.published ?? '\uffff', pb = b.published ?? '\uffff';
  return pa < pb || (pa === pb && a.content_hash < b.content_hash);
}

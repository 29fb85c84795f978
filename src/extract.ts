// The library entry points behind `sitrep extract` and `sitrep annotate`.
import type { ExtractRecord } from './contract/mention.js';
import { type Doc, layer, newDoc } from './doc/doc.js';
import { runPipeline, runPipelineBatch } from './pipeline.js';
import type { RawDoc } from './sources/raw-doc.js';

export interface AnnotateRecord {
  id: string;
  text: string;
  excluded: { start: number; end: number; reason: string }[];
  sentences: { start: number; end: number }[];
  dates: { start: number; end: number; text: string; type: string; value: string; mod: string | null }[];
  places: { start: number; end: number; text: string; name: string; lat: number; lon: number; country: string; admin1: string | null; geonames_id: number | null; feature: string }[];
  numbers: { start: number; end: number; text: string; value: number }[];
  actors: { start: number; end: number; text: string; name: string | null; type: string | null; country: string | null }[];
}

export function extractDoc(raw: RawDoc): ExtractRecord {
  return extractRecord(raw, runPipeline(newDoc(raw)));
}

/**
 * extractDoc of each document, the pipeline run stage by stage over them all (runPipelineBatch): the same records,
 * for less CPU time when there are many. Callers pass a few dozen at a time (BATCH_SIZE).
 */
export function extractDocs(raws: RawDoc[]): ExtractRecord[] {
  const docs = runPipelineBatch(raws.map(newDoc));
  return docs.map((doc, k) => extractRecord(raws[k], doc));
}

/** annotateDoc of each document, stage by stage as extractDocs. */
export function annotateDocs(raws: RawDoc[]): AnnotateRecord[] {
  return runPipelineBatch(raws.map(newDoc), 'actors').map(annotateRecord);
}

/** Documents per batch for extractDocs and annotateDocs: past a few dozen the gain stops growing (9-17% at 32). */
export const BATCH_SIZE = 32;

function extractRecord(raw: RawDoc, doc: Doc): ExtractRecord {
  return {
    id: raw.id, published: raw.published, language: raw.language ?? 'en',
    incidents: layer(doc, 'mentions'), excluded: layer(doc, 'excluded'), warnings: doc.warnings,
    source: raw.source, title: raw.title, url: raw.url,
  };
}

export function annotateDoc(raw: RawDoc): AnnotateRecord {
  return annotateRecord(runPipeline(newDoc(raw), 'actors'));
}

function annotateRecord(doc: Doc): AnnotateRecord {
  return {
    id: doc.raw.id, text: doc.text,
    excluded: layer(doc, 'excluded'),
    sentences: layer(doc, 'sentences').map(({ start, end }) => ({ start, end })),
    dates: layer(doc, 'dates').map(({ start, end, text, type, value, mod }) => ({ start, end, text, type, value, mod })),
    places: layer(doc, 'places').map(({ start, end, text, name, lat, lon, country, admin1, geonames_id, feature }) => ({ start, end, text, name, lat, lon, country, admin1, geonames_id, feature })),
    numbers: layer(doc, 'numbers'),
    actors: layer(doc, 'actors').map(({ start, end, text, name, type, country }) => ({ start, end, text, name, type, country })),
  };
}

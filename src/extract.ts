// The library entry points behind `sitrep extract` and `sitrep annotate`.
import type { ExtractRecord } from './contract/mention.js';
import { layer, newDoc } from './doc/doc.js';
import { runPipeline } from './pipeline.js';
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
  const doc = runPipeline(newDoc(raw));
  return {
    id: raw.id, published: raw.published, language: raw.language ?? 'en',
    incidents: layer(doc, 'mentions'), excluded: layer(doc, 'excluded'), warnings: doc.warnings,
    source: raw.source, title: raw.title, url: raw.url,
  };
}

export function annotateDoc(raw: RawDoc): AnnotateRecord {
  const doc = runPipeline(newDoc(raw), 'actors');
  return {
    id: raw.id, text: doc.text,
    excluded: layer(doc, 'excluded'),
    sentences: layer(doc, 'sentences').map(({ start, end }) => ({ start, end })),
    dates: layer(doc, 'dates').map(({ start, end, text, type, value, mod }) => ({ start, end, text, type, value, mod })),
    places: layer(doc, 'places').map(({ start, end, text, name, lat, lon, country, admin1, geonames_id, feature }) => ({ start, end, text, name, lat, lon, country, admin1, geonames_id, feature })),
    numbers: layer(doc, 'numbers'),
    actors: layer(doc, 'actors').map(({ start, end, text, name, type, country }) => ({ start, end, text, name, type, country })),
  };
}

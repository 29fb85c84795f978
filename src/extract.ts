// The library entry points behind `sitrep extract` and `sitrep annotate`. (Being built: signatures are fixed.)
import type { ExtractRecord } from './contract/mention.js';
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

export function extractDoc(_doc: RawDoc): ExtractRecord {
  throw new Error('extractDoc: not built yet');
}

export function annotateDoc(_doc: RawDoc): AnnotateRecord {
  throw new Error('annotateDoc: not built yet');
}

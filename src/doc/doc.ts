// A Doc is one report: its text, never rewritten, plus layers of spans [start, end) into that text.
// Stages add layers; no stage changes a layer another stage added.
import type { ExcludedRange, Mention } from '../contract/mention.js';
import type { RawDoc } from '../sources/raw-doc.js';

export interface Span { start: number; end: number }

export interface Token extends Span { text: string; lower: string; pos: string; sentence: number }
export interface Sentence extends Span { tokenStart: number; tokenEnd: number }

export interface NumberSpan extends Span { text: string; value: number }

export interface DateSpan extends Span {
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string; // TIMEX3 value
  mod: string | null;
  /** resolved calendar range for DATE/TIME values; null when not resolvable */
  range: { start: string; end: string; precision: 'day' | 'week' | 'month' | 'year' } | null;
  /** "earlier in the day", "hours later": resolved against the incident it follows, not the publication date */
  relativeToContext: boolean;
}

export interface PlaceSpan extends Span {
  text: string;
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string | null;
  geonames_id: number | null;
  feature: string; // GeoNames feature code (PPLC, PPL, ADM1, PCLI) or a facility kind ("embassy", "district")
  precision: 'facility' | 'neighbourhood' | 'city' | 'admin2' | 'admin1' | 'country' | 'region';
  radius_km: number;
  population: number;
}

export interface ActorSpan extends Span { text: string; name: string | null; type: string | null; country: string | null; generic: boolean }

export interface Layers {
  excluded: ExcludedRange[];
  sentences: Sentence[];
  tokens: Token[];
  numbers: NumberSpan[];
  dates: DateSpan[];
  places: PlaceSpan[];
  actors: ActorSpan[];
  mentions: Mention[];
}
export type LayerName = keyof Layers;

export interface Doc {
  raw: RawDoc;
  text: string;
  /** publication date as YYYY-MM-DD, or null */
  published: string | null;
  layers: Partial<Layers>;
  warnings: string[];
}

export function newDoc(raw: RawDoc): Doc {
  const published = raw.published && /^\d{4}-\d{2}-\d{2}/.test(raw.published) ? raw.published.slice(0, 10) : null;
  return { raw, text: raw.text, published, layers: {}, warnings: [] };
}

/** Reads a layer a stage declared in `needs`; a missing one is a pipeline bug, not an empty result. */
export function layer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const value = doc.layers[name];
  if (value === undefined) throw new Error(`layer "${name}" expected on doc ${doc.raw.id}, got none: a stage ran before the stage that adds it`);
  return value as Layers[K];
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

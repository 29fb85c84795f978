// The output contract of `sitrep extract` (see DESIGN.md). Extend, never rename: outside tools parse these fields.

export type Status = 'occurred' | 'attempted' | 'claimed' | 'threatened' | 'planned' | 'denied' | 'hypothetical';
export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'unknown';
export type PlacePrecision = 'facility' | 'neighbourhood' | 'city' | 'admin2' | 'admin1' | 'country' | 'region';
export type Attribution = 'claimed' | 'accused' | 'suspected' | 'reported';

export interface MentionDate {
  start: string | null; // ISO date YYYY-MM-DD
  end: string | null;
  precision: DatePrecision;
  text: string | null;
  start_offset: number | null;
  end_offset: number | null;
  /** extension: where the date came from ("stated", "context", "report": the day the report dates its news, "publication",
   *  "reaction": the day of a saying about an act named as known, which happened on or before it) */
  basis?: 'stated' | 'context' | 'report' | 'publication' | 'reaction';
}

export interface MentionLocation {
  name: string;
  admin1: string | null;
  country: string | null; // ISO 3166-1 alpha-2
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
  radius_km: number | null;
  geonames_id: number | null;
  text: string | null;
  start: number | null;
  end: number | null;
  /** extension: "stated" in the incident sentence, or inferred from "context" (earlier sentence, dateline) */
  basis?: 'stated' | 'context';
}

export interface Actor {
  name: string | null;
  text: string;
  type: string | null;
  country: string | null;
  attribution: Attribution;
  start: number;
  end: number;
}

export interface Count {
  best: number | null;
  low: number;
  high: number | null;
  text: string;
  start: number;
  end: number;
}

export interface Weapon { type: string; text: string; count: number | null; start: number; end: number }
export interface SourceRef { name: string; via: string[]; text: string; start: number; end: number; anonymous?: boolean }
export interface Evidence { start: number; end: number; text: string }

export interface Mention {
  id: string;
  event_type: string;
  sub_event_type: string;
  status: Status;
  background: boolean;
  date: MentionDate | null;
  location: MentionLocation | null;
  perpetrators: Actor[];
  targets: Actor[];
  victims: Actor[];
  weapons: Weapon[];
  fatalities: Count | null;
  injuries: Count | null;
  casualties: Count | null;
  sources: SourceRef[];
  evidence: Evidence[];
  confidence: number;
}

export interface ExcludedRange { start: number; end: number; reason: string }

/** One line of `sitrep extract --format jsonl`. */
export interface ExtractRecord {
  id: string;
  published: string | null;
  language: string | null;
  incidents: Mention[];
  excluded: ExcludedRange[];
  warnings: string[];
  /** extension: outlet, title and url when the input gave them */
  source?: string | null;
  title?: string | null;
  url?: string | null;
}

// CSV with ACLED's column names, so existing ACLED workflows can read it, then our provenance columns.
// Differences from ACLED, on purpose: fatalities is empty when no report gives a number (ACLED writes 0, which
// cannot be told apart from "no one was killed"); event_id_cnty is the ISO alpha-3 code plus our incident id;
// source lists the outlets, then whom they cite.
import countries from 'i18n-iso-countries';
import type { PlacePrecision } from '../../contract/mention.js';
import type { Incident } from '../../store/store.js';
import { citedSources, outlets } from '../incident-fields.js';
import { csvRecord, type CsvValue } from './csv.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'notes', 'fatalities',
] as const;

export const PROVENANCE_COLUMNS = [
  'sitrep_incident_id', 'status', 'background', 'date_precision', 'location_precision', 'radius_km', 'injuries',
  'casualties', 'source_docs', 'evidence_offsets', 'confidence', 'independent_sources', 'first_reported', 'last_updated',
] as const;

export const CSV_COLUMNS = [...ACLED_COLUMNS, ...PROVENANCE_COLUMNS];

const DISORDER_TYPES: Record<string, string> = {
  'Battles': 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  'Riots': 'Demonstrations',
  'Protests': 'Demonstrations',
  'Strategic developments': 'Strategic developments',
};

// ACLED: 1 = a town or finer, 2 = a nearby or regional place, 3 = a province or wider.
const GEO_PRECISION: Record<PlacePrecision, number> = {
  facility: 1, neighbourhood: 1, city: 1, admin2: 2, admin1: 2, country: 3, region: 3,
};

export function csvHeader(): string {
  return csvRecord(CSV_COLUMNS);
}

export function incidentCsvRow(inc: Incident): string {
  const lead = inc.reports[0]?.mention;
  const loc = inc.location;
  const [actor1, ...assoc1] = (lead?.perpetrators ?? []).map((a) => a.name ?? a.text);
  const actor2 = [...(lead?.targets ?? []), ...(lead?.victims ?? [])].map((a) => a.name ?? a.text)[0];
  const row: Record<(typeof CSV_COLUMNS)[number], CsvValue> = {
    event_id_cnty: `${(loc?.country && countries.alpha2ToAlpha3(loc.country)) || 'XXX'}${inc.id}`,
    event_date: inc.date?.start,
    year: inc.date?.start?.slice(0, 4),
    time_precision: timePrecision(inc),
    disorder_type: DISORDER_TYPES[inc.event_type] ?? '',
    event_type: inc.event_type,
    sub_event_type: inc.sub_event_type,
    actor1, assoc_actor_1: assoc1.join('; '), actor2,
    country: loc?.country ? countries.getName(loc.country, 'en') ?? loc.country : '',
    admin1: loc?.admin1,
    location: loc?.name,
    latitude: loc?.lat, longitude: loc?.lon,
    geo_precision: loc ? GEO_PRECISION[loc.precision] : '',
    source: [...new Set([...outlets(inc), ...citedSources(inc)])].join('; '),
    notes: (lead?.evidence ?? []).map((e) => e.text.trim()).join(' '),
    fatalities: inc.fatalities?.best,
    sitrep_incident_id: inc.id,
    status: inc.status,
    background: inc.background,
    date_precision: inc.date?.precision ?? 'unknown',
    location_precision: loc?.precision,
    radius_km: loc?.radius_km,
    injuries: inc.injuries?.best,
    casualties: inc.casualties?.best,
    source_docs: inc.reports.map((r) => r.document.id).join(';'),
    evidence_offsets: inc.reports.flatMap((r) => r.mention.evidence.map((e) => `${r.document.id}:${e.start}-${e.end}`)).join(';'),
    confidence: inc.confidence,
    independent_sources: inc.independent_sources.length,
    first_reported: inc.first_reported,
    last_updated: inc.last_updated,
  };
  return csvRecord(CSV_COLUMNS.map((c) => row[c]));
}

/** ACLED: 1 = the day is known, 2 = the week or month, 3 = only the year, or less. */
function timePrecision(inc: Incident): number {
  switch (inc.date?.precision) {
    case 'day': return 1;
    case 'week': case 'month': return 2;
    default: return 3;
  }
}

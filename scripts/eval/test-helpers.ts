// Builders for invented predictions used by the scoring tests (never gold data).
import type { ExtractRecord, Mention } from '../../src/contract/mention.js';

let n = 0;

export function mention(p: Partial<Mention> = {}): Mention {
  n++;
  return {
    id: `doc#${n}`,
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Shelling/artillery/missile attack',
    status: 'occurred',
    background: false,
    date: null,
    location: null,
    perpetrators: [],
    targets: [],
    victims: [],
    weapons: [],
    fatalities: null,
    injuries: null,
    casualties: null,
    sources: [],
    evidence: [],
    confidence: 0.5,
    ...p,
  };
}

export function record(id: string, incidents: Mention[], p: Partial<ExtractRecord> = {}): ExtractRecord {
  return { id, published: null, language: 'en', incidents, excluded: [], warnings: [], ...p };
}

export const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, text: d, start_offset: 0, end_offset: 1 });

export const place = (lat: number, lon: number, p: Partial<NonNullable<Mention['location']>> = {}) => ({
  name: 'somewhere', admin1: null, country: null, lat, lon, precision: 'city' as const, radius_km: null,
  geonames_id: null, text: null, start: null, end: null, ...p,
});

export const count = (best: number | null, low = best ?? 0, high: number | null = best) => ({ best, low, high, text: '', start: 0, end: 1 });

export const ev = (start: number, end: number) => ({ start, end, text: '' });

// Hand-built mentions and records for tests: they do not depend on the extraction pipeline.
import type { Count, ExtractRecord, Mention, MentionLocation } from '../contract/mention.js';
import { contentHash } from './content-hash.js';
import type { DocumentMeta } from './store.js';

export function count(best: number | null, low = best ?? 0, high: number | null = best): Count {
  return { best, low, high, text: String(best ?? 'several'), start: 0, end: 1 };
}

export function place(name: string, country: string, lat: number | null, lon: number | null): MentionLocation {
  return { name, admin1: null, country, lat, lon, precision: 'city', radius_km: 5, geonames_id: null, text: name, start: 10, end: 10 + name.length };
}

export function mention(id: string, over: Partial<Mention> = {}): Mention {
  return {
    id, event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', status: 'occurred', background: false,
    date: { start: '2024-03-10', end: '2024-03-10', precision: 'day', text: 'on Sunday', start_offset: 0, end_offset: 9 },
    location: place('Baghdad', 'IQ', 33.3152, 44.3661),
    perpetrators: [], targets: [], victims: [], weapons: [],
    fatalities: count(3), injuries: null, casualties: null,
    sources: [{ name: 'AFP', via: [], text: 'AFP', start: 0, end: 3 }],
    evidence: [{ start: 0, end: 20, text: 'A drone strike killed three' }],
    confidence: 0.8,
    ...over,
  };
}

export function record(id: string, mentions: Mention[]): ExtractRecord {
  return { id, published: '2024-03-11', language: 'en', incidents: mentions, excluded: [], warnings: [] };
}

export function docMeta(id: string, text: string, over: Partial<DocumentMeta> = {}): DocumentMeta {
  return { id, contentHash: contentHash(text), published: '2024-03-11', source: 'Example Wire', title: null, url: null, origin: `${id}.txt`, ...over };
}

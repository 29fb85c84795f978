// Hand-built fusion reports for tests: a mention with its document's identity.
import type { MentionLocation } from '../contract/mention.js';
import { mention } from '../store/test-fixtures.js';
import type { FusionReport } from './report.js';

let nextKey = 1;

export function report(doc: string, n: number, over: Parameters<typeof mention>[1] = {}, meta: Partial<FusionReport> = {}): FusionReport {
  const docNumber = [...doc].reduce((h, c) => h * 31 + c.charCodeAt(0), 7) % 100000;
  return {
    mentionKey: nextKey++, mention: mention(`${doc}#${n}`, over), documentKey: docNumber, contentHash: `hash-${doc}`,
    published: '2024-03-11', outlet: `Outlet ${doc}`, originalHash: `hash-${doc}`, originalOutlet: `Outlet ${doc}`, ...meta,
  };
}

export const day = (start: string, end = start, precision: 'day' | 'month' | 'year' = 'day') =>
  ({ start, end, precision, text: null, start_offset: null, end_offset: null });

export function at(name: string, lat: number, lon: number, precision: MentionLocation['precision'] = 'city', country = 'IQ', radius_km: number | null = null): MentionLocation {
  return { name, admin1: null, country, lat, lon, precision, radius_km, geonames_id: null, text: name, start: 0, end: name.length };
}

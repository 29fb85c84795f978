// GeoJSON (RFC 7946): one Point feature per incident with coordinates; [longitude, latitude] order.
import type { Incident } from '../../store/store.js';
import { citedSources, outlets } from '../incident-fields.js';

export function hasPoint(inc: Incident): boolean {
  const loc = inc.location;
  return loc !== null && Number.isFinite(loc.lat) && Number.isFinite(loc.lon);
}

/** One Feature; callers leave out incidents without coordinates (hasPoint). */
export function incidentFeature(inc: Incident): object {
  const loc = inc.location!;
  return {
    type: 'Feature',
    id: inc.id,
    geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] },
    properties: {
      id: inc.id,
      event_type: inc.event_type,
      sub_event_type: inc.sub_event_type,
      status: inc.status,
      background: inc.background,
      date_start: inc.date?.start ?? null,
      date_end: inc.date?.end ?? null,
      date_precision: inc.date?.precision ?? 'unknown',
      place: loc.name,
      admin1: loc.admin1,
      country: loc.country,
      location_precision: loc.precision,
      radius_km: loc.radius_km,
      fatalities: inc.fatalities?.best ?? null, // null: no report gives a number
      injuries: inc.injuries?.best ?? null,
      casualties: inc.casualties?.best ?? null,
      outlets: outlets(inc),
      cited_sources: citedSources(inc),
      confidence: inc.confidence,
    },
  };
}

/** Streams a FeatureCollection: one feature per line keeps big exports readable and diffable. */
export class GeoJsonWriter {
  private first = true;
  constructor(private readonly write: (s: string) => void) {
    write('{"type":"FeatureCollection","features":[');
  }
  feature(inc: Incident): void {
    this.write(`${this.first ? '\n' : ',\n'}${JSON.stringify(incidentFeature(inc))}`);
    this.first = false;
  }
  end(): void {
    this.write(this.first ? ']}\n' : '\n]}\n');
  }
}

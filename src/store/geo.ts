// Distance search: a bounding box the database can use an index for, then the exact great-circle distance.
import type { Near } from './store.js';

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LAT = 111.32;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A longitude interval; a box crossing the antimeridian is two of them. */
export interface LonRange { min: number; max: number }
export interface BoundingBox { minLat: number; maxLat: number; lon: LonRange[] }

/** A box that contains every point within `km` of the centre (it may contain more; callers check exactly). */
export function boundingBox({ lat, lon, km }: Near): BoundingBox {
  const dLat = km / KM_PER_DEGREE_LAT;
  const minLat = Math.max(-90, lat - dLat);
  const maxLat = Math.min(90, lat + dLat);
  // Near a pole, or with a radius wider than the circle of latitude, every longitude qualifies.
  const cosLat = Math.cos((Math.max(Math.abs(minLat), Math.abs(maxLat)) * Math.PI) / 180);
  const dLon = cosLat < 1e-6 ? 360 : km / (KM_PER_DEGREE_LAT * cosLat);
  if (dLon >= 180) return { minLat, maxLat, lon: [{ min: -180, max: 180 }] };
  const west = lon - dLon;
  const east = lon + dLon;
  if (west < -180) return { minLat, maxLat, lon: [{ min: west + 360, max: 180 }, { min: -180, max: east }] };
  if (east > 180) return { minLat, maxLat, lon: [{ min: west, max: 180 }, { min: -180, max: east - 360 }] };
  return { minLat, maxLat, lon: [{ min: west, max: east }] };
}

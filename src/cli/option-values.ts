// Validators for option values: each returns the parsed value or throws a UsageError saying expected versus got.
import type { Status } from '../contract/mention.js';
import type { Near } from '../store/store.js';
import { UsageError } from './command.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAYS_AGO = /^(\d{1,5})d$/;
const STATUSES: Status[] = ['occurred', 'attempted', 'claimed', 'threatened', 'planned', 'denied', 'hypothetical'];

function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s.slice(0, 10));
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** --published: an ISO 8601 date or date-time, as the JSONL "published" field. */
export function publishedDate(value: string): string {
  if (!ISO_DATE_TIME.test(value) || !isCalendarDate(value)) {
    throw new UsageError(`--published expects an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM), got "${value}"`);
  }
  return value;
}

/** --since/--until: YYYY-MM-DD, or "30d" for 30 days before today (UTC). */
export function dayArg(option: string, value: string, today: Date = new Date()): string {
  const ago = DAYS_AGO.exec(value);
  if (ago) return new Date(today.getTime() - Number(ago[1]) * 86_400_000).toISOString().slice(0, 10);
  if (!ISO_DATE.test(value) || !isCalendarDate(value)) {
    throw new UsageError(`${option} expects a date YYYY-MM-DD or a number of days like 30d, got "${value}"`);
  }
  return value;
}

/** --near LAT,LON,KM */
export function nearArg(value: string): Near {
  const parts = value.split(',').map((p) => p.trim());
  const nums = parts.map((p) => (/^[-+]?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  if (parts.length !== 3 || nums.some((n) => Number.isNaN(n))) {
    throw new UsageError(`--near expects LAT,LON,KM (three numbers, e.g. 33.31,44.36,25), got "${value}"`);
  }
  const [lat, lon, km] = nums;
  if (lat < -90 || lat > 90) throw new UsageError(`--near expects a latitude between -90 and 90, got ${lat}`);
  if (lon < -180 || lon > 180) throw new UsageError(`--near expects a longitude between -180 and 180, got ${lon}`);
  if (!(km > 0)) throw new UsageError(`--near expects a radius in km greater than 0, got ${km}`);
  return { lat, lon, km };
}

export function limitArg(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--limit expects a whole number of 1 or more, got "${value}"`);
  return Number(value);
}

export function countryArg(value: string): string {
  if (!/^[A-Za-z]{2}$/.test(value)) throw new UsageError(`--country expects an ISO 3166-1 alpha-2 code like IQ, got "${value}"`);
  return value.toUpperCase();
}

export function statusArg(value: string): Status {
  const s = value.toLowerCase() as Status;
  if (!STATUSES.includes(s)) throw new UsageError(`--status expects one of ${STATUSES.join(', ')}, got "${value}"`);
  return s;
}

/** --format: one of a fixed list. */
export function choiceArg<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`${option} expects ${choices.length === 1 ? choices[0] : `one of ${choices.join(', ')}`}, got "${value}"`);
  }
  return value as T;
}

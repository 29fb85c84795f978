// Small calendar helpers on ISO dates, all in UTC so the machine's time zone never shifts a day.
import type { DateSpan } from '../../doc/doc.js';

export type Range = NonNullable<DateSpan['range']>;

export function ymd(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of an ISO date (or date-time: its date part), for comparing days. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

export function lastDayOfMonth(y: number, m: number): string {
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
}

/** ISO week value "2026-W11": the week belongs to the year of its Thursday. */
export function isoWeek(iso: string): string {
  const thursday = addDays(iso, 3 - ((weekday(iso) + 6) % 7));
  const y = Number(thursday.slice(0, 4));
  const week = 1 + Math.floor((Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(y, 0, 1)) / (7 * 86_400_000));
  return `${y}-W${String(week).padStart(2, '0')}`;
}

export function weekRange(iso: string): { start: string; end: string } {
  const monday = addDays(iso, -((weekday(iso) + 6) % 7));
  return { start: monday, end: addDays(monday, 6) };
}

export const dayRange = (iso: string): Range => ({ start: iso, end: iso, precision: 'day' });
export const yearRange = (y: number): Range => ({ start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' });
export const monthRange = (y: number, m: number): Range => ({ start: ymd(y, m, 1), end: lastDayOfMonth(y, m), precision: 'month' });
export const weekRangeOf = (iso: string): Range => ({ ...weekRange(iso), precision: 'week' });

/** The month `n` months after year y, month m (n may be negative). */
export function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

export const quarterOf = (iso: string): number => Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;

// The incident filters shared by `sitrep incidents` and `sitrep export`.
import type { ParseArgsConfig } from 'node:util';
import type { IncidentFilter } from '../store/store.js';
import { UsageError } from './command.js';
import { countryArg, dayArg, limitArg, nearArg, statusArg } from './option-values.js';

export const FILTER_OPTIONS = {
  db: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  type: { type: 'string' },
  country: { type: 'string' },
  near: { type: 'string' },
  status: { type: 'string' },
  background: { type: 'boolean' },
  limit: { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export const FILTER_HELP = `  --db FILE            the database (default sitrep.db)
  --since DATE         incidents on or after DATE (YYYY-MM-DD, or 30d for the last 30 days)
  --until DATE         incidents on or before DATE
  --type TEXT          event type or sub-event type containing TEXT (any case)
  --country CC         ISO 3166-1 alpha-2 country code, e.g. IQ
  --near LAT,LON,KM    within KM kilometres of a point (negative first value: --near=-33.9,18.4,10)
  --status S           occurred, attempted, claimed, threatened, planned, denied or hypothetical
  --background         include incidents reports mention only as earlier context
  --limit N            at most N incidents, newest first`;

export function filterFrom(values: Record<string, string | boolean | undefined>, today?: Date): IncidentFilter {
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const filter: IncidentFilter = {};
  const since = str('since'), until = str('until'), type = str('type'), country = str('country');
  const near = str('near'), status = str('status'), limit = str('limit');
  if (since !== undefined) filter.since = dayArg('--since', since, today);
  if (until !== undefined) filter.until = dayArg('--until', until, today);
  if (filter.since && filter.until && filter.since > filter.until) {
    throw new UsageError(`--since expects a date on or before --until, got --since ${filter.since} after --until ${filter.until}`);
  }
  if (type !== undefined) {
    if (type.trim() === '') throw new UsageError('--type expects some text, got an empty string');
    filter.type = type.trim();
  }
  if (country !== undefined) filter.country = countryArg(country);
  if (near !== undefined) filter.near = nearArg(near);
  if (status !== undefined) filter.status = statusArg(status);
  if (values.background === true) filter.includeBackground = true;
  if (limit !== undefined) filter.limit = limitArg(limit);
  return filter;
}

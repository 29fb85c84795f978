// Turns an IncidentFilter into SQL over the incidents table. The --near circle is only a box here: callers finish it.
import { boundingBox } from './geo.js';
import type { IncidentFilter } from './store.js';

export interface SqlWhere { sql: string; params: (string | number)[] }

export function incidentWhere(filter: IncidentFilter): SqlWhere {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (!filter.includeBackground) clauses.push('i.background = 0');
  // An incident matches a date range when its own range overlaps it; undated incidents never match one.
  if (filter.since) { clauses.push('i.date_end >= ?'); params.push(filter.since); }
  if (filter.until) { clauses.push('i.date_start <= ?'); params.push(filter.until); }
  if (filter.type) {
    clauses.push("(instr(lower(i.event_type), ?) > 0 OR instr(lower(i.sub_event_type), ?) > 0)");
    const needle = filter.type.toLowerCase();
    params.push(needle, needle);
  }
  if (filter.country) { clauses.push('i.country = ?'); params.push(filter.country.toUpperCase()); }
  if (filter.status) { clauses.push('i.status = ?'); params.push(filter.status); }
  if (filter.near) {
    const box = boundingBox(filter.near);
    clauses.push('i.lat BETWEEN ? AND ?');
    params.push(box.minLat, box.maxLat);
    clauses.push(`(${box.lon.map(() => 'i.lon BETWEEN ? AND ?').join(' OR ')})`);
    for (const r of box.lon) params.push(r.min, r.max);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

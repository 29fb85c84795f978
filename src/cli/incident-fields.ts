// How incident values read in tables and exports. Unknown is never shown as zero.
import { basename } from 'node:path';
import type { Count } from '../contract/mention.js';
import type { Incident, StoredDocument } from '../store/store.js';

/** "?" when the report gives no number; "2+" when it gives only a lower bound ("several"); an explicit 0 stays 0. */
export function countText(count: Count | null): string {
  if (!count) return '?';
  if (count.best !== null) return String(count.best);
  return count.low > 0 ? `${count.low}+` : '?';
}

export function dateText(inc: Incident): string {
  const d = inc.date;
  if (!d || !d.start) return '?';
  switch (d.precision) {
    case 'year': return d.start.slice(0, 4);
    case 'month': return d.start.slice(0, 7);
    case 'week': return `week of ${d.start}`;
    case 'unknown': return '?';
    default: return d.end && d.end !== d.start ? `${d.start}..${d.end}` : d.start;
  }
}

const SHORT_EVENT_TYPES: Record<string, string> = {
  'Battles': 'Battle',
  'Explosions/Remote violence': 'Explosion',
  'Violence against civilians': 'Violence/civ',
  'Protests': 'Protest',
  'Riots': 'Riot',
  'Strategic developments': 'Strategic',
};

export function typeText(inc: Incident): string {
  const short = SHORT_EVENT_TYPES[inc.event_type] ?? inc.event_type;
  return inc.sub_event_type ? `${short}: ${inc.sub_event_type}` : short;
}

export function placeText(inc: Incident): string {
  const loc = inc.location;
  if (!loc) return '?';
  return loc.admin1 && loc.admin1 !== loc.name ? `${loc.name}, ${loc.admin1}` : loc.name;
}

/** The outlet that published a report: its name, else its web site, else the file it was read from. */
export function outletName(doc: StoredDocument): string {
  if (doc.source) return doc.source;
  if (doc.url) {
    try { return new URL(doc.url).hostname.replace(/^www\./, ''); } catch { /* not a URL: fall through */ }
  }
  return basename(doc.origin).replace(/:\d+$/, '');
}

/** Distinct outlets in the order they reported. */
export function outlets(inc: Incident): string[] {
  return [...new Set(inc.reports.map((r) => outletName(r.document)))];
}

/** Whom the reports cite ("citing AFP"), distinct. */
export function citedSources(inc: Incident): string[] {
  return [...new Set(inc.reports.flatMap((r) => r.mention.sources.map((s) => s.name)))];
}

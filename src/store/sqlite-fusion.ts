// Fusion in SQLite: after a document's mentions are stored, the set of stored mentions connected to them by
// compatibility (fusion/compatible.ts) is found through the candidate index and grouped again
// (fusion/cluster.ts). Grouping a connected set gives the same incidents whatever order its reports came in,
// so regrouping it on every change keeps the store order-independent. Changes are written as revisions.
//
// Each stored mention keeps the connected set it was last grouped in (mentions.component). A set is closed:
// every stored mention compatible with one of its members is a member. So only the new mentions need a candidate
// lookup; a compatible candidate brings its whole set, whose members need none. (Following every member anew
// made the lookups per report grow with the sets, 2.2 -> 4.6 over 40,000 bench reports.)
import type Database from 'better-sqlite3';
import type { Mention } from '../contract/mention.js';
import { clusterReports } from '../fusion/cluster.js';
import { bridgeDays, canFuse, compatible, isWide, undatedKnown, unboundedNamed, MAX_SPAN_DAYS, NARROW_SPAN_DAYS, radiusKm, UNDATED_REACH_DAYS, victimNameKeys, victimNames, WIDE_HORIZON_DAYS } from '../fusion/compatible.js';
import { addDays } from '../stages/dates/calendar.js';
import { fusionClass } from '../fusion/families.js';
import { type FigureRule, type FusedIncident, reconcile } from '../fusion/reconcile.js';
import type { FusionReport } from '../fusion/report.js';

/** A connected set larger than this is regrouped only around the new reports (a guard, not expected in news). */
const MAX_COMPONENT = 400;

/** A stored mention as fusion sees it, with the incident it belongs to now (null: just stored). */
type StoredReport = FusionReport & { incidentId: number | null; component: number | null };

interface ReportRow {
  mention_key: number; json: string; document_key: number; content_hash: string; published: string | null; source: string | null;
  original_hash: string | null; original_source: string | null; incident_id: number | null; component: number | null;
}

const REPORT_SELECT = `SELECT m.key AS mention_key, m.json, d.key AS document_key, d.content_hash, d.published, d.source,
    o.content_hash AS original_hash, o.source AS original_source, im.incident_id, m.component
  FROM mentions m JOIN documents d ON d.key = m.document_key LEFT JOIN documents o ON o.key = d.duplicate_of
  LEFT JOIN incident_mentions im ON im.mention_key = m.key`;

export interface FuseOutcome { created: number; changed: number }
export type FuseMentions = (documentKeys: number[], causeKey: number, now: string) => FuseOutcome;

export function mentionFuser(db: Database.Database, rule: () => FigureRule): FuseMentions {
  const ofDocument = db.prepare(`${REPORT_SELECT} WHERE m.document_key = ?`);
  const ofIncident = db.prepare(`${REPORT_SELECT} WHERE im.incident_id = ?`);
  const ofComponent = db.prepare(`${REPORT_SELECT} WHERE m.component = ?`);
  const setComponent = db.prepare('UPDATE mentions SET component = ? WHERE key = ?');
  const candidates = db.prepare(`${REPORT_SELECT}
    WHERE m.fusion_class = @cls AND m.date_wide = @wide AND m.date_start BETWEEN @from AND @to
      AND m.date_end >= @notBefore AND m.date_precision IN ('day', 'week', 'month') AND m.country = @country
      AND (@pubFrom IS NULL OR substr(d.published, 1, 10) BETWEEN @pubFrom AND @pubTo)
      AND (@lat IS NULL OR m.lat IS NULL OR m.place_precision IN ('country', 'region') OR @wholeCountry
        OR (abs(m.lat - @lat) * 111.2 <= max(@radius, m.radius_km) + 6 AND min(abs(m.lon - @lon), 360 - abs(m.lon - @lon)) * 111.2 * @cosLat <= max(@radius, m.radius_km) + 6))`);
  // Undated recalled acts (compatible.ts, undatedKnown): found by the day they happened on or before.
  const undatedCandidates = db.prepare(`${REPORT_SELECT}
    WHERE m.fusion_class = @cls AND m.date_wide = 2 AND m.country = @country AND m.date_end BETWEEN @from AND @to`);
  // Acts named by a person's name (compatible.ts unboundedNamed): an undated one finds those on a day (unbounded 0),
  // one on a day the undated ones (unbounded 1), by the words of the names (sqlite-schema.ts VICTIM_WORDS).
  const byNameWords = db.prepare(`${REPORT_SELECT}
    WHERE m.key IN (SELECT mention_key FROM victim_words WHERE unbounded = @unbounded AND word IN (SELECT value FROM json_each(@words)))
      AND m.fusion_class = @cls AND m.country = @country`);
  const insertIncident = db.prepare(`INSERT INTO incidents (lead_mention_key, event_type, sub_event_type, status, background,
      date_start, date_end, date_precision, country, lat, lon, fatalities_best, injuries_best, confidence, fused_json,
      independent_count, first_reported, last_updated, created_at, updated_at)
    VALUES (@lead, @event_type, @sub_event_type, @status, @background, @date_start, @date_end, @date_precision, @country,
      @lat, @lon, @fatalities_best, @injuries_best, @confidence, @fused_json, @independent_count, @first_reported,
      @last_updated, @now, @now)`);
  const updateIncident = db.prepare(`UPDATE incidents SET lead_mention_key = @lead, event_type = @event_type,
      sub_event_type = @sub_event_type, status = @status, background = @background, date_start = @date_start,
      date_end = @date_end, date_precision = @date_precision, country = @country, lat = @lat, lon = @lon,
      fatalities_best = @fatalities_best, injuries_best = @injuries_best, confidence = @confidence, fused_json = @fused_json,
      independent_count = @independent_count, first_reported = @first_reported, last_updated = @last_updated, updated_at = @now
    WHERE id = @id`);
  const fusedOf = db.prepare('SELECT fused_json FROM incidents WHERE id = ?');
  const deleteIncident = db.prepare('DELETE FROM incidents WHERE id = ?');
  const unlink = db.prepare('DELETE FROM incident_mentions WHERE incident_id = ?');
  const link = db.prepare('INSERT INTO incident_mentions (incident_id, mention_key) VALUES (?, ?)');
  const nextRevision = db.prepare('SELECT coalesce(max(revision), 0) + 1 AS n FROM incident_revisions WHERE incident_id = ?');
  const addRevision = db.prepare(`INSERT INTO incident_revisions (incident_id, revision, at, document_key, kind, changes_json)
    VALUES (?, ?, ?, ?, ?, ?)`);

  /** Stored mentions that may be compatible with r (compatible.ts); the SQL only narrows, compatible() decides. */
  const candidatesOf = (r: FusionReport): ReportRow[] => {
    const d = r.mention.date!, loc = r.mention.location!; // canFuse: dated (or an undated recalled act) and placed in a country
    const cls = fusionClass(r.mention.sub_event_type);
    // Acts that name the same person, found by the words of the names: those on a day (0) or with no date (1).
    const named = (unbounded: 0 | 1) => byNameWords.all({ unbounded, words: JSON.stringify(victimNameKeys(r.mention)), cls, country: loc.country }) as ReportRow[];
    // An act told with no date at all: the acts on a day that name its person.
    if (unboundedNamed(r)) return named(0);
    // An undated recalled act, or one dated by a saying about it: the reports of the three months before the day it
    // happened on or before.
    if (undatedKnown(r)) {
      return candidates.all({ cls, country: loc.country, wide: 0, from: addDays(d.end!, -UNDATED_REACH_DAYS - NARROW_SPAN_DAYS - 1),
        to: addDays(d.end!, 1), notBefore: '0000-01-01', pubFrom: null, pubTo: null, lat: null, lon: null, radius: 0, cosLat: 1, wholeCountry: 1 }) as ReportRow[];
    }
    // A box a little wider than compatible.ts's distance rule drops far places before their JSON is parsed.
    const near = { lat: loc.lat, lon: loc.lon, radius: radiusKm(loc), cosLat: Math.max(0.05, Math.cos(((loc.lat ?? 0) * Math.PI) / 180) - 0.01),
      // A named victim bridges an inferred place within the country (compatible.ts): no box then.
      wholeCountry: loc.precision === 'country' || loc.precision === 'region' || victimNames(r).size > 0 ? 1 : 0 };
    const key = { cls, to: addDays(d.end ?? d.start!, 1), notBefore: addDays(d.start!, -1), country: loc.country, ...near };
    // A wide date on either side: only reports published close to this one (compatible.ts, publishedClose).
    const horizon = r.published ? { pubFrom: addDays(r.published, -WIDE_HORIZON_DAYS), pubTo: addDays(r.published, WIDE_HORIZON_DAYS) }
      : { pubFrom: '9999-12-31', pubTo: '0000-01-01' };
    const open = { pubFrom: null, pubTo: null };
    // A named victim lets a wide date reach past the horizon (compatible.ts): every report of those days is read.
    const wideHorizon = victimNames(r).size > 0 ? open : horizon;
    // An overlapping stored date (with a day of slack) starts at most its own span before this one.
    // A named victim bridges days up to a month apart, a named target a week (compatible.ts): the narrow window
    // then reaches that far back and forth.
    const reach = bridgeDays(r);
    const narrow = reach > 0 ? { to: addDays(d.end ?? d.start!, reach + 1), from: addDays(d.start!, -reach - NARROW_SPAN_DAYS - 1), notBefore: addDays(d.start!, -reach - 1) }
      : { from: addDays(d.start!, -NARROW_SPAN_DAYS - 1) };
    return [
      ...candidates.all({ ...key, ...(isWide(d) ? wideHorizon : open), wide: 0, ...narrow }),
      ...candidates.all({ ...key, ...wideHorizon, wide: 1, from: addDays(d.start!, -MAX_SPAN_DAYS - 1) }),
      // Acts of the same person told with no date at all.
      ...(isWide(d) || victimNames(r).size === 0 ? [] : named(1)),
      // Undated recalled acts of the three months after it, which may name its victim.
      ...(isWide(d) ? [] : undatedCandidates.all({ cls, country: loc.country, from: addDays(d.start!, -1), to: addDays(d.end ?? d.start!, UNDATED_REACH_DAYS + 1) })),
    ] as ReportRow[];
  };

  const toReport = (r: ReportRow): StoredReport => ({
    mentionKey: r.mention_key, mention: JSON.parse(r.json) as Mention, documentKey: r.document_key, contentHash: r.content_hash,
    published: r.published, outlet: r.source, originalHash: r.original_hash ?? r.content_hash,
    originalOutlet: r.original_hash ? r.original_source : r.source, incidentId: r.incident_id,
    component: r.component,
  });

  const revise = (id: number, cause: number, now: string, kind: string, changes: Record<string, unknown>) => {
    const { n } = nextRevision.get(id) as { n: number };
    addRevision.run(id, n, now, cause, kind, JSON.stringify(changes));
  };

  return (documentKeys, causeKey, now) => {
    // 1. The connected set: the documents' mentions, the stored sets of their compatible candidates, and,
    // for mentions whose set is not known to be closed (component NULL), their incidents and candidates.
    const component = new Map<number, StoredReport>();
    const links = new UnionFind();
    const queue: StoredReport[] = [];
    const loadedSets = new Set<number>(), seen = new Set<number>();
    const visit = (r: StoredReport) => {
      if (component.has(r.mentionKey)) return;
      component.set(r.mentionKey, r);
      if (r.component === null) { queue.push(r); return; }
      if (loadedSets.has(r.component)) return;
      loadedSets.add(r.component);
      for (const row of ofComponent.all(r.component) as ReportRow[]) {
        links.union(r.mentionKey, row.mention_key); // a stored set is connected
        visit(toReport(row));
      }
    };
    // The documents' own mentions are followed anew: they are new, or their copies' counts changed.
    for (const key of documentKeys) for (const row of ofDocument.all(key) as ReportRow[]) visit({ ...toReport(row), component: null });
    while (queue.length > 0 && component.size < MAX_COMPONENT) {
      const r = queue.shift()!;
      // Reports already in an incident bring its other reports, so the old incident is regrouped whole.
      if (r.incidentId !== null && !seen.has(r.incidentId)) {
        seen.add(r.incidentId);
        for (const row of ofIncident.all(r.incidentId) as ReportRow[]) {
          links.union(r.mentionKey, row.mention_key); // an incident lies within one connected set
          visit(toReport(row));
        }
      }
      if (!canFuse(r)) continue;
      for (const row of candidatesOf(r)) {
        const c = component.get(row.mention_key) ?? toReport(row);
        if (links.same(r.mentionKey, c.mentionKey) || !compatible(r, c)) continue;
        links.union(r.mentionKey, c.mentionKey);
        visit(c);
      }
    }
    // Each connected part is one stored set, named by its smallest mention key. (One document's mentions may
    // lie in different sets: it is regrouped with all of them, but they are not one set.) A set cut short by
    // the size guard is not known to be closed: its mentions are followed anew next time.
    const truncated = queue.length > 0;
    for (const r of component.values()) {
      const setId = truncated ? null : links.smallest(r.mentionKey);
      if (r.component !== setId) setComponent.run(setId, r.mentionKey);
    }
    const reports = [...component.values()];
    const clusters = clusterReports(reports);
    const oldIds = [...new Set(reports.map((r) => r.incidentId).filter((x): x is number => x !== null))].sort((a, b) => a - b);
    const overlap = clusters.map((c) => new Map<number, number>());
    clusters.forEach((c, k) => {
      for (const r of c) if (r.incidentId !== null) overlap[k].set(r.incidentId, (overlap[k].get(r.incidentId) ?? 0) + 1);
    });
    const pairs = clusters.flatMap((_, k) => [...overlap[k]].map(([id, n]) => ({ k, id, n }))).sort((a, b) => b.n - a.n || a.id - b.id || a.k - b.k);
    const idOf = new Map<number, number>(), taken = new Set<number>();
    for (const p of pairs) if (!idOf.has(p.k) && !taken.has(p.id)) { idOf.set(p.k, p.id); taken.add(p.id); }

    // 3. Write what changed, each change with a revision naming the report that caused it.
    const outcome: FuseOutcome = { created: 0, changed: 0 };
    clusters.forEach((cluster, k) => {
      const fused = reconcile(cluster, rule());
      const keys = cluster.map((r) => r.mentionKey);
      const cols = incidentColumns(fused, now);
      const id = idOf.get(k);
      if (id === undefined) {
        const newId = Number(insertIncident.run(cols).lastInsertRowid);
        for (const m of keys) link.run(newId, m);
        revise(newId, causeKey, now, 'created', { reports: [null, keys.length], ...summaryChanges(null, fused) });
        outcome.created++;
        return;
      }
      const before = JSON.parse((fusedOf.get(id) as { fused_json: string }).fused_json) as FusedIncident;
      const oldKeys = cluster.filter((r) => r.incidentId === id).length;
      const previous = reports.filter((r) => r.incidentId === id).length;
      const changes = summaryChanges(before, fused);
      const joined = keys.length - oldKeys, left = previous - oldKeys;
      if (joined === 0 && left === 0 && Object.keys(changes).length === 0 && JSON.stringify(before) === JSON.stringify(fused)) return;
      updateIncident.run({ ...cols, id });
      unlink.run(id);
      for (const m of keys) link.run(id, m);
      const kind = left > 0 ? 'split' : joined > 0 ? 'joined' : 'updated';
      revise(id, causeKey, now, kind, { ...(joined || left ? { reports: [previous, keys.length] } : {}), ...changes });
      outcome.changed++;
    });
    // Old incidents no group kept were merged into the group that took most of their reports.
    for (const id of oldIds) {
      if (taken.has(id)) continue;
      const into = clusters.findIndex((c) => c.some((r) => r.incidentId === id));
      unlink.run(id);
      deleteIncident.run(id);
      revise(id, causeKey, now, 'merged', { into: into >= 0 ? (idOf.get(into) ?? null) : null });
      outcome.changed++;
    }
    return outcome;
  };
}

/** Connected parts of the mentions met while following candidates, each with its smallest mention key. */
class UnionFind {
  private readonly parent = new Map<number, number>();
  private find(x: number): number {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let y = x; y !== root;) { const next = this.parent.get(y)!; this.parent.set(y, root); y = next; }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a), rb = this.find(b);
    // The smaller key becomes the root, so a part's root is its smallest key.
    if (ra !== rb) this.parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  same(a: number, b: number): boolean { return this.find(a) === this.find(b); }
  smallest(x: number): number { return this.find(x); }
}

/** The fields a person reads, before and after; only those that changed. */
function summaryChanges(before: FusedIncident | null, after: FusedIncident): Record<string, [unknown, unknown]> {
  const view = (f: FusedIncident | null) => f && {
    sub_event_type: f.sub_event_type, status: f.status, background: f.background,
    date: f.date ? (f.date.end && f.date.end !== f.date.start ? `${f.date.start}..${f.date.end}` : f.date.start) : null,
    place: f.location ? f.location.name : null,
    fatalities: f.fatalities?.best ?? f.fatalities?.low ?? null, injuries: f.injuries?.best ?? f.injuries?.low ?? null,
    independent_sources: f.independent_sources.length,
  };
  const a = view(before), b = view(after)!;
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(b)) {
    const old = a ? (a as Record<string, unknown>)[k] : null;
    if (JSON.stringify(old) !== JSON.stringify(v)) out[k] = [old, v];
  }
  return out;
}

function incidentColumns(f: FusedIncident, now: string) {
  return {
    lead: f.leadMentionKey, event_type: f.event_type, sub_event_type: f.sub_event_type, status: f.status,
    background: f.background ? 1 : 0, date_start: f.date?.start ?? null, date_end: f.date?.end ?? f.date?.start ?? null,
    date_precision: f.date?.precision ?? null, country: f.location?.country ?? null, lat: f.location?.lat ?? null,
    lon: f.location?.lon ?? null, fatalities_best: f.fatalities?.best ?? null, injuries_best: f.injuries?.best ?? null,
    confidence: f.confidence, fused_json: JSON.stringify(f), independent_count: f.independent_sources.length,
    first_reported: f.first_reported, last_updated: f.last_updated, now,
  };
}


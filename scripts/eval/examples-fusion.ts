// Fusion on the example corpus against the incidents its authors intended (examples/incidents.json). Each
// intended incident lists the reports that tell of it; in each report it is aligned one-to-one to a mention of
// the same fusion class (fusion/families.ts) whose date overlaps the intended date and whose country matches,
// preferring the exact sub-type, then the exact date, then the same background flag. Scored pairwise like MUC-4.
import { readFileSync } from 'node:fs';
import type { ExtractRecord, Mention } from '../../src/contract/mention.js';
import { fusionClass } from '../../src/fusion/families.js';
import { type FuseInput, fuseRecords } from './fuse-records.js';
import { type FusionItem, type PairScores, scorePairs } from './fusion-pairs.js';

export interface IntendedIncident {
  id: string; sub_event_type: string; date: string; country: string; docs: string[]; background_docs?: string[];
}

export interface ExamplesFusionResult {
  scores: PairScores;
  intended: number;
  /** Intended incidents whose aligned mentions are all in one stored incident that holds no other intended incident's. */
  exact: string[];
  missing: { id: string; doc: string }[]; // intended (incident, report) pairs with no aligned mention
  items: (FusionItem & { mention: Mention })[];
  /** Stored incidents holding no aligned mention, and those of them that look like a second copy of an intended one. */
  unaligned: number;
  likelyDuplicates: number;
}

/** A report's key as examples/incidents.json writes it: a file's path inside examples/ ("txt/x.txt"), else its JSONL id. */
const reportKey = (id: string) => id.replace(/^(.*[\\/])?examples[\\/]/, '');

function score(e: IntendedIncident, m: Mention, background: boolean): number {
  if (fusionClass(m.sub_event_type) !== fusionClass(e.sub_event_type)) return -1;
  if (m.location?.country && m.location.country !== e.country) return -1;
  const start = m.date?.start, end = m.date?.end ?? start;
  if (!start || !end || !(start.slice(0, e.date.length) <= e.date && e.date <= end.slice(0, e.date.length))) return -1;
  return Number(m.sub_event_type === e.sub_event_type) + Number(start === e.date) + 0.5 * Number(m.background === background);
}

export async function scoreExamplesFusion(intendedFile: string, records: ExtractRecord[], texts: Map<string, string>): Promise<ExamplesFusionResult> {
  const intended = JSON.parse(readFileSync(intendedFile, 'utf8')) as IntendedIncident[];
  const textOf = new Map([...texts].map(([id, t]) => [reportKey(id), t]));
  const inputs: FuseInput[] = records.map((record) => ({ record, text: textOf.get(reportKey(record.id)) ?? record.id, published: record.published }));
  const incidentOf = await fuseRecords(inputs);
  const byId = new Map(records.map((r) => [reportKey(r.id), r]));
  const items: (FusionItem & { mention: Mention })[] = [];
  const missing: { id: string; doc: string }[] = [];
  const docs = [...new Set(intended.flatMap((e) => e.docs))];
  for (const doc of docs) {
    const record = byId.get(doc);
    const mentions = record?.incidents ?? [];
    const pairs = intended.filter((e) => e.docs.includes(doc)).flatMap((e) => mentions.map((m, k) => ({ e, m, k, s: score(e, m, !!e.background_docs?.includes(doc)) })))
      .filter((p) => p.s >= 0).sort((a, b) => b.s - a.s || a.k - b.k || a.e.id.localeCompare(b.e.id));
    const done = new Set<string>(), used = new Set<Mention>();
    for (const p of pairs) {
      if (done.has(p.e.id) || used.has(p.m)) continue;
      done.add(p.e.id); used.add(p.m);
      items.push({ doc, gold: p.e.id, predicted: incidentOf.get(`${record!.id}\u0000${p.m.id}`) ?? null, mention: p.m });
    }
    for (const e of intended) if (e.docs.includes(doc) && !done.has(e.id)) missing.push({ id: e.id, doc });
  }
  const exact = intended.filter((e) => {
    const mine = items.filter((i) => i.gold === e.id);
    if (mine.length === 0) return false;
    const ids = new Set(mine.map((i) => i.predicted));
    if (ids.size !== 1 || [...ids][0] === null) return false;
    return !items.some((i) => i.gold !== e.id && ids.has(i.predicted));
  }).map((e) => e.id);
  // Stored incidents no intended incident was aligned to: events the authors did not list, or second copies of
  // one they did (a mention of the same class, country and date in a report that tells it, left unaligned).
  const aligned = new Set(items.map((i) => i.predicted));
  const unaligned = new Set([...incidentOf.values()].filter((id) => !aligned.has(id)));
  const likelyDuplicates = new Set<number>();
  for (const record of records) {
    const doc = reportKey(record.id);
    for (const m of record.incidents) {
      const id = incidentOf.get(`${record.id}\u0000${m.id}`);
      if (id === undefined || !unaligned.has(id)) continue;
      if (intended.some((e) => e.docs.includes(doc) && score(e, m, !!e.background_docs?.includes(doc)) >= 0)) likelyDuplicates.add(id);
    }
  }
  return { scores: scorePairs(items), intended: intended.length, exact, missing, items, unaligned: unaligned.size, likelyDuplicates: likelyDuplicates.size };
}

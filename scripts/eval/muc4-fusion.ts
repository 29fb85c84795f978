// MUC-4 fusion clusters. Several reports in the corpus describe the same incidents (the November 1989 Jesuit
// murders appear in dozens). Rule (quoted in docs/EVAL.md): two non-optional templates of relevant documents in
// different reports are one incident when
//   - their INCIDENT: TYPE agree (first fill, the word before ":"),
//   - their INCIDENT: DATE ranges overlap (an "on or before X" date counts as the 30 days up to X),
//   - their INCIDENT: LOCATION agree: the levels of one are a prefix of the other's (EL SALVADOR contains
//     EL SALVADOR: SAN SALVADOR (CITY)), compared normalised,
//   - and their targets agree: when both name human targets or physical targets (HUM TGT: NAME, PHYS TGT: ID),
//     one is shared (one name's words all in the other's); when either place is only a country or either date only a bound, a shared one is required.
// Clusters are the connected groups of that relation. Each report's templates are aligned one-to-one to its
// counted mentions (best date + location first, as in muc4-slots.ts); the item's predicted incident is the
// incident the store put the aligned mention in.
import type { ExtractRecord, Mention } from '../../src/contract/mention.js';
import { type FuseInput, fuseRecords } from './fuse-records.js';
import { type FusionItem, type PairScores, scorePairs } from './fusion-pairs.js';
import { GROUPS, type MucDoc, normaliseType, type Template } from './muc4.js';
import { mucIncidentType } from './muc4-mapping.js';
import { type Range, alternatives, goldDateRanges } from './muc4-slot-dates.js';
import { alignTemplate, slotTemplates, type SlotTemplate } from './muc4-slots.js';

type Doc = MucDoc & { published?: string | null; text?: string };
const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
const fills = (t: Template, slot: string) => (t[slot] ?? []).flatMap((f) => alternatives(f)).map((x) => x.trim().replace(/^\?\s*/, '')).filter((x) => x && x !== '-' && x !== '*');
const targets = (t: Template) => new Set(['HUM TGT: NAME', 'PHYS TGT: ID']
  .flatMap((s) => fills(t, s)).map((f) => norm(f.replace(/:.*$/, '').replace(/"/g, ''))).filter(Boolean));

export interface GoldTemplate { doc: string; split: string; n: string; type: string | null; dates: Range[]; openDate: boolean; place: string[] | null; targets: Set<string> }

export function goldTemplates(doc: Doc): GoldTemplate[] {
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  const out: GoldTemplate[] = [];
  for (const t of doc.templates) {
    const msg = (t['MESSAGE: TEMPLATE'] ?? ['*'])[0].trim();
    if (msg === '*' || /\(OPTIONAL\)/i.test(msg)) continue;
    const type = (t['INCIDENT: TYPE'] ?? []).map((f) => normaliseType(f.split('/')[0])).find((x) => x && x !== '*' && x !== '-') ?? null;
    const dateFill = fills(t, 'INCIDENT: DATE')[0];
    const ranges = dateFill ? goldDateRanges(dateFill, pubYear).ranges : [];
    const placeFill = fills(t, 'INCIDENT: LOCATION')[0];
    out.push({
      doc: doc.id, split: doc.split, n: msg, type,
      dates: ranges.map((r) => (r.lo ? r : { lo: shift(r.hi, -30), hi: r.hi })), openDate: ranges.some((r) => !r.lo),
      place: placeFill ? placeFill.split(':').map(norm).filter(Boolean) : null, targets: targets(t),
    });
  }
  return out;
}

export function sameGoldIncident(a: GoldTemplate, b: GoldTemplate): boolean {
  if (a.doc === b.doc || !a.type || a.type !== b.type || !a.place || !b.place || a.dates.length === 0 || b.dates.length === 0) return false;
  if (!a.dates.some((x) => b.dates.some((y) => x.lo <= y.hi && y.lo <= x.hi))) return false;
  const k = Math.min(a.place.length, b.place.length);
  if (a.place.slice(0, k).join('|') !== b.place.slice(0, k).join('|')) return false;
  const shared = [...a.targets].some((x) => [...b.targets].some((y) => sameName(x, y)));
  if (a.place.length === 1 || b.place.length === 1 || a.openDate || b.openDate) return shared;
  return shared || a.targets.size === 0 || b.targets.size === 0;
}

/** Two target names agree when one's words are all in the other's ("ANTONIO RODRIGUEZ PORTH" in "JOSE ANTONIO RODRIGUEZ PORTH"). */
function sameName(x: string, y: string): boolean {
  const a = x.split(' '), b = new Set(y.split(' '));
  const [short, long] = a.length <= b.size ? [a, b] : [y.split(' '), new Set(a)];
  return short.every((w) => long.has(w));
}

/** Cluster label of every template ("doc|n"), by union-find over sameGoldIncident. */
export function goldClusters(templates: GoldTemplate[]): Map<string, string> {
  const id = (t: GoldTemplate) => `${t.doc}|${t.n}`;
  const parent = new Map(templates.map((t) => [id(t), id(t)]));
  const find = (x: string): string => { while (parent.get(x) !== x) x = parent.get(x)!; return x; };
  for (let i = 0; i < templates.length; i++) {
    for (let j = i + 1; j < templates.length; j++) {
      if (sameGoldIncident(templates[i], templates[j])) parent.set(find(id(templates[i])), find(id(templates[j])));
    }
  }
  return new Map(templates.map((t) => [id(t), find(id(t))]));
}

/** One report's templates and counted mentions paired one-to-one, best-scoring pairs first. */
export function alignOneToOne(templates: SlotTemplate[], mentions: Mention[]): Map<SlotTemplate, Mention> {
  const pairs: { t: SlotTemplate; m: Mention; score: number; order: number }[] = [];
  templates.forEach((t, ti) => mentions.forEach((m, mi) => {
    const type = mucIncidentType(m);
    if (!type || !t.types.includes(type)) return;
    const v = alignTemplate(t, [m]);
    if (!v.mention) return;
    const score = Number(!!v.date) + Number(!!v.location?.strict) + 0.1 * Number(!!v.location?.anyLevel) + 0.01 * Number(!!v.location?.country);
    pairs.push({ t, m, score, order: ti * 1000 + mi });
  }));
  pairs.sort((a, b) => b.score - a.score || a.order - b.order);
  const out = new Map<SlotTemplate, Mention>(), used = new Set<Mention>();
  for (const p of pairs) if (!out.has(p.t) && !used.has(p.m)) { out.set(p.t, p.m); used.add(p.m); }
  return out;
}

export type Muc4FusionItem = FusionItem & { split: string; mention: Mention };
export interface Muc4FusionResult { groups: { name: string; scores: PairScores }[]; multiReportClusters: number; items: Muc4FusionItem[] }

export async function scoreMuc4Fusion(docs: Doc[], records: ExtractRecord[]): Promise<Muc4FusionResult> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const inputs: FuseInput[] = docs.flatMap((d) => {
    const record = byId.get(d.id);
    return record ? [{ record, text: d.text ?? d.id, published: d.published ?? null }] : [];
  });
  const incidentOf = await fuseRecords(inputs);
  const templates = docs.flatMap(goldTemplates);
  const cluster = goldClusters(templates);
  const items: Muc4FusionItem[] = [];
  for (const d of docs) {
    const aligned = alignOneToOne(slotTemplates(d), byId.get(d.id)?.incidents ?? []);
    for (const [t, m] of aligned) {
      items.push({
        doc: d.id, split: d.split, gold: cluster.get(`${d.id}|${t.n}`) ?? `${d.id}|${t.n}`,
        predicted: incidentOf.get(`${d.id}\u0000${m.id}`) ?? null, mention: m,
      });
    }
  }
  const docsOf = new Map<string, Set<string>>();
  for (const t of templates) { const c = cluster.get(`${t.doc}|${t.n}`)!; docsOf.set(c, (docsOf.get(c) ?? new Set()).add(t.doc)); }
  return {
    groups: GROUPS.map((g) => ({ name: g.name, scores: scorePairs(items.filter((i) => g.splits === null || g.splits.includes(i.split))) })),
    multiReportClusters: [...docsOf.values()].filter((s) => s.size > 1).length,
    items,
  };
}

function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// MUC-4 role-filler entity F1 (the GRIT/GTT form of the keys: roles-*.json). Rules (quoted in docs/EVAL.md):
// - Gold: per document and role, a list of entities, each a list of mention strings.
// - Predicted, from the document's counted mentions (muc4-mapping.ts: background false, occurred or attempted,
//   a MUC-4 type): PerpInd = perpetrators that are generic (no organisation name: a generic lexicon entry or no
//   name), PerpOrg = the other perpetrators (a named group or force) and the generic ones written as an institution
//   ("the army", "security forces", "police": the keys file institutions under PerpOrg and people, "soldiers",
//   "gunmen", under PerpInd; a named person, type "person", is an individual: PerpInd), Target = targets, Victim = the
//   victims that carry a name (a named person or group: not generic), Weapon = weapons. The keys' Victim role is
//   MUC-4's HUM TGT: NAME slot; descriptions ("peasants", "a judge") belong to HUM TGT: DESCRIPTION, which this
//   role-filler form does not score, so they are neither hits nor spurious. The string compared is the
//   actor's (or weapon's) `text` as written. Predicted strings are one entity when they normalise alike; PerpOrg
//   strings with the same normalised `name` of a named group are one entity (aliases).
// - Normalising: lower case, accents and punctuation removed, the articles a/an/the removed, blanks collapsed.
// - Match: a predicted entity matches a gold entity when one of its strings equals one of the gold mentions. Each
//   gold and each predicted entity is matched at most once (maximum matching); TP = matched pairs, FP = predicted
//   entities left, FN = gold entities left. Micro F1 sums the five roles.
import { readFileSync } from 'node:fs';
import type { Actor, ExtractRecord } from '../../src/contract/mention.js';
import { maxMatching } from './matching.js';
import { addCounts, type Counts, ZERO } from './metrics.js';
import { mucIncidentType } from './muc4-mapping.js';
import { fromRepo } from './paths.js';

export const MUC_ROLES = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'] as const;
export type MucRole = (typeof MUC_ROLES)[number];

export interface RoleDoc { docid: string; extracts: Partial<Record<MucRole, [string, number][][]>> }

export function normFiller(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\b(a|an|the)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Names of the generic entries of the actor lexicon ("Unidentified Armed Group"), read once. */
let genericNames: Set<string> | null = null;
export function lexiconGenericNames(): Set<string> {
  if (genericNames) return genericNames;
  try {
    const entries = JSON.parse(readFileSync(fromRepo('data/actors.json'), 'utf8')) as { name: string; generic?: boolean }[];
    genericNames = new Set(entries.filter((e) => e.generic).map((e) => e.name));
  } catch {
    genericNames = new Set();
  }
  return genericNames;
}

export function isGeneric(a: Actor, generic = lexiconGenericNames()): boolean {
  const flag = (a as Actor & { generic?: boolean }).generic; // honoured if the contract ever carries it
  if (typeof flag === 'boolean') return flag;
  return a.name === null || generic.has(a.name) || /^(unidentified|unspecified|unknown)\b/i.test(a.name);
}

/** A generic actor written as an institution rather than as people: its last word names the body. */
const INSTITUTION = /\b(army|forces|force|military|police|navy|government)$/;

export function isInstitution(text: string): boolean {
  return INSTITUTION.test(normFiller(text));
}

/** Predicted entities per role: each a set of normalised strings. */
export function predictedFillers(rec: ExtractRecord | undefined, generic = lexiconGenericNames()): Record<MucRole, string[][]> {
  const groups = Object.fromEntries(MUC_ROLES.map((r) => [r, new Map<string, Set<string>>()])) as Record<MucRole, Map<string, Set<string>>>;
  const add = (role: MucRole, key: string, text: string) => {
    const t = normFiller(text);
    if (!t) return;
    const g = groups[role].get(key) ?? new Set<string>();
    groups[role].set(key, g.add(t));
  };
  for (const m of rec?.incidents ?? []) {
    if (!mucIncidentType(m)) continue;
    for (const a of m.perpetrators) {
      // A named person is an individual, not an organisation: the keys file people by name under PerpInd.
      if (a.type === 'person') add('PerpInd', normFiller(a.text), a.text);
      else if (!isGeneric(a, generic)) add('PerpOrg', `name:${normFiller(a.name ?? a.text)}`, a.text);
      else if (isInstitution(a.text)) add('PerpOrg', `text:${normFiller(a.text)}`, a.text);
      else add('PerpInd', normFiller(a.text), a.text);
    }
    for (const a of m.targets) add('Target', normFiller(a.text), a.text);
    for (const a of m.victims) if (!isGeneric(a, generic)) add('Victim', normFiller(a.text), a.text);
    for (const w of m.weapons) add('Weapon', normFiller(w.text), w.text);
  }
  // Texts that normalise alike under two PerpOrg names still make one entity each: names decide for PerpOrg.
  return Object.fromEntries(MUC_ROLES.map((r) => [r, [...groups[r].values()].map((s) => [...s])])) as Record<MucRole, string[][]>;
}

export function goldFillers(doc: RoleDoc): Record<MucRole, string[][]> {
  return Object.fromEntries(MUC_ROLES.map((r) => [r, (doc.extracts[r] ?? []).map((ent) => [...new Set(ent.map(([m]) => normFiller(m)))].filter(Boolean))])) as Record<MucRole, string[][]>;
}

export function scoreRole(gold: string[][], pred: string[][]): Counts {
  const tp = maxMatching(gold.length, pred.length, (g, p) => pred[p].some((s) => gold[g].includes(s)));
  return { tp, fp: pred.length - tp, fn: gold.length - tp };
}

export interface RoleGroup { name: string; docs: number; perRole: Record<MucRole, Counts>; micro: Counts }
export interface Muc4RolesResult { groups: RoleGroup[]; withoutGold: number }

/** groups: name -> gold documents of that group (only those in `docIds`, the documents of the run, are scored). */
export function scoreMuc4Roles(groups: { name: string; gold: RoleDoc[] }[], records: ExtractRecord[], docIds: Set<string>): Muc4RolesResult {
  const byId = new Map(records.map((r) => [r.id, r]));
  const goldIds = new Set(groups.flatMap((g) => g.gold.map((d) => d.docid)));
  const out: RoleGroup[] = [];
  for (const g of groups) {
    const docs = g.gold.filter((d) => docIds.has(d.docid));
    if (docs.length === 0) continue;
    const perRole = Object.fromEntries(MUC_ROLES.map((r) => [r, { ...ZERO }])) as Record<MucRole, Counts>;
    for (const d of docs) {
      const gold = goldFillers(d);
      const pred = predictedFillers(byId.get(d.docid));
      for (const r of MUC_ROLES) perRole[r] = addCounts(perRole[r], scoreRole(gold[r], pred[r]));
    }
    out.push({ name: g.name, docs: docs.length, perRole, micro: MUC_ROLES.map((r) => perRole[r]).reduce(addCounts, ZERO) });
  }
  return { groups: out, withoutGold: [...docIds].filter((id) => !goldIds.has(id)).length };
}

/** roles-*.json: one JSON object per line. */
export function parseRoleDocs(text: string): RoleDoc[] {
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as RoleDoc);
}

// WikiEvents argument scoring for attack events. Rules (quoted in docs/EVAL.md):
// - Text: each sentence's tokens rebuilt with their original spacing (a space only where the token offsets show a
//   gap), sentences joined by a newline; tokenSpans maps every token to its characters in that text.
// - Gold: arguments of Conflict.Attack.*, Life.Die.* and Life.Injure.* events, by role: Attacker (also Life.Die
//   Killer and Life.Injure Injurer), Target, Victim, Instrument (also ExplosiveDevice of DetonateExplode). Per document,
//   one gold argument per (role, token span): an entity that is an argument of several events counts once.
// - Predicted: every mention's perpetrators -> Attacker, targets -> Target, victims -> Victim, weapons -> Instrument,
//   one per (role, character span).
// - Match (head word): a prediction matches a gold argument of the same role in the same document when the gold
//   argument's head token lies inside the predicted span (characters overlap); the data gives no head, so any token
//   of the gold span will do (most gold spans are a single token). One to one, maximum matching.
import type { ExtractRecord } from '../../src/contract/mention.js';
import { addCounts, type Counts, ZERO } from './metrics.js';
import { maxMatching, overlap } from './matching.js';

export const ROLES = ['Attacker', 'Target', 'Victim', 'Instrument'] as const;
export type Role = (typeof ROLES)[number];

/** KAIROS event family -> their role -> ours. */
export const GOLD_ROLE_MAP: Record<string, Record<string, Role>> = {
  'Conflict.Attack': { Attacker: 'Attacker', Target: 'Target', Instrument: 'Instrument', ExplosiveDevice: 'Instrument' },
  'Life.Die': { Victim: 'Victim', Killer: 'Attacker', Instrument: 'Instrument' },
  'Life.Injure': { Victim: 'Victim', Injurer: 'Attacker', Instrument: 'Instrument' },
};

type Token = [string, number, number];
export interface WeDoc {
  doc_id: string;
  tokens: string[];
  sentences?: [Token[], string][];
  entity_mentions: { id: string; start: number; end: number; head?: number }[];
  event_mentions: { event_type: string; arguments: { entity_id: string; role: string }[] }[];
}

export interface BuiltText { text: string; tokenSpans: { start: number; end: number }[] }

export function buildText(doc: WeDoc): BuiltText {
  const sentences = doc.sentences?.length ? doc.sentences.map((s) => s[0]) : [doc.tokens.map((t): Token => [t, -1, -1])];
  let text = '';
  const tokenSpans: { start: number; end: number }[] = [];
  sentences.forEach((toks, si) => {
    if (si > 0) text += '\n';
    toks.forEach(([tok, start], ti) => {
      const prevEnd = ti > 0 ? toks[ti - 1][2] : -1;
      if (ti > 0 && !(start >= 0 && start === prevEnd)) text += ' ';
      tokenSpans.push({ start: text.length, end: text.length + tok.length });
      text += tok;
    });
  });
  if (tokenSpans.length !== doc.tokens.length) throw new Error(`wikievents: expected ${doc.tokens.length} tokens in ${doc.doc_id}'s sentences, got ${tokenSpans.length}`);
  return { text, tokenSpans };
}

export interface GoldArg { role: Role; tokens: number[] }

export function goldArgs(doc: WeDoc): GoldArg[] {
  const ents = new Map(doc.entity_mentions.map((e) => [e.id, e]));
  const seen = new Map<string, GoldArg>();
  for (const ev of doc.event_mentions) {
    const family = ev.event_type.split('.').slice(0, 2).join('.');
    const map = GOLD_ROLE_MAP[family];
    if (!map) continue;
    for (const a of ev.arguments) {
      const role = map[a.role];
      const e = ents.get(a.entity_id);
      if (!role || !e) continue;
      const tokens = e.head !== undefined ? [e.head] : [...Array(e.end - e.start).keys()].map((k) => e.start + k);
      seen.set(`${role}:${e.start}:${e.end}`, { role, tokens });
    }
  }
  return [...seen.values()];
}

export interface PredArg { role: Role; start: number; end: number }

export function predArgs(rec: ExtractRecord | undefined): PredArg[] {
  const seen = new Map<string, PredArg>();
  const add = (role: Role, s: { start: number | null; end: number | null }) => {
    if (s.start === null || s.end === null) return;
    seen.set(`${role}:${s.start}:${s.end}`, { role, start: s.start, end: s.end });
  };
  for (const m of rec?.incidents ?? []) {
    m.perpetrators.forEach((a) => add('Attacker', a));
    m.targets.forEach((a) => add('Target', a));
    m.victims.forEach((a) => add('Victim', a));
    m.weapons.forEach((w) => add('Instrument', w));
  }
  return [...seen.values()];
}

export function argMatches(g: GoldArg, p: PredArg, spans: BuiltText['tokenSpans']): boolean {
  return g.tokens.some((t) => spans[t] && overlap(spans[t], p) > 0);
}

export interface WeDocScore { perRole: Record<Role, Counts>; identification: Counts }

export function scoreWeDoc(gold: GoldArg[], pred: PredArg[], spans: BuiltText['tokenSpans']): WeDocScore {
  const count = (g: GoldArg[], p: PredArg[], sameRole: boolean): Counts => {
    const tp = maxMatching(g.length, p.length, (i, j) => (!sameRole || g[i].role === p[j].role) && argMatches(g[i], p[j], spans));
    return { tp, fp: p.length - tp, fn: g.length - tp };
  };
  const perRole = Object.fromEntries(ROLES.map((r) => [r, count(gold.filter((g) => g.role === r), pred.filter((p) => p.role === r), true)])) as Record<Role, Counts>;
  // Identification ignores the role: a gold argument found under another of the four roles still counts.
  return { perRole, identification: count(gold, pred, false) };
}

export interface WikiEventsResult { docs: number; perRole: Record<Role, Counts>; micro: Counts; identification: Counts; missing: number }

export function scoreWikiEvents(docs: WeDoc[], records: ExtractRecord[]): WikiEventsResult {
  const byId = new Map(records.map((r) => [r.id, r]));
  const perRole = Object.fromEntries(ROLES.map((r) => [r, { ...ZERO }])) as Record<Role, Counts>;
  let identification = { ...ZERO };
  for (const d of docs) {
    const s = scoreWeDoc(goldArgs(d), predArgs(byId.get(d.doc_id)), buildText(d).tokenSpans);
    for (const r of ROLES) perRole[r] = addCounts(perRole[r], s.perRole[r]);
    identification = addCounts(identification, s.identification);
  }
  return {
    docs: docs.length,
    perRole,
    micro: ROLES.map((r) => perRole[r]).reduce(addCounts, ZERO),
    identification,
    missing: docs.filter((d) => !byId.has(d.doc_id)).length,
  };
}

// Local error lists for the added datasets, written to .eval-out/ only: they quote gold text and labels, which must
// never be copied into the repository. They are for reading errors, not for the report.
import type { ExtractRecord } from '../../src/contract/mention.js';
import type { Snippet } from './case2021.js';
import { predictLabel } from './case2021.js';
import { type GwnArticle, GWN_SETS } from './geowebnews.js';
import { maxPairs, overlap } from './matching.js';
import { distanceKm } from './metrics.js';
import type { AnnotateRecord } from './run-annotate.js';
import type { TempEvalResult } from './tempeval.js';
import { argMatches, buildText, goldArgs, predArgs, ROLES, type WeDoc } from './wikievents.js';

const HEAD = (what: string) => [`# ${what} errors (local only: holds gold text and labels, never commit)`, ''];
const cell = (s: string, max = 160) => (s.length > max ? `${s.slice(0, max)}…` : s).replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function tally(keys: string[], top = 40): string[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return ['| count | what |', '|---:|---|', ...[...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([k, n]) => `| ${n} | ${cell(k, 200)} |`), ''];
}

export function caseErrors(snippets: Snippet[], records: ExtractRecord[]): string {
  const byId = new Map(records.map((r) => [r.id, r]));
  const rows = snippets.map((s) => ({ s, pred: predictLabel(byId.get(s.id)), ms: byId.get(s.id)?.incidents ?? [] })).filter((x) => x.pred !== x.s.label);
  return [
    ...HEAD('CASE 2021'),
    '| id | gold | predicted | our mentions | snippet |', '|---|---|---|---|---|',
    ...rows.map(({ s, pred, ms }) => `| ${s.id} | ${s.label} | ${pred} | ${cell(ms.map((m) => `${m.sub_event_type} (${m.status}${m.background ? ', bg' : ''})`).join('; ')) || '-'} | ${cell(s.text, 300)} |`),
    '',
  ].join('\n');
}

export function wikiEventsErrors(docs: WeDoc[], records: ExtractRecord[]): string {
  const byId = new Map(records.map((r) => [r.id, r]));
  const lines = [...HEAD('WikiEvents'), '| doc | role | kind | text |', '|---|---|---|---|'];
  const kinds: string[] = [];
  for (const d of docs) {
    const built = buildText(d);
    const gold = goldArgs(d);
    const pred = predArgs(byId.get(d.doc_id));
    for (const role of ROLES) {
      const g = gold.filter((x) => x.role === role);
      const p = pred.filter((x) => x.role === role);
      const pairs = maxPairs(g.length, p.length, (i, j) => argMatches(g[i], p[j], built.tokenSpans));
      g.forEach((x, i) => {
        if (pairs.some(([gi]) => gi === i)) return;
        const other = pred.find((y) => y.role !== role && argMatches(x, y, built.tokenSpans));
        const kind = other ? `missed (found as ${other.role})` : 'missed';
        kinds.push(`${role}: ${kind}`);
        lines.push(`| ${d.doc_id} | ${role} | ${kind} | ${cell(x.tokens.map((t) => d.tokens[t]).join(' '))} |`);
      });
      p.forEach((y, j) => {
        if (pairs.some(([, pj]) => pj === j)) return;
        const other = gold.find((x) => x.role !== role && argMatches(x, y, built.tokenSpans));
        const kind = other ? `spurious (gold ${other.role})` : 'spurious';
        kinds.push(`${role}: ${kind}`);
        lines.push(`| ${d.doc_id} | ${role} | ${kind} | ${cell(built.text.slice(y.start, y.end))} |`);
      });
    }
  }
  return [...HEAD('WikiEvents').slice(0, 1), '', ...tally(kinds), ...lines.slice(2), ''].join('\n');
}

const shape = (v: string | undefined) => (v ?? 'null').replace(/\d/g, '9');

export function tempEvalErrors(r: TempEvalResult): string {
  const errs = r.errors;
  return [
    ...HEAD('TempEval-3'),
    '## By kind and gold type', '', ...tally(errs.map((e) => `${e.kind} ${e.goldType ?? ''}`)),
    '## Wrong values by shape (gold -> predicted)', '', ...tally(errs.filter((e) => e.kind === 'wrong value').map((e) => `${shape(e.gold)} -> ${shape(e.pred)}`)),
    '## Missed, by text', '', ...tally(errs.filter((e) => e.kind === 'missed').map((e) => e.text.toLowerCase())),
    '## Spurious, by text', '', ...tally(errs.filter((e) => e.kind === 'spurious').map((e) => e.text.toLowerCase())),
    '## All', '', '| doc | kind | gold type | text | gold | predicted |', '|---|---|---|---|---|---|',
    ...errs.map((e) => `| ${e.doc} | ${e.kind} | ${e.goldType ?? ''} | ${cell(e.text)} | ${e.gold ?? ''} | ${e.pred ?? ''} |`),
    '',
  ].join('\n');
}

export function gwnErrors(articles: GwnArticle[], records: AnnotateRecord[]): string {
  const byId = new Map(records.map((r) => [r.id, r]));
  const literal = GWN_SETS[0].has;
  const missed: string[] = [];
  const spurious: string[] = [];
  const far: string[] = [];
  for (const a of articles) {
    const pred = byId.get(a.id)?.places ?? [];
    for (const t of a.toponyms.filter(literal)) {
      const best = pred.filter((p) => overlap(t, p) > 0).sort((x, y) => overlap(t, y) - overlap(t, x))[0];
      if (!best) missed.push(`${t.type}: ${t.name}`);
      else if (t.lat !== null && t.lon !== null && best.lat !== null && best.lon !== null) {
        const km = distanceKm(t.lat, t.lon, best.lat, best.lon);
        if (km > 161) far.push(`${t.name} -> ${best.name} (${best.country ?? '?'}, ${best.admin1 ?? '?'}, ${best.feature ?? '?'}), ${Math.round(km)} km`);
      }
    }
    for (const p of pred) {
      const hit = a.toponyms.filter((t) => overlap(t, p) > 0);
      if (!hit.some((t) => literal(t))) spurious.push(`${p.text} [${hit.map((t) => t.type).join(',') || 'no gold'}]`);
    }
  }
  return [
    ...HEAD('GeoWebNews'),
    '## Literal toponyms missed', '', ...tally(missed, 80),
    '## Predictions on no literal toponym (gold types overlapped)', '', ...tally(spurious, 80),
    '## Resolved more than 161 km away', '', ...tally(far, 120),
  ].join('\n');
}

// Local error lists for the MUC-4 slots and role fillers (.eval-out/ only: they quote the answer keys).
import type { ExtractRecord, Mention } from '../../src/contract/mention.js';
import { tally } from './error-dumps.js';
import { maxPairs } from './matching.js';
import { goldFillers, MUC_ROLES, predictedFillers, type RoleDoc } from './muc4-roles.js';
import type { SlotVerdict } from './muc4-slots.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const fmtDate = (m: Mention) => (m.date ? `${m.date.start}..${m.date.end} ${m.date.precision} ${m.date.basis ?? ''} "${m.date.text ?? ''}"` : 'no date');
const fmtLoc = (m: Mention) => (m.location ? `${m.location.name} / ${m.location.admin1 ?? '-'} / ${m.location.country ?? '-'} (${m.location.precision}, ${m.location.basis ?? ''}) "${m.location.text ?? ''}"` : 'no location');

export function dateErrorKind(v: SlotVerdict): string | null {
  if (v.date !== false) return null;
  if (!v.mention) return 'no mention of the type';
  const d = v.mention.date;
  if (!d?.start) return 'mention has no date';
  const r = v.template.date!.ranges;
  const late = r.every((x) => d.start! > x.hi);
  return `${late ? 'later' : 'earlier'} than gold (${d.basis ?? '?'} date, ${d.precision})`;
}

export function locationErrorKind(v: SlotVerdict): string | null {
  if (!v.location || v.location.strict) return null;
  if (!v.mention) return 'no mention of the type';
  if (!v.mention.location) return 'mention has no location';
  if (!v.location.country) return `wrong country (${v.mention.location.basis ?? '?'})`;
  if (v.location.anyLevel) return `right department, not the town (${v.mention.location.precision})`;
  return `right country, wrong place (${v.mention.location.precision}, ${v.mention.location.basis ?? '?'})`;
}

export function slotErrors(verdicts: SlotVerdict[]): string {
  const bad = verdicts.filter((v) => dateErrorKind(v) || locationErrorKind(v));
  return [
    '# MUC-4 slot errors (local only: holds gold values, never commit)', '',
    '## Date error kinds', '', ...tally(verdicts.map(dateErrorKind).filter((x): x is string => !!x)),
    '## Location error kinds', '', ...tally(verdicts.map(locationErrorKind).filter((x): x is string => !!x)),
    '| doc | template | types | gold date | our date | gold location | our location |', '|---|---|---|---|---|---|---|',
    ...bad.map((v) => {
      const t = v.template;
      const gd = t.date ? `${t.date.form}: ${t.date.ranges.map((r) => `${r.lo || '…'}..${r.hi}`).join(' / ')}${v.date ? '' : ' ✗'}` : '-';
      const gl = t.location ? `${t.location.map((alt) => alt.map((l) => l.map((p) => p.name).join(' - ')).join(': ')).join(' / ')}${v.location?.strict ? '' : ' ✗'}` : '-';
      return `| ${t.doc} | ${t.n} | ${t.types.join('/')} | ${gd} | ${cell(v.mention ? fmtDate(v.mention) : '-')} | ${cell(gl)} | ${cell(v.mention ? fmtLoc(v.mention) : '-')} |`;
    }),
    '',
  ].join('\n');
}

export function roleErrors(gold: RoleDoc[], records: ExtractRecord[], docIds: Set<string>): string {
  const byId = new Map(records.map((r) => [r.id, r]));
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const d of gold.filter((x) => docIds.has(x.docid))) {
    const g = goldFillers(d);
    const p = predictedFillers(byId.get(d.docid));
    for (const r of MUC_ROLES) {
      const pairs = maxPairs(g[r].length, p[r].length, (i, j) => p[r][j].some((s) => g[r][i].includes(s)));
      g[r].forEach((e, i) => pairs.some(([gi]) => gi === i) || missed.push(`${r}: ${e[0]}`));
      p[r].forEach((e, j) => pairs.some(([, pj]) => pj === j) || spurious.push(`${r}: ${e.join(' = ')}`));
    }
  }
  return [
    '# MUC-4 role-filler errors (local only: holds gold strings, never commit)', '',
    '## Missed gold entities (first mention)', '', ...tally(missed, 150),
    '## Spurious predicted entities', '', ...tally(spurious, 150),
  ].join('\n');
}

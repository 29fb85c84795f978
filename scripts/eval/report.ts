// Renders the evaluation as Markdown: printed to the console and written to docs/EVAL.md.
// Only figures computed by this run appear; gold types of sample errors go to the console and .eval-out only,
// because the gold labels must not be copied into the repository.
import type { CaseResult } from './case2021.js';
import type { ExamplesFusionResult } from './examples-fusion.js';
import type { Muc4FusionResult } from './muc4-fusion.js';
import type { TempEvalRun } from './datasets.js';
import type { GwnResult } from './geowebnews.js';
import type { Muc4Result } from './muc4.js';
import type { Muc4RolesResult } from './muc4-roles.js';
import type { Muc4SlotsResult } from './muc4-slots.js';
import type { WikiEventsResult } from './wikievents.js';
import { MUC_TYPES, SUB_EVENT_TO_MUC } from './muc4-mapping.js';
import { type Counts, pct, prf } from './metrics.js';
import type { SeedCheck } from './seed-checks.js';

export interface DatasetRun<T> { status: 'ok' | 'absent' | 'error'; note?: string; result?: T; seconds?: number; docs?: number }

export interface EvalRun {
  command: string;
  extractCommand: string;
  date: string;
  commit: string;
  subset: string | null;
  seeds: DatasetRun<SeedCheck[]>;
  muc4: DatasetRun<Muc4Run>;
  examples: DatasetRun<ExamplesFusionResult>;
  case2021: DatasetRun<CaseResult>;
  wikievents: DatasetRun<WikiEventsResult>;
  tempeval3: DatasetRun<TempEvalRun>;
  geowebnews: DatasetRun<GwnResult>;
}

/** The MUC-4 run scores relevance and type (muc4.ts), the date and location slots and, when the keys are there, role fillers. */
export type Muc4Run = Muc4Result & { slots: Muc4SlotsResult; roles: Muc4RolesResult | null; rolesNote: string | null; fusion: Muc4FusionResult };

export const cell = (s: string, max = 400) => (s.length > max ? `${s.slice(0, max)}…` : s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
export const row = (label: string, c: Counts) => {
  const m = prf(c);
  return `| ${label} | ${pct(m.p)} | ${pct(m.r)} | ${pct(m.f1)} | ${c.tp} | ${c.fp} | ${c.fn} |`;
};
export const HEAD = '| | P | R | F1 | TP | FP | FN |\n|---|---:|---:|---:|---:|---:|---:|';

export function runNote<T>(d: DatasetRun<T>): string | null {
  if (d.status === 'absent') return `Not measured: ${d.note}.`;
  if (d.status === 'error') return `Not measured: the run failed.\n\n\`\`\`\n${d.note}\n\`\`\``;
  return null;
}

export function renderSeeds(run: EvalRun, maxDetail = 400): string[] {
  const out = ['## Seeds (acceptance example)', ''];
  const note = runNote(run.seeds);
  if (note) return [...out, note, ''];
  const checks = run.seeds.result!;
  const core = checks.filter((c) => !c.extra);
  const extra = checks.filter((c) => c.extra);
  out.push(
    `Input \`../shared/seeds/seeds.jsonl\` (2 documents). Checks over the predictions, matched to the expected rows by best fit ` +
      `(\`scripts/eval/seed-checks.ts\`); \`test/seeds.test.ts\` asserts the non-extra ones.`,
    '',
    `Passed: **${core.filter((c) => c.pass).length}/${core.length}** required, ${extra.filter((c) => c.pass).length}/${extra.length} extra.`,
    '',
    '| check | what | result | detail |',
    '|---|---|---|---|',
    ...checks.map((c) => `| ${c.id} | ${cell(c.what)} | ${c.pass ? 'pass' : '**FAIL**'} | ${cell(c.detail, maxDetail)} |`),
    '',
  );
  return out;
}

export function renderMuc4(run: EvalRun, withRules: boolean): string[] {
  const out = ['## MUC-4 (document relevance and incident type)', ''];
  const note = runNote(run.muc4);
  if (note) out.push(note, '');
  const res = run.muc4.result;
  if (res) {
    out.push(`${run.muc4.docs} documents, extracted and scored in ${run.muc4.seconds?.toFixed(1)} s.`, '');
    for (const g of res.groups) {
      out.push(`### ${g.name} (${g.docs} documents${g.missing ? `, ${g.missing} with no output record, scored as predicting nothing` : ''})`, '', HEAD);
      out.push(row('relevance', g.relevance), row('incident type (micro)', g.types));
      out.push(row('relevance, strict', g.strictRelevance), row('incident type, strict', g.strictTypes), '');
      out.push('| type | P | R | F1 | TP | FP | FN |', '|---|---:|---:|---:|---:|---:|---:|');
      const types = [...new Set([...MUC_TYPES, ...g.perType.keys()])];
      for (const t of types) out.push(row(t, g.perType.get(t) ?? { tp: 0, fp: 0, fn: 0 }));
      out.push('');
    }
    out.push('### Sample errors', '', 'Predicted side only (gold types: `.eval-out/muc4-errors.md`, not committed).', '');
    out.push('| doc | error | predicted MUC-4 types | our non-background mentions |', '|---|---|---|---|');
    for (const s of res.samples) out.push(`| ${s.id} | ${s.kind} | ${s.predicted.join(', ') || '-'} | ${cell(s.mentions.join('; ')) || '-'} |`);
    out.push('');
  }
  if (withRules) out.push(...MUC4_RULES, ...mappingTable(), '');
  return out;
}

export function renderErrorsWithGold(res: Muc4Result): string {
  return [
    '# MUC-4 sample errors (local only: holds gold labels, never commit)', '',
    '| doc | error | predicted | gold | our mentions |', '|---|---|---|---|---|',
    ...res.samples.map((s) => `| ${s.id} | ${s.kind} | ${s.predicted.join(', ') || '-'} | ${s.gold.join(', ') || '-'} | ${cell(s.mentions.join('; '))} |`),
    '',
  ].join('\n');
}

const MUC4_RULES = [
  '### Metric rules',
  '',
  '- **Gold relevance**: a document is relevant when it has a template whose `MESSAGE: TEMPLATE` is not `*`. Both perpetrator',
  '  categories count, `TERRORIST ACT` and `STATE-SPONSORED VIOLENCE` (the MUC-4 task fills templates for both; e.g. troops',
  '  killing civilians is a relevant ATTACK). Threatened incidents (stage THREATENED) stay in the gold.',
  '- **Optional templates** (`N (OPTIONAL)`) are scored as in MUC-4: finding one counts as correct, missing it costs nothing.',
  '  A document whose only templates are optional is a true positive when predicted relevant and ignored otherwise.',
  '  The *strict* rows treat optional templates as required.',
  '- **Gold incident types**: per document, the set of `INCIDENT: TYPE` fills: leading `?` removed, the word before any `:`,',
  '  upper case. `A / B` alternatives are satisfied by either (the predicted one is chosen when there is one, else one already',
  '  in the set, else the first).',
  '- **Prediction**: a document is relevant when it has at least one mention with `background` false that is either status',
  '  `occurred` or `attempted` with a `sub_event_type` that maps to a MUC-4 type (table below), or a `Threat` (status `threatened`)',
  '  of violence (its evidence speaks of killing, bombing, burning, kidnapping...: an ATTACK at MUC-4\'s THREATENED stage). Its',
  '  predicted types are the set of those types. Shelling and air strikes count as ATTACK only when their evidence names people or',
  '  civilian places hit or anyone killed or hurt (MUC-4 leaves out fire traded between army and guerrilla positions).',
  '- **Relevance P/R/F1** over documents. **Incident-type P/R/F1**: micro-averaged over (document, type) pairs: a predicted',
  '  type in the gold set is a TP, a predicted type not in it a FP, a gold type not predicted a FN. The per-type table splits',
  '  the same pairs by type. A document missing from the CLI output predicts nothing.',
  '- Groups: the `dev` split, `tst1+tst2`, and `all`. Not comparable with the published MUC-4 figures in the data README,',
  '  which are template-level (per-incident) scores on tst3+tst4.',
  '',
];

function mappingTable(): string[] {
  const lines = ['### Mapping: our `sub_event_type` → MUC-4 (`scripts/eval/muc4-mapping.ts`)', '', '| sub_event_type | MUC-4 |', '|---|---|'];
  for (const [k, v] of Object.entries(SUB_EVENT_TO_MUC)) {
    const to = v === null ? 'none' : typeof v === 'function' ? RULE_NOTES[k] ?? 'decided per mention' : v;
    lines.push(`| ${k} | ${to} |`);
  }
  lines.push('', 'Types not listed map to none. Armed clashes (army versus armed group) are military engagements, which MUC-4 does',
    'not count; mortar, rocket, artillery and aerial bombing are ATTACK in the keys, placed or thrown explosives BOMBING.');
  return lines;
}

const RULE_NOTES: Record<string, string> = {
  'looting/property destruction': 'ROBBERY when weapons or evidence say loot/rob/steal/theft, else ARSON',
  'disrupted weapons use': 'BOMBING when the evidence tells of a bomb defused, dismantled, or found or planted where it was left (an attempted bombing); a seized arms cache is none',
  'shelling/artillery/missile attack': 'ATTACK when the evidence names people or civilian places hit, or anyone killed or hurt; else none (fire traded between army and guerrilla positions)',
  'armed clash': 'ATTACK when a victim is a civilian (civilians, peasants, journalists, students, ...) or a named person hit in the crossfire; else none (a military engagement)',
  'air/drone strike': 'ATTACK when the evidence names people or civilian places hit, or anyone killed or hurt; else none',
};

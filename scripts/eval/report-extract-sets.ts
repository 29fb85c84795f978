// Report sections for the datasets scored from `extract`: MUC-4 slots and role fillers, CASE 2021, WikiEvents.
// Figures only; every metric's rule is spelled out under its table.
import { SUB_EVENT_TO_CASE } from './case2021-mapping.js';
import { pct } from './metrics.js';
import type { MulticlassScore } from './multiclass.js';
import { MUC_ROLES } from './muc4-roles.js';
import { type DatasetRun, HEAD, type Muc4Run, row, runNote } from './report.js';
import type { CaseResult } from './case2021.js';
import { ROLES, GOLD_ROLE_MAP, type WikiEventsResult } from './wikievents.js';

const acc = (ok: number, n: number) => `${n ? pct(ok / n) : '-'}`;

export function renderMuc4Slots(run: DatasetRun<Muc4Run>, withRules: boolean): string[] {
  const out = ['## MUC-4 incident date and location', ''];
  const note = runNote(run);
  if (note || !run.result) return [...out, note ?? 'Not measured.', ''];
  out.push('Same run as above. Accuracy = correct / gold templates that have the slot filled. Bar (issue 4): 0.65 each;',
    'the best 1992 systems reached about 0.6 (GE: date R61/P57, location R63/P59, template-level recall/precision on other test sets).', '');
  out.push('| group | templates | with a mention of the type | date | location (most specific) | location (any level) | location (country) | date, any type | location, any type |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { name, counts: c } of run.result.slots.groups) {
    out.push(`| ${name} | ${c.templates} | ${c.withMention} | ${acc(c.date, c.dateGold)} (${c.date}/${c.dateGold}) | ${acc(c.locStrict, c.locGold)} (${c.locStrict}/${c.locGold}) | ` +
      `${acc(c.locAny, c.locGold)} | ${acc(c.locCountry, c.locGold)} | ${acc(c.anyTypeDate, c.dateGold)} | ${acc(c.anyTypeLoc, c.locGold)} |`);
  }
  const all = run.result.slots.groups[run.result.slots.groups.length - 1];
  out.push('', `Date accuracy by the form of the gold date (${all.name}):`, '', '| gold form | templates | correct | accuracy |', '|---|---:|---:|---:|');
  for (const [form, f] of [...all.counts.byDateForm].sort((a, b) => b[1].n - a[1].n)) out.push(`| ${form} | ${f.n} | ${f.ok} | ${acc(f.ok, f.n)} |`);
  out.push('');
  if (withRules) out.push(...SLOT_RULES);
  return out;
}

const SLOT_RULES = [
  '### Metric rules (`scripts/eval/muc4-slots.ts`, `muc4-slot-dates.ts`, `muc4-slot-places.ts`)', '',
  '- **Templates**: the non-optional templates of relevant documents (both perpetrator categories), as for relevance. A template whose',
  '  slot is empty (`-`, `*`) or unreadable is left out of that slot\'s denominator.',
  '- **Alignment**: each gold template takes the counted mention (background false, status occurred or attempted, a sub-type that maps',
  '  to one of the template\'s `INCIDENT: TYPE` alternatives) that scores best on the two slots together (date + location, first on',
  '  ties); several templates may take the same mention. With no such mention both slots are wrong. The *any type* columns align',
  '  with any counted mention, whatever its type.',
  '- **Date**: the gold fill is one or more ` / ` alternatives: a day (`15 JAN 90`), a range (`12 JAN 90 - 15 JAN 90`), an upper bound',
  '  (`- 15 JAN 90`: on or before), a month, or a day without year (the publication year). Correct when the mention\'s',
  '  `[date.start, date.end]` overlaps one alternative; a mention with no date is wrong.',
  '- **Location**: `COUNTRY: DEPARTMENT (KIND): TOWN (KIND)`, ` - ` joining places of one level, ` / ` alternatives. Names are compared',
  '  normalised (lower case, no accents or punctuation, the words department/province/state/district/municipality/region/village/canton/of/de/del',
  '  dropped). A gold town, city, neighbourhood or facility matches the mention location\'s `name` (also without the city our facility',
  '  and neighbourhood names add in brackets: "Central American University (San Salvador)") or its `text`; a gold department,',
  '  province or region also its `admin1`; the gold country one of the English or Spanish names of the location\'s `country` (and the',
  '  location\'s name when its precision is country). *Most specific*: a place of the deepest gold level matches (full credit);',
  '  *any level*: a place of any level below the country matches; *country*: the country matches (lenient). A gold location that',
  '  is only a country is scored on the country in all three.',
  '',
];

export function renderMuc4Roles(run: DatasetRun<Muc4Run>, withRules: boolean): string[] {
  const out = ['## MUC-4 role fillers', ''];
  const note = runNote(run);
  if (note || !run.result) return [...out, note ?? 'Not measured.', ''];
  const roles = run.result.roles;
  if (!roles) return [...out, `Not measured: ${run.result.rolesNote}.`, ''];
  out.push('Same run. Gold: `muc4/roles-train.json` (the dev split) and `muc4/roles-dev.json` (tst1+tst2). Bar (issue 3): micro F1 0.50;',
    'published: GRIT 54.5, GTT 50.2 (on tst3+tst4, not these documents).', '');
  for (const g of roles.groups) {
    out.push(`### ${g.name} (${g.docs} documents)`, '', HEAD.replace('| |', '| role |'));
    for (const r of MUC_ROLES) out.push(row(r, g.perRole[r]));
    out.push(row('**micro**', g.micro), '');
  }
  if (roles.withoutGold) out.push(`${roles.withoutGold} documents of the run have no role-filler key and are not scored here.`, '');
  if (withRules) out.push(...ROLE_RULES);
  return out;
}

const ROLE_RULES = [
  '### Metric rules (`scripts/eval/muc4-roles.ts`)', '',
  '- **Predicted fillers** come from the document\'s counted mentions (as for relevance): **PerpInd** = perpetrators that are generic',
  '  (no name, or a generic entry of `data/actors.json` such as the unidentified-gunmen entry), **PerpOrg** = the other perpetrators',
  '  (a named group or force) and the generic ones written as an institution (last word army, forces, force, military, police, navy',
  '  or government: the keys file institutions under PerpOrg and people such as soldiers or gunmen under PerpInd; a named person is',
  '  an individual: PerpInd), **Target** = targets, **Victim** = the victims that carry a name (a named person or group; the keys\'',
  '  Victim role is MUC-4\'s HUM TGT: NAME slot, and descriptions such as "peasants" belong to HUM TGT: DESCRIPTION, which this form',
  '  does not score), **Weapon** = weapons. The string compared is the actor\'s or weapon\'s `text` as written. Strings',
  '  that normalise alike are one predicted entity; PerpOrg strings under one `name` of a named group are one entity (aliases).',
  '- **Normalising**: lower case, accents and punctuation removed, the articles *a*, *an*, *the* removed, blanks collapsed.',
  '- **Match**: a predicted entity matches a gold entity when one of its strings equals one of the gold entity\'s mentions. Each gold',
  '  and each predicted entity is matched at most once (maximum matching). TP = matched pairs, FP = predicted entities left over,',
  '  FN = gold entities left over, per document and role; micro = the five roles summed.',
  '',
];

const scoreRow = (name: string, s: MulticlassScore) => `| ${name} | ${s.n} | ${pct(s.weightedF1)} | ${pct(s.accuracy)} | ${pct(s.macroF1)} |`;

export function renderCase(run: DatasetRun<CaseResult>, withRules: boolean): string[] {
  const out = ['## CASE 2021 (event type of news snippets)', ''];
  const note = runNote(run);
  if (note || !run.result) return [...out, note ?? 'Not measured.', ''];
  const r = run.result;
  out.push(`${r.snippets} snippets, extracted and scored in ${run.seconds?.toFixed(1)} s${r.missing ? `; ${r.missing} with no output record (predicted none)` : ''}.`,
    'Bar (issue 3): weighted F1 0.75 over the ACLED sub-types; best CASE 2021 systems (fine-tuned transformers): 83.9 (25 ACLED types),',
    '77.1 (with the unseen types).', '',
    '| figure | snippets | weighted F1 | accuracy | macro F1 |', '|---|---:|---:|---:|---:|',
    scoreRow('25 ACLED types (gold label ACLED)', r.acled),
    scoreRow('25 ACLED types, label of the mention with most evidence', r.acledMostEvidence),
    scoreRow('all labels (the 5 outside ACLED can only be missed)', r.all),
    scoreRow('all labels, the 5 outside ACLED merged into "none"', r.allMerged),
    '', `Snippets with an ACLED gold label for which we extract no usable mention ("none"): ${r.noneOnAcled}.`, '',
    'Per label, over all snippets:', '', '| label | support | predicted | P | R | F1 |', '|---|---:|---:|---:|---:|---:|',
    ...r.all.perLabel.map((l) => `| ${l.label} | ${l.support} | ${l.predicted} | ${pct(l.p)} | ${pct(l.r)} | ${pct(l.f1)} |`),
    '', 'Top 15 confusions over all snippets:', '', '| gold | predicted | snippets |', '|---|---|---:|',
    ...r.confusions.map((c) => `| ${c.gold} | ${c.pred} | ${c.count} |`), '');
  if (withRules) {
    out.push('### Metric rules (`scripts/eval/case2021.ts`)', '',
      '- **Input**: one JSONL document per snippet (`id`, `text`, no publication date), run through `extract`.',
      '- **Predicted label**: among the snippet\'s mentions whose `sub_event_type` maps to a CASE label (table below), the first in text',
      '  order (earliest evidence) with status `occurred` and `background` false; when there is none, the first such mention of any status;',
      '  with no such mention, `none`. Our extensions (security advisory, threat) have no CASE label and are passed over.',
      '- **Weighted F1** as scikit-learn computes it: per-label F1 from the (gold, predicted) pairs, averaged with the gold support as',
      '  weight. *25 ACLED types*: the snippets whose gold label is an ACLED type, labels = the 25 types. *All labels*: every snippet,',
      '  labels = every gold label; the five labels outside ACLED (organised crime, natural and man-made disasters, diplomacy,',
      '  attribution) cannot be predicted, so they score 0 there. *Merged*: those five gold labels become `none`, so producing no',
      '  mention for such a snippet counts as right. `none` is never right for an ACLED gold label: it is a miss (lower recall for',
      '  that label) that lowers no other label\'s precision.',
      '', '### Mapping: our `sub_event_type` → CASE 2021 label (`scripts/eval/case2021-mapping.ts`)', '',
      '| sub_event_type | CASE label |', '|---|---|',
      ...Object.entries(SUB_EVENT_TO_CASE).map(([k, v]) => `| ${k} | ${v ?? 'none (passed over)'} |`), '');
  }
  return out;
}

export function renderWikiEvents(run: DatasetRun<WikiEventsResult>, withRules: boolean): string[] {
  const out = ['## WikiEvents (attack arguments)', ''];
  const note = runNote(run);
  if (note || !run.result) return [...out, note ?? 'Not measured.', ''];
  const r = run.result;
  out.push(`${r.docs} documents, extracted and scored in ${run.seconds?.toFixed(1)} s. Peers (BART-Gen class): about 0.4-0.5 head-word F1`,
    '(over all KAIROS roles, trained on this ontology).', '', HEAD.replace('| |', '| role |'));
  for (const role of ROLES) out.push(row(role, r.perRole[role]));
  out.push(row('**micro**', r.micro), row('identification (any of the four roles)', r.identification), '');
  if (withRules) {
    out.push('### Metric rules (`scripts/eval/wikievents.ts`)', '',
      '- **Text**: each sentence\'s tokens with their original spacing (a blank only where the token offsets leave a gap), sentences',
      '  joined by a newline; a map from every token to its characters is kept. Run through `extract` without a publication date.',
      `- **Gold**: arguments of ${Object.keys(GOLD_ROLE_MAP).map((f) => `${f}.*`).join(', ')} events, by role: ` +
        Object.entries(GOLD_ROLE_MAP).map(([f, m]) => `${f}: ${Object.entries(m).map(([a, b]) => (a === b ? a : `${a}→${b}`)).join(', ')}`).join('; ') + '.',
      '  Per document one gold argument per (role, token span): an entity that is an argument of several events counts once.',
      '- **Predicted**: every mention\'s perpetrators → Attacker, targets → Target, victims → Victim, weapons → Instrument, whatever the',
      '  mention\'s status, one per (role, character span).',
      '- **Match (head word)**: a prediction matches a gold argument of the same role in the same document when the gold argument\'s head',
      '  token lies inside the predicted span (their characters overlap). The file gives no head, so any token of the gold span will do',
      '  (most gold spans are a single token). One to one (maximum matching); micro sums the four roles.',
      '  *Identification* matches regardless of role.', '');
  }
  return out;
}

// Report sections for the datasets scored from `annotate`: TempEval-3 (TBAQ) and GeoWebNews.
import type { TempEvalRun } from './datasets.js';
import { type GwnResult, median } from './geowebnews.js';
import { pct } from './metrics.js';
import { type DatasetRun, HEAD, row, runNote } from './report.js';

const ratio = (a: number, b: number) => (b ? pct(a / b) : '-');

export function renderTempEval(run: DatasetRun<TempEvalRun>, withRules: boolean): string[] {
  const out = ['## TempEval-3 TBAQ (time expressions)', ''];
  const note = runNote(run);
  if (note || !run.result) return [...out, note ?? 'Not measured.', ''];
  const r = run.result;
  out.push(`${r.docs} documents (TimeBank and AQUAINT, ${r.duplicates} duplicate file skipped), ${r.gold} gold TIMEX3, ${r.predicted} predicted dates;`,
    `annotated and scored in ${run.seconds?.toFixed(1)} s${r.noDct ? `; ${r.noDct} documents without a usable DCT ran without a publication date` : ''}.`,
    'Bar (issue 4): value F1 0.80. Peers: HeidelTime 77.6, SUTime 67.4 value F1 on the TempEval-3 platinum test set (these are its',
    'training documents).', '', HEAD);
  out.push(row('**value**', r.value), row('span (overlap)', r.span), row('span (exact)', r.strict), row('type', r.type), '');
  out.push('| gold type | gold | found (overlap) | value right | span recall | value recall |', '|---|---:|---:|---:|---:|---:|');
  for (const [t, b] of [...r.byType].sort((a, b) => b[1].gold - a[1].gold)) out.push(`| ${t} | ${b.gold} | ${b.found} | ${b.value} | ${ratio(b.found, b.gold)} | ${ratio(b.value, b.gold)} |`);
  out.push('');
  if (withRules) {
    out.push('### Metric rules (`scripts/eval/tempeval.ts`, `scripts/eval/timeml.ts`)', '',
      '- **Text**: the content of `<TEXT>` with every tag removed and XML entities decoded; the offsets of each gold `TIMEX3` are kept in',
      '  that text. Gold = the `TIMEX3` elements inside `<TEXT>`, so the creation-time `TIMEX3` in `<DCT>` is not gold. Its `value` (the',
      '  day part) is the document\'s `published` date in the JSONL given to `annotate`.',
      '- **Predicted**: every entry of the `dates` layer.',
      '- **Pairing**: one to one; a gold and a predicted expression can pair when their spans overlap. The pairing has the most pairs',
      '  with equal values, then the most pairs, then the most overlap (maximum-weight matching).',
      '- **Value** (TempEval-3 value F1: relaxed span match plus attribute): a pair counts when the predicted `value` equals the gold',
      '  `value` as a string; P = such pairs / predicted dates, R = such pairs / gold TIMEX3. **Span (overlap)**: P = paired',
      '  predictions / predictions, R = paired gold / gold. **Span (exact)**: identical offsets. **Type**: as value, with `type`.', '');
  }
  return out;
}

export function renderGwn(run: DatasetRun<GwnResult>, withRules: boolean): string[] {
  const out = ['## GeoWebNews (toponyms)', ''];
  const note = runNote(run);
  if (note || !run.result) return [...out, note ?? 'Not measured.', ''];
  const r = run.result;
  out.push(`${r.articles} articles, annotated and scored in ${run.seconds?.toFixed(1)} s. Bar (issue 4): recall 0.75, accuracy within 161 km 0.90.`,
    'Peers (accuracy within 161 km): Edinburgh Geoparser about 0.94 and Yahoo 0.70 on exact spans; Mordecai 3 83-98% on other sets.', '',
    '| gold set | gold | found | recall | predictions counted | on the set | precision | F1 | resolved pairs | with a point | acc@161 km | median km | finer than a province | acc@161 km | median km |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { name, score: s } of r.sets) {
    const f = s.gold ? s.found / s.gold : 0;
    const p = s.predCounted ? s.predTp / s.predCounted : 0;
    const med = (xs: number[]) => median(xs)?.toFixed(1) ?? '-';
    out.push(`| ${name} | ${s.gold} | ${s.found} | ${pct(f)} | ${s.predCounted} | ${s.predTp} | ${pct(p)} | ${pct(p + f ? (2 * p * f) / (p + f) : 0)} | ` +
      `${s.pairs} | ${s.pairsWithPoint} | ${ratio(s.within161, s.pairsWithPoint)} | ${med(s.errorsKm)} | ${s.finePairs} | ${ratio(s.fineWithin161, s.finePairs)} | ${med(s.fineErrorsKm)} |`);
  }
  out.push('', 'Gold spans overlapped by a predicted place, by gold type (for the types that are not toponyms these are false hits):', '',
    '| type | gold | overlapped | share |', '|---|---:|---:|---:|');
  for (const t of r.byType) out.push(`| ${t.type} | ${t.gold} | ${t.found} | ${ratio(t.found, t.gold)} |`);
  out.push('');
  if (r.realigned || r.misaligned || r.missing) {
    out.push(`${r.realigned} gold offsets did not match their name and were moved to its nearest occurrence; ${r.misaligned} could not be moved` +
      `${r.missing ? `; ${r.missing} articles had no output record` : ''}.`, '');
  }
  if (withRules) {
    out.push('### Metric rules (`scripts/eval/geowebnews.ts`)', '',
      ...r.sets.map((s) => `- **${s.name}**: ${s.what}.`),
      '  The chosen set is *literal*: names of places used as places, which is what an incident needs. Adjectival forms (modifier type',
      '  Adjective, e.g. a nationality adjective before a noun) describe actors and are kept apart from places by design; demonyms,',
      '  languages and homonyms are not places. *Place names* adds names used for the people or government of a place (metonymy,',
      '  non-literal modifiers, names inside organisation names), which GWN also geocodes. Literal_Expression, Non_Lit_Expression and',
      '  Non_Toponym spans are not toponyms.',
      '- **Recall**: gold spans of the set overlapped by at least one predicted place (`places` layer of `annotate`).',
      '- **Precision**: predictions overlapping a gold span of the set / predictions counted. A prediction overlapping only toponyms',
      '  outside the set is not counted; one overlapping no toponym of any type is a false positive.',
      '- **Resolution**: each found gold toponym of the set that has coordinates is paired with the overlapping prediction of largest',
      '  overlap; *acc@161 km* = pairs whose predicted point lies within 161 km of the gold point / pairs with a predicted point;',
      '  median error over the same pairs (haversine). Gazetteers put a country or a province at different points (GWN uses',
      '  GeoNames\' points; a population centre of the same country can lie 1000 km away), so the last three columns repeat the',
      '  figures for the pairs whose prediction is finer than a province (its GeoNames feature is not a country, first-level',
      '  admin area, region or continent).', '');
  }
  return out;
}

// The fusion section of docs/EVAL.md: MUC-4 clusters and the example corpus.
import type { ExamplesFusionResult } from './examples-fusion.js';
import { pct } from './metrics.js';
import type { PairScores } from './fusion-pairs.js';
import type { Muc4FusionResult } from './muc4-fusion.js';
import { type DatasetRun, runNote } from './report.js';

const HEAD = '| group | items | gold clusters | incidents | pairwise P | R | F1 | TP | FP | FN | false-merge rate | B-cubed P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
const line = (name: string, s: PairScores) =>
  `| ${name} | ${s.items} | ${s.goldClusters} | ${s.incidents} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(s.falseMergeRate)} (${s.falseMerges}/${s.mergedIncidents}) | ${pct(s.b3Precision)} | ${pct(s.b3Recall)} | ${pct(s.b3F1)} |`;

export function renderFusion(muc: DatasetRun<{ fusion: Muc4FusionResult }>, examples: DatasetRun<ExamplesFusionResult>, withRules: boolean): string[] {
  const out = ['## Incident fusion', '', 'Bar (issue 5): pairwise F1 0.85 and false-merge rate 2% or less on the MUC-4 clusters; the example corpus fused as its authors intended.', ''];
  const mn = runNote(muc);
  if (mn) out.push(`MUC-4: ${mn}`, '');
  else {
    const f = muc.result!.fusion;
    out.push(`MUC-4: ${f.multiReportClusters} gold clusters span two or more reports.`, '', HEAD, ...f.groups.map((g) => line(g.name, g.scores)), '');
  }
  const en = runNote(examples);
  if (en) out.push(`Example corpus: ${en}`, '');
  else {
    const r = examples.result!;
    out.push(`Example corpus (\`examples/incidents.json\`): ${r.exact.length}/${r.intended} intended incidents fused exactly (all their aligned mentions in one stored incident holding no other intended incident's);`,
      `${r.missing.length} intended (incident, report) pairs have no aligned mention (extraction misses).`,
      `${r.unaligned} other stored incidents hold no aligned mention; ${r.likelyDuplicates} of them hold a mention of the class, country and date of an`,
      'intended incident its report tells (likely a second copy of it: the exact count above does not see these).', '', HEAD, line('examples', r.scores), '');
    const notExact = r.items.map((i) => i.gold).filter((g, k, a) => a.indexOf(g) === k && !r.exact.includes(g));
    if (notExact.length) out.push(`Not fused exactly: ${notExact.join(', ')}.`, '');
  }
  if (withRules) {
    out.push('### Metric rules (`scripts/eval/fusion-pairs.ts`, `muc4-fusion.ts`, `examples-fusion.ts`)', '',
      '- **Fusion run**: the `sitrep extract` records are stored one by one, in corpus order, in a fresh SQLite store with the text',
      '  of each report (for near-duplicates), exactly as `sitrep ingest` stores them; the incidents are read back.',
      '- **Items**: gold-aligned mentions. MUC-4: each report\'s non-optional templates are aligned one-to-one to its counted mentions',
      '  (a mention of one of the template\'s types, best date + location first, as in the slot scorer; between mentions equal on',
      '  both, the one naming the template\'s HUM TGT: NAME, two words agreeing). Examples: in each report an',
      '  intended incident is aligned one-to-one to a mention of the same fusion class whose date overlaps and whose country matches.',
      '- **MUC-4 gold clusters**: two templates of different reports are one incident when their INCIDENT: TYPE agree; their',
      '  INCIDENT: LOCATION levels appear in order among the other\'s (a key may skip the department), or both end with one building',
      '  (an airport, a university) whatever towns they put it in; their INCIDENT: DATE ranges',
      '  overlap (an "on or before X" date counts as the 30 days up to X), or are at most 7 days apart when they share a named target;',
      '  and their named targets (HUM TGT: NAME, PHYS TGT: ID) agree: one is shared (two words in common, or a one-word name in the',
      '  other; words one letter apart of five letters or more agree), or no kind of target (people; physical targets) is named by both',
      '  with none in common (a building in one key and the person it killed in another do not disagree); a shared one is required',
      '  when either place is only a country or either date only a bound. Whatever their places below the country and their dates,',
      '  two templates that name one person hit (two words of a HUM TGT: NAME agree) at most 7 days apart, or one of them with no date',
      '  or only an "on or before" bound the other\'s day is within, when no two dated templates name that person more than 7 days',
      '  apart (hit twice, the person is ambiguous), are one incident: a person is',
      '  killed once, and keys of the Jesuit murders give the city, the university or only the country. Keys that do not name two different people and',
      '  share a word of HUM TGT: DESCRIPTION that is not said of everyone (a religious order or a trade; not peasants, women or',
      '  civilians) are one incident when both give the same single day and their places nest (most keys of the Jesuit murders give',
      '  no name). Clusters are built by complete link in the order of report and template number: a',
      '  template joins the first cluster all of whose templates are the same incident as it, else starts one (connected groups',
      '  chained distinct events: a month of Bogota bombings became one cluster). Then two clusters join when a template of one',
      '  is the same incident as a template of the other for a reason of its own (a shared named target, or the same distinctive',
      '  victims on the same single day) and no two of their templates conflict (another type or country, days more than two days',
      '  apart, an "on or before" bound counting as open below, two people or two buildings named with none in common, towns that do not nest; a level naming a building, such',
      '  as a university or an embassy, is no town): complete link alone split the Jesuit murders between keys that name nobody and',
      '  keys that name the rector at the university. A key date after its report\'s own day is read a year earlier ("16 NOV 90" in',
      '  a report of January 1990). The rule is ours: the keys do not link templates',
      '  across reports, so the gold is approximate (two bombings in one city on one day with unnamed targets can join one cluster).',
      '- **Keys the rule cannot join** are left out of the scored items: a key with no place, or with no day of its own (only an',
      '  "on or before" bound, or no date we can read) that names no person, nor a building with at least a bound. The rule makes',
      '  each such key a cluster of one whatever it recalls (39 give the Jesuit murders only as "on or before" the report\'s day),',
      '  so any system that joins one to its event is counted a false merge. The last row of the table scores them too, each its',
      '  own cluster (as the figures before session 15 did).',
      '- **Pairwise**: over pairs of items from different reports (pairs within one report are extraction\'s business, and the store',
      '  never merges a report\'s own mentions): TP = same gold cluster and same stored incident, FP = same incident only, FN = same',
      '  cluster only. **False-merge rate**: stored incidents fused from two or more reports that hold two items of different reports',
      '  in different gold clusters, over all stored incidents fused from two or more reports.',
      '- **B-cubed** (a second view, not the bar): for each item, precision = the share of the items of its stored incident that are',
      '  in its gold cluster, recall = the share of the items of its gold cluster that are in its stored incident, averaged over items',
      '  (an item with no incident is one of its own). Pairs grow with the square of a cluster: on MUC-4, two events reported 26 times',
      '  each hold most gold pairs; B-cubed counts every item once.', '');
  }
  return out;
}

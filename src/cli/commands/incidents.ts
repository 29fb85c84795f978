// `sitrep incidents`: query the database; a table for people, JSON for programs.
import { EXIT_FAILED, EXIT_OK, type Command } from '../command.js';
import { FILTER_HELP, FILTER_OPTIONS, filterFrom } from '../filter-options.js';
import { incidentDetail } from '../incident-detail.js';
import { incidentTable } from '../incident-table.js';
import type { Io } from '../io.js';
import { openExistingStore, type OpenStore } from '../open-store.js';
import { choiceArg } from '../option-values.js';
import { parseOptions } from '../parse-options.js';

const FORMATS = ['table', 'json'] as const;
const TABLE_DEFAULT_LIMIT = 50; // a table of thousands of rows helps nobody; JSON gets everything unless limited

export async function runIncidents(args: string[], io: Io, openStore: OpenStore = openExistingStore): Promise<number> {
  const { values } = parseOptions(args, { ...FILTER_OPTIONS, format: { type: 'string' }, detail: { type: 'boolean' } }, false);
  const format = choiceArg('--format', (values.format as string | undefined) ?? 'table', FORMATS);
  const filter = filterFrom(values);
  const file = (values.db as string | undefined) ?? 'sitrep.db';
  let store;
  try {
    store = await openStore(file);
  } catch (err) {
    io.err(`sitrep incidents: ${(err as Error).message}\n`);
    return EXIT_FAILED;
  }
  try {
    if (format === 'json') {
      io.out(`${JSON.stringify(await store.listIncidents(filter), null, 2)}\n`);
      return EXIT_OK;
    }
    const limit = filter.limit ?? TABLE_DEFAULT_LIMIT;
    const found = await store.listIncidents({ ...filter, limit: limit + 1 }); // one more tells whether there are more
    const shown = found.slice(0, limit);
    if (shown.length === 0) io.err('sitrep incidents: no incident matches\n');
    else io.out(values.detail ? shown.map(incidentDetail).join('\n') : incidentTable(shown, io.stdoutColumns));
    if (found.length > limit) io.err(`sitrep incidents: showing the ${limit} most recent; use --limit N to see more\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

export const incidentsCommand: Command = {
  name: 'incidents',
  summary: 'list stored incidents, newest first, as a table or JSON',
  help: `usage: sitrep incidents [--db FILE] [filters] [--format table|json]

Lists incidents newest first, each fused from every report of it. Killed and injured show the figure
chosen among the independent sources (see --detail for each source's figure and the rule); they show "?" when no report gives a number, "2+" when
reports give only a lower bound ("several"), and 0 only when a report says no one was.

${FILTER_HELP}
  --format table       a table fitted to the terminal, ${TABLE_DEFAULT_LIMIT} rows unless --limit says otherwise (default)
  --format json        a JSON array of incidents with every report, its evidence, and the figures per source
  --detail             one block per incident: sources, independent count, every figure by source and the
                       chosen one with its rule, and each report with its evidence

Example: sitrep incidents --near 33.31,44.36,25 --since 30d --type strike
`,
  run: (args, io) => runIncidents(args, io),
};

// `sitrep history ID`: every revision of one incident and the report that caused it.
import { EXIT_FAILED, EXIT_OK, UsageError, type Command } from '../command.js';
import type { Io } from '../io.js';
import { openExistingStore, type OpenStore } from '../open-store.js';
import { choiceArg } from '../option-values.js';
import { parseOptions } from '../parse-options.js';
import type { IncidentRevision } from '../../store/store.js';

const FORMATS = ['text', 'json'] as const;

export async function runHistory(args: string[], io: Io, openStore: OpenStore = openExistingStore): Promise<number> {
  const { values, positionals } = parseOptions(args, { db: { type: 'string' }, format: { type: 'string' } }, true);
  const format = choiceArg('--format', (values.format as string | undefined) ?? 'text', FORMATS);
  if (positionals.length !== 1 || !/^\d+$/.test(positionals[0])) {
    throw new UsageError(`expected one incident ID (a positive whole number), got ${positionals.length ? positionals.map((p) => `"${p}"`).join(' ') : 'none'}`);
  }
  const id = Number(positionals[0]);
  const file = (values.db as string | undefined) ?? 'sitrep.db';
  let store;
  try {
    store = await openStore(file);
  } catch (err) {
    io.err(`sitrep history: ${(err as Error).message}\n`);
    return EXIT_FAILED;
  }
  try {
    const revisions = await store.history(id);
    if (revisions.length === 0) {
      io.err(`sitrep history: no incident ${id} in ${file}\n`);
      return EXIT_FAILED;
    }
    io.out(format === 'json' ? `${JSON.stringify(revisions, null, 2)}\n` : revisions.map(revisionText).join(''));
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

export function revisionText(r: IncidentRevision): string {
  const cause = r.document ? `${r.document.id} (${r.document.origin})` : 'a report since removed';
  const changes = Object.entries(r.changes).map(([field, v]) => {
    if (field === 'into') return `merged into incident ${v ?? '?'}`;
    const [before, after] = v as [unknown, unknown];
    return `${field}: ${show(before)} -> ${show(after)}`;
  });
  return `#${r.revision} ${r.at} ${r.kind} by ${cause}\n${changes.map((c) => `    ${c}\n`).join('')}`;
}

function show(v: unknown): string {
  return v === null || v === undefined ? '-' : typeof v === 'string' ? v : JSON.stringify(v);
}

export const historyCommand: Command = {
  name: 'history',
  summary: 'show every revision of one incident and the report that caused it',
  help: `usage: sitrep history ID [--db FILE] [--format text|json]

Lists the revisions of incident ID, oldest first: when it was created, each report that joined it, each
change of a value (type, date, place, killed, injured, independent sources) with before and after, and
whether it was later merged into another incident.

  --db FILE            the database (default sitrep.db)
  --format text|json   readable lines (default) or a JSON array

Exit status: 0 when the incident has a history, 1 when there is no such incident or no database.
`,
  run: (args, io) => runHistory(args, io),
};

// `sitrep ingest`: extract every document and store it. Documents are committed in batches (INGEST_BATCH in
// sqlite-store.ts), each in a savepoint of its own, and the store is closed (committing the rest) however the run
// ends: an interrupted or failed run keeps everything stored before it, and running it again adds only what is missing.
import type { ExtractRecord } from '../../contract/mention.js';
import type { RawDoc } from '../../sources/raw-doc.js';
import { contentHash } from '../../store/content-hash.js';
import type { Store } from '../../store/store.js';
import { FIGURE_RULES, type FigureRule } from '../../fusion/reconcile.js';
import { EXIT_FAILED, EXIT_OK, UsageError, type Command } from '../command.js';
import { IngestTally } from '../ingest-tally.js';
import type { Io } from '../io.js';
import { choiceArg, publishedDate } from '../option-values.js';
import { parseOptions } from '../parse-options.js';
import type { ReadInputs } from '../per-document.js';
import { Progress, rate } from '../progress.js';

export interface IngestDeps {
  read: ReadInputs;
  extract: (doc: RawDoc) => ExtractRecord;
  openStore: (file: string, figureRule?: FigureRule) => Promise<Store>;
}

async function defaultDeps(): Promise<IngestDeps> {
  const [{ readInputs }, { extractDoc }, { SqliteStore, INGEST_BATCH }] = await Promise.all([
    import('../../sources/index.js'), import('../../extract.js'), import('../../store/sqlite-store.js'),
  ]);
  return { read: readInputs, extract: extractDoc, openStore: async (file, figureRule) => SqliteStore.open(file, { figureRule, batch: INGEST_BATCH }) };
}

export async function runIngest(args: string[], io: Io, load: () => Promise<IngestDeps> = defaultDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, { db: { type: 'string' }, published: { type: 'string' }, figures: { type: 'string' } }, true);
  const figureRule = values.figures === undefined ? undefined : choiceArg('--figures', values.figures as string, FIGURE_RULES);
  const published = values.published === undefined ? null : publishedDate(values.published as string);
  if (positionals.length === 0) throw new UsageError('expected at least one INPUT (a file, a directory, or - for standard input)');
  const file = (values.db as string | undefined) ?? 'sitrep.db';

  const deps = await load();
  let store: Store;
  try {
    store = await deps.openStore(file, figureRule);
  } catch (err) {
    io.err(`sitrep ingest: ${(err as Error).message}\n`);
    return EXIT_FAILED;
  }
  const tally = new IngestTally();
  const progress = new Progress(io, (ms) =>
    `ingest: ${tally.read} docs read, ${tally.incidentsAdded} incidents added, ${rate(tally.read, ms)} docs/s`);
  let interrupted = false;
  const stopListening = io.onInterrupt(() => { interrupted = true; });
  let failed = false;
  try {
    for await (const item of deps.read(positionals, { published })) {
      if (item.kind === 'skip') {
        tally.skip(item.skip.reason);
        progress.clear();
        io.err(`sitrep: skipped ${item.skip.origin}: ${item.skip.reason}\n`);
      } else {
        await ingestOne(item.doc, store, deps.extract, tally);
      }
      progress.tick();
      if (interrupted) break;
    }
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    stopListening();
    progress.clear();
    await store.close();
    // Even when a bug stops the run, say what was stored before it.
    io.out(`${tally.summary(file)}${failed ? ' (stopped by an error)' : interrupted ? ' (interrupted)' : ''}\n`);
  }
  if (tally.read === 0) {
    io.err(`sitrep ingest: no document could be read from ${positionals.join(' ')}\n`);
    return EXIT_FAILED;
  }
  return interrupted ? 130 : EXIT_OK;
}

async function ingestOne(doc: RawDoc, store: Store, extract: IngestDeps['extract'], tally: IngestTally): Promise<void> {
  tally.read++;
  const hash = contentHash(doc.text);
  // Checked before extracting: re-running over an archive should cost a hash per document, not a pipeline run.
  if (await store.hasDocument(hash)) { tally.alreadyStored++; return; }
  let record: ExtractRecord;
  try {
    record = extract(doc);
  } catch (err) {
    throw new Error(`extraction failed on ${doc.origin}: ${(err as Error).message}`, { cause: err });
  }
  const meta = {
    id: doc.id, contentHash: hash, published: doc.published ?? record.published, source: doc.source,
    title: doc.title, url: doc.url, origin: doc.origin, language: doc.language ?? record.language, text: doc.text,
  };
  const result = await store.addDocument(meta, record);
  if (result.added) { tally.incidentsAdded += result.incidents; tally.incidentsUpdated += result.joined; } else tally.alreadyStored++;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'extract documents and add their incidents to the database',
  help: `usage: sitrep ingest INPUT... [--db FILE] [--published DATE]

Extracts every document, stores it, and fuses its mentions with the stored incidents. A report already stored (same text, whatever
the file or id) is not added again. Ends with one summary line on standard output.

  --db FILE            the SQLite database, created if missing (default sitrep.db)
  --published DATE     publication date for inputs that give none (YYYY-MM-DD or date-time)
  --figures RULE       how an incident's killed/injured figure is chosen among its independent sources:
                       highest (the highest any source gave; default) or lowest (conservative, as ACLED);
                       fixed when the database is created

Each report's mentions join the stored incident they match (type, date, place, figures compatible) or
become new incidents; a near-duplicate republication is linked to its original and counted once.

Exit status: 0 when at least one document was read, 1 when none could be read or the database could
not be opened, 2 for usage errors, 130 when interrupted (what was stored before stays stored).
`,
  run: (args, io) => runIngest(args, io),
};

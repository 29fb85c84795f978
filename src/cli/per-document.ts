// `extract` and `annotate`: read inputs, run one function per document, print one JSON value per document.
import type { RawDoc, SourceItem } from '../sources/raw-doc.js';
import { EXIT_FAILED, EXIT_OK, UsageError } from './command.js';
import type { Io } from './io.js';
import { choiceArg, publishedDate } from './option-values.js';
import { parseOptions } from './parse-options.js';

export type ReadInputs = (inputs: string[], opts: { published?: string | null }) => AsyncIterable<SourceItem>;

export interface PerDocumentDeps<R> {
  read: ReadInputs;
  process: (doc: RawDoc) => R;
  /** The same for several documents at once, which the pipeline runs stage by stage for less CPU time. */
  processBatch?: (docs: RawDoc[]) => R[];
  /** Documents per processBatch call (output waits for a batch to fill, the input to pause, or to end). */
  batchSize?: number;
  /** How long the input may pause before a partial batch is run (default IDLE_FLUSH_MS). */
  idleMs?: number;
}

export const IDLE_FLUSH_MS = 200;

const FORMATS = ['jsonl', 'json'] as const;

export function perDocumentHelp(name: string, what: string): string {
  return `usage: sitrep ${name} INPUT... [--format jsonl|json] [--published DATE]

${what}
INPUT is a .txt, .html/.htm or .jsonl file, a directory (read recursively) or - for standard input.

  --format jsonl       one JSON object per line, one line per document (default)
  --format json        one JSON array of all documents
  --published DATE     publication date for inputs that give none (YYYY-MM-DD or date-time)

Inputs that cannot be read are reported on standard error ("sitrep: skipped ORIGIN: REASON") and skipped.
Exit status: 0 when at least one document was processed, 1 when none could be read, 2 for usage errors.
`;
}

export async function runPerDocument<R>(name: string, args: string[], io: Io, load: () => Promise<PerDocumentDeps<R>>): Promise<number> {
  const { values, positionals } = parseOptions(args, { format: { type: 'string' }, published: { type: 'string' } }, true);
  const format = choiceArg('--format', (values.format as string | undefined) ?? 'jsonl', FORMATS);
  const published = values.published === undefined ? null : publishedDate(values.published as string);
  if (positionals.length === 0) throw new UsageError('expected at least one INPUT (a file, a directory, or - for standard input)');

  const deps = await load();
  let processed = 0;
  if (format === 'json') io.out('[');
  const one = (doc: RawDoc): R => {
    try {
      return deps.process(doc);
    } catch (err) {
      throw new Error(`failed on ${doc.origin}: ${(err as Error).message}`, { cause: err });
    }
  };
  const pending: RawDoc[] = [];
  const flush = () => {
    const docs = pending.splice(0);
    let results: R[];
    try {
      results = deps.processBatch && docs.length > 1 ? deps.processBatch(docs) : docs.map(one);
    } catch {
      // Run again one at a time, so that the error names its document.
      results = docs.map(one);
    }
    for (const result of results) {
      const line = JSON.stringify(result);
      io.out(format === 'json' ? `${processed === 0 ? '\n' : ',\n'}${line}` : `${line}\n`);
      processed++;
    }
  };
  // A slow input (a live feed on standard input) must not hold finished documents back until a batch fills:
  // what is pending is run when no document has come for a moment.
  let idle: NodeJS.Timeout | undefined;
  let failed: { error: unknown } | null = null; // a failure in the timer is thrown here, as any other
  const flushIdle = () => { try { flush(); } catch (error) { failed = { error }; } };
  for await (const item of deps.read(positionals, { published })) {
    clearTimeout(idle);
    if (failed) throw (failed as { error: unknown }).error;
    if (item.kind === 'skip') { io.err(`sitrep: skipped ${item.skip.origin}: ${item.skip.reason}\n`); continue; }
    pending.push(item.doc);
    if (pending.length >= (deps.processBatch ? deps.batchSize ?? 1 : 1)) flush();
    else idle = setTimeout(flushIdle, deps.idleMs ?? IDLE_FLUSH_MS);
  }
  clearTimeout(idle);
  if (failed) throw (failed as { error: unknown }).error;
  flush();
  if (format === 'json') io.out(processed === 0 ? ']\n' : '\n]\n');
  if (processed === 0) {
    io.err(`sitrep ${name}: no document could be read from ${positionals.join(' ')}\n`);
    return EXIT_FAILED;
  }
  return EXIT_OK;
}

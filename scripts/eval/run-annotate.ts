// Runs `sitrep annotate` as a child process and parses its JSONL, like run-cli.ts does for `extract`.
// Also writes the JSONL inputs that the datasets are converted to.
import { writeFileSync } from 'node:fs';
import { commandArgv, runCliCommand } from './run-cli.js';

/** `{input}` is replaced by the absolute input path. Override with --annotate-cmd or SITREP_ANNOTATE_CMD. */
export const DEFAULT_ANNOTATE_CMD = 'node --import tsx src/cli/main.ts annotate {input} --format jsonl';

export interface DateAnn { start: number; end: number; text: string; type: string | null; value: string | null; mod?: string | null }
export interface PlaceAnn {
  start: number; end: number; text: string; name: string | null; lat: number | null; lon: number | null;
  country: string | null; admin1: string | null; geonames_id?: number | null; feature?: string | null;
}
/** The fields of one `annotate` line that the scorers read. */
export interface AnnotateRecord { id: string; text: string; dates: DateAnn[]; places: PlaceAnn[] }

export interface InputDoc { id: string; text: string; published?: string }

export function writeJsonlInput(path: string, docs: InputDoc[]): void {
  writeFileSync(path, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
}

export function annotateCommand(input: string, command?: string): string[] {
  return commandArgv(command ?? process.env.SITREP_ANNOTATE_CMD ?? DEFAULT_ANNOTATE_CMD, input);
}

/** A line that is not an annotate record is a broken contract and throws. */
export function parseAnnotateOutput(stdout: string): AnnotateRecord[] {
  const out: AnnotateRecord[] = [];
  stdout.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let r: AnnotateRecord;
    try {
      r = JSON.parse(line) as AnnotateRecord;
    } catch {
      throw new Error(`eval: expected a JSON annotate record on stdout line ${i + 1}, got: ${line.slice(0, 200)}`);
    }
    if (typeof r?.id !== 'string' || typeof r.text !== 'string') {
      throw new Error(`eval: expected {id, text, dates[], places[]} on stdout line ${i + 1}, got: ${line.slice(0, 200)}`);
    }
    out.push({ ...r, dates: r.dates ?? [], places: r.places ?? [] });
  });
  return out;
}

export async function runAnnotate(input: string, opts: { command?: string; timeoutMs?: number } = {}): Promise<AnnotateRecord[]> {
  return parseAnnotateOutput(await runCliCommand(annotateCommand(input, opts.command), opts.timeoutMs));
}

// Runs `sitrep extract` as a child process, exactly as an outside tool would, and parses its JSONL.
import { spawn } from 'node:child_process';
import type { ExtractRecord } from '../../src/contract/mention.js';
import { REPO_ROOT, fromRepo } from './paths.js';

/** `{input}` is replaced by the absolute input path. Override with --cmd or SITREP_EXTRACT_CMD. */
export const DEFAULT_EXTRACT_CMD = 'node --import tsx src/cli/main.ts extract {input} --format jsonl';

export interface RunOptions {
  command?: string;
  timeoutMs?: number;
}

/** Splits a command line on blanks, honouring single and double quotes (no shell is involved). */
export function splitCommand(cmd: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(cmd); m; m = re.exec(cmd)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** A command template with `{input}` filled in; "node" becomes this Node so tsx and versions match. */
export function commandArgv(template: string, input: string): string[] {
  const argv = splitCommand(template).map((a) => a.replaceAll('{input}', fromRepo(input)));
  if (argv[0] === 'node') argv[0] = process.execPath;
  return argv;
}

export function extractCommand(input: string, command?: string): string[] {
  return commandArgv(command ?? process.env.SITREP_EXTRACT_CMD ?? DEFAULT_EXTRACT_CMD, input);
}

/** Runs a sitrep command from the repository root and returns its stdout; a non-zero exit throws with stderr's tail. */
export async function runCliCommand(argv: string[], timeoutMs = 60 * 60 * 1000): Promise<string> {
  const [bin, ...args] = argv;
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(bin, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (c) => done({ code: c, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
  if (code !== 0) {
    const tail = stderr.trim().split('\n').filter((l) => !/^\s+at /.test(l)).slice(-12).join('\n');
    throw new Error(`eval: \`${argv.join(' ')}\` exited with ${code}\n${tail}`);
  }
  return stdout;
}

/** Parses the CLI's stdout; a line that is not an ExtractRecord is a broken contract and throws. */
export function parseExtractOutput(stdout: string): ExtractRecord[] {
  const records: ExtractRecord[] = [];
  stdout.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      throw new Error(`eval: expected a JSON ExtractRecord on stdout line ${i + 1}, got: ${line.slice(0, 200)}`);
    }
    const r = rec as ExtractRecord;
    if (typeof r?.id !== 'string' || !Array.isArray(r.incidents)) {
      throw new Error(`eval: expected {id, incidents[]} on stdout line ${i + 1}, got: ${line.slice(0, 200)}`);
    }
    records.push({ ...r, excluded: r.excluded ?? [], warnings: r.warnings ?? [] });
  });
  return records;
}

export async function runExtract(input: string, opts: RunOptions = {}): Promise<ExtractRecord[]> {
  return parseExtractOutput(await runCliCommand(extractCommand(input, opts.command), opts.timeoutMs));
}

// What every bench worker shares: its arguments, the corpus it measures on, and the one line it reports.
import { loadCities } from './cities.js';
import { generateCorpus } from './corpus.js';

export const RESULT_PREFIX = 'BENCH_RESULT ';

/** `--key value` pairs; workers are only started by main.ts, so no validation beyond presence. */
export function workerArgs(): Map<string, string> {
  const args = process.argv.slice(2);
  const out = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    if (!args[i].startsWith('--') || args[i + 1] === undefined) throw new Error(`bench worker: expected --key value pairs, got ${args.join(' ')}`);
    out.set(args[i].slice(2), args[i + 1]);
  }
  return out;
}

export function numberArg(args: Map<string, string>, key: string, fallback: number): number {
  const raw = args.get(key);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`bench worker: --${key} expected a positive number, got ${raw}`);
  return n;
}

/** The measured corpus and a separate, smaller one to warm the code up on (never timed). */
export function corpora(seed: string, mb: number, warmupMb: number) {
  const cities = loadCities();
  return {
    cities,
    docs: generateCorpus({ cities, seed, bytes: mb * 1e6 }),
    warmup: generateCorpus({ cities, seed: `${seed}:warmup`, bytes: warmupMb * 1e6 }),
  };
}

export const MB = 1024 * 1024;
/** process.resourceUsage().maxRSS is in kilobytes. */
export const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
export const rssMb = () => process.memoryUsage().rss / MB;

/** Full collection when the worker runs with --expose-gc, so memory figures are what is retained. */
export function collect(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

export function emit(result: object): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

export function progress(msg: string): void {
  process.stderr.write(`  ${msg}\n`);
}

// Starts one worker in a fresh Node process, so each figure (time, memory) is the worker's alone.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESULT_PREFIX } from './worker-io.js';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(BENCH_DIR, '..', '..');

export interface WorkerRun<T> { ok: true; result: T; wallSeconds: number }
export interface WorkerFailure { ok: false; error: string }

/** Runs `node --import tsx [nodeFlags] scripts/bench/<worker> --k v ...`; its stderr (progress) goes to ours. */
export function runWorker<T>(worker: string, args: Record<string, string | number>, nodeFlags: string[] = []): Promise<WorkerRun<T> | WorkerFailure> {
  const argv = [...nodeFlags, '--import', 'tsx', join(BENCH_DIR, worker), ...Object.entries(args).flatMap(([k, v]) => [`--${k}`, String(v)])];
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, argv, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; process.stderr.write(d); });
    child.on('error', (e) => done({ ok: false, error: `${worker}: could not start node: ${e.message}` }));
    child.on('close', (code, signal) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code === 0 && line) {
        done({ ok: true, result: JSON.parse(line.slice(RESULT_PREFIX.length)) as T, wallSeconds: (performance.now() - t0) / 1000 });
        return;
      }
      const tail = err.trim().split('\n').slice(-3).join(' | ');
      done({ ok: false, error: `${worker} exited with ${signal ?? code}, expected a result line: ${tail || 'no message'}` });
    });
  });
}

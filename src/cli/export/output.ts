// Where an export goes: standard output, or a file that appears only once complete (written aside, then renamed),
// so a failed export never leaves a truncated file where a good one was.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { Io } from '../io.js';

export interface Output {
  write(text: string): void;
  /** Makes the file visible under its name. */
  commit(): void;
  /** Removes the partial file. */
  abort(): void;
}

export function openOutput(file: string | undefined, io: Io): Output {
  if (file === undefined || file === '-') return { write: (t) => io.out(t), commit: () => {}, abort: () => {} };
  const partial = `${file}.partial-${process.pid}`;
  let fd: number;
  try {
    fd = openSync(partial, 'w');
  } catch (err) {
    throw new Error(`cannot write "${file}": ${(err as Error).message}`);
  }
  let open = true;
  const close = () => { if (open) { closeSync(fd); open = false; } };
  return {
    write: (text) => { writeSync(fd, text); },
    commit: () => { close(); renameSync(partial, file); },
    abort: () => { close(); rmSync(partial, { force: true }); },
  };
}

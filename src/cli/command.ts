// The shape of a subcommand, and the error that means "the user typed it wrong" (exit 2, usage shown).
import type { Io } from './io.js';

export interface Command {
  name: string;
  summary: string; // one line for `sitrep --help`
  help: string; // the full text for `sitrep NAME --help`
  run(args: string[], io: Io): Promise<number>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

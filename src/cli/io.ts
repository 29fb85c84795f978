// What a command may touch of the process, passed in so commands run in-process in tests.

export interface Io {
  out(text: string): void; // standard output: the data
  err(text: string): void; // standard error: messages and progress
  stderrIsTTY: boolean;
  /** Terminal width when standard output is a terminal; undefined when it is a pipe or file (no truncation). */
  stdoutColumns: number | undefined;
  now(): number; // milliseconds, for progress rates
  /** Registers a Ctrl-C handler for the rest of the run; returns the function that removes it. */
  onInterrupt(handler: () => void): () => void;
}

export function processIo(): Io {
  return {
    out: (text) => { process.stdout.write(text); },
    err: (text) => { process.stderr.write(text); },
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
    now: () => performance.now(),
    onInterrupt: (handler) => {
      process.once('SIGINT', handler);
      return () => { process.off('SIGINT', handler); };
    },
  };
}

/** An Io that records everything, for tests. */
export function memoryIo(opts: { stderrIsTTY?: boolean; columns?: number; clock?: () => number } = {}): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) { io.stdout += text; },
    err(text: string) { io.stderr += text; },
    stderrIsTTY: opts.stderrIsTTY ?? false,
    stdoutColumns: opts.columns,
    now: opts.clock ?? (() => 0),
    onInterrupt: () => () => {},
  };
  return io;
}

// A one-line progress display on a terminal's standard error, for runs long enough to wonder about.
import type { Io } from './io.js';

const EVERY_MS = 500;

export class Progress {
  private readonly started: number;
  private lastShown: number;
  private showing = false;

  constructor(private readonly io: Io, private readonly line: (elapsedMs: number) => string) {
    this.started = io.now();
    this.lastShown = this.started; // the first line appears only once the run has taken EVERY_MS
  }

  /** Call after each unit of work; it draws at most every EVERY_MS, and never when standard error is not a terminal. */
  tick(): void {
    if (!this.io.stderrIsTTY) return;
    const now = this.io.now();
    if (now - this.lastShown < EVERY_MS) return;
    this.lastShown = now;
    this.showing = true;
    this.io.err(`\r\x1b[K${this.line(now - this.started)}`);
  }

  /** Clears the line, so a message or the final summary starts on a clean line. */
  clear(): void {
    if (!this.showing) return;
    this.io.err('\r\x1b[K');
    this.showing = false;
  }
}

export function rate(count: number, elapsedMs: number): string {
  return elapsedMs > 0 ? (count / (elapsedMs / 1000)).toFixed(count / (elapsedMs / 1000) < 10 ? 1 : 0) : '0';
}

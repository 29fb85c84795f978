// The compiled name index: normalised names sorted in UTF-16 order, one line each ("name\trow,row!,..."), a
// "!" marking an acronym alias ("UK", "USA") that only counts when written in capitals. Looked up by binary
// search over the file as one string, so loading is a read and a newline scan instead of building a Map of
// 380 000 keys (about a second and 100 MB of heap).
const TAB = 9, NL = 10;

/** Start offsets of every line of `text` (a trailing newline opens no line). */
export function lineStarts(text: string): Int32Array {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Int32Array(n);
  let k = 0, from = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) { starts[k++] = from; from = i + 1; }
  return starts;
}

/** Compares `key` with the name at the start of line `at`: negative when the key sorts first. */
function compareAt(text: string, at: number, key: string): number {
  for (let i = 0; ; i++) {
    const c = text.charCodeAt(at + i);
    const nameEnded = c === TAB || c === NL || Number.isNaN(c);
    if (i === key.length) return nameEnded ? 0 : -1;
    if (nameEnded) return 1;
    const d = key.charCodeAt(i) - c;
    if (d !== 0) return d;
  }
}

export interface Posting { row: number; acronym: boolean }

export class SortedNames {
  private readonly starts: Int32Array;
  constructor(private readonly text: string) { this.starts = lineStarts(text); }

  get size(): number { return this.starts.length; }

  /** First line whose name sorts at or after `key`. */
  private lowerBound(key: string): number {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareAt(this.text, this.starts[mid], key) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  postings(key: string): Posting[] | null {
    const i = this.lowerBound(key);
    if (i >= this.starts.length || compareAt(this.text, this.starts[i], key) !== 0) return null;
    const from = this.starts[i] + key.length + 1;
    const end = this.text.indexOf('\n', from);
    return this.text.slice(from, end < 0 ? undefined : end).split(',').map((p) => ({ row: parseInt(p, 10), acronym: p.endsWith('!') }));
  }

  /** Does any name start with `prefix` and go on after a space, hyphen or apostrophe? Lets the recogniser stop extending a phrase. */
  continues(prefix: string): boolean {
    // Space, apostrophe and hyphen (0x20, 0x27, 0x2d) sort before every letter, so the continuations of a prefix
    // are the lines from the first one at or after "prefix " onwards: one search finds whether there is any.
    const i = this.lowerBound(prefix + ' ');
    if (i >= this.starts.length || !this.text.startsWith(prefix, this.starts[i])) return false;
    const next = this.text.charCodeAt(this.starts[i] + prefix.length);
    return next === 0x20 || next === 0x27 || next === 0x2d;
  }
}

/** Build side: the lines of the index, sorted as SortedNames expects. */
export function indexLines(names: Map<string, string[]>): string {
  const keys = [...names.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return keys.map((k) => `${k}\t${names.get(k)!.join(',')}\n`).join('');
}

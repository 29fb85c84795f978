// What an ingest run did, counted as it goes, and the one summary line printed at the end.

export class IngestTally {
  read = 0; // documents read (new or not)
  alreadyStored = 0;
  incidentsAdded = 0;
  incidentsUpdated = 0; // existing incidents that new reports joined or changed
  private readonly skipped = new Map<string, number>();

  skip(reason: string): void {
    const key = reasonKey(reason);
    this.skipped.set(key, (this.skipped.get(key) ?? 0) + 1);
  }

  get skippedTotal(): number {
    let n = 0;
    for (const v of this.skipped.values()) n += v;
    return n;
  }

  /** `read 24 documents (2 already stored), skipped 3 (empty file: 1, invalid UTF-8: 2), added 31 incidents (9 updated) to sitrep.db` */
  summary(location: string): string {
    const read = `read ${plural(this.read, 'document')}${this.alreadyStored ? ` (${this.alreadyStored} already stored)` : ''}`;
    const groups = [...this.skipped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const skipped = `skipped ${this.skippedTotal}${groups.length ? ` (${groups.map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}`;
    const updated = this.incidentsUpdated ? ` (${this.incidentsUpdated} updated)` : '';
    return `${read}, ${skipped}, added ${plural(this.incidentsAdded, 'incident')}${updated} to ${location}`;
  }
}

/** Sources write reasons as "short key: detail" (see src/sources/decode.ts); a reason without a colon is its own key. */
export function reasonKey(reason: string): string {
  const colon = reason.indexOf(':');
  return (colon > 0 ? reason.slice(0, colon) : reason).trim();
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

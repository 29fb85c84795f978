// Throughput over parts of an ingest stream: its first and last windows and each tenth, from per-document times.

export interface DocTimes {
  checkMs: Float64Array; extractMs: Float64Array; storeMs: Float64Array;
  /** CPU time of the whole document (user + system): what other processes on the machine do not inflate */
  cpuMs?: Float64Array;
}

export interface Span {
  from: number; // first document, 0-based
  to: number; // one past the last
  docsPerSecond: number; // end to end: hash and lookup, extraction, storing
  docsPerCpuSecond: number | null; // the same over CPU time
  storeDocsPerSecond: number; // the store alone: lookup and addDocument
  extractMsMean: number; // extractDoc per document
  storeMsP50: number;
  storeMsP95: number;
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export function span(t: DocTimes, from: number, to: number): Span {
  let all = 0, storeOnly = 0, cpu = 0, extract = 0;
  const store = new Float64Array(to - from);
  for (let i = from; i < to; i++) {
    all += t.checkMs[i] + t.extractMs[i] + t.storeMs[i];
    storeOnly += t.checkMs[i] + t.storeMs[i];
    cpu += t.cpuMs?.[i] ?? 0;
    extract += t.extractMs[i];
    store[i - from] = t.checkMs[i] + t.storeMs[i];
  }
  store.sort();
  const n = to - from;
  return {
    from, to, docsPerSecond: n / (all / 1000), docsPerCpuSecond: t.cpuMs ? n / (cpu / 1000) : null, storeDocsPerSecond: n / (storeOnly / 1000),
    extractMsMean: extract / n, storeMsP50: quantile(store, 0.5), storeMsP95: quantile(store, 0.95),
  };
}

export function summariseWindows(t: DocTimes, window: number) {
  const n = t.checkMs.length;
  const tenths: Span[] = [];
  for (let k = 0; k < 10; k++) {
    const from = Math.floor((k * n) / 10), to = Math.floor(((k + 1) * n) / 10);
    if (to > from) tenths.push(span(t, from, to));
  }
  const first = span(t, 0, window), last = span(t, n - window, n);
  return {
    first, last, tenths,
    endToStart: last.docsPerSecond / first.docsPerSecond,
    cpuEndToStart: last.docsPerCpuSecond !== null && first.docsPerCpuSecond !== null ? last.docsPerCpuSecond / first.docsPerCpuSecond : null,
    storeEndToStart: last.storeDocsPerSecond / first.storeDocsPerSecond,
  };
}

// Worker: loads the gazetteer once in a fresh process and reports the time and the memory it takes.
// Run with --expose-gc so the heap figures are retained memory, not garbage from parsing.
import { collect, emit, MB, peakRssMb } from './worker-io.js';

// Importing the module first keeps module loading (tsx compiling TypeScript) out of the load time.
const { loadGazetteer } = await import('../../src/gazetteer/gazetteer.js');
const gcAvailable = collect();
const before = process.memoryUsage();
const peakBefore = peakRssMb();
const t0 = performance.now();
const g = loadGazetteer();
const loadMs = performance.now() - t0;
const peakAfter = peakRssMb();
collect();
const after = process.memoryUsage();
emit({
  loadMs,
  rssIncreaseMb: (after.rss - before.rss) / MB,
  heapIncreaseMb: (after.heapUsed - before.heapUsed) / MB,
  externalIncreaseMb: (after.external - before.external) / MB,
  peakRssMb: peakAfter,
  peakRssIncreaseMb: peakAfter - peakBefore,
  names: g.byName.size,
  gcAvailable,
});

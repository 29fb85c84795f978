// The shapes the workers report and the run main.ts assembles from them.
import type { ProfileSummary } from './profile-summary.js';
import type { Span } from './windows.js';

export interface GazetteerResult {
  loadMs: number; rssIncreaseMb: number; heapIncreaseMb: number; externalIncreaseMb: number;
  peakRssMb: number; peakRssIncreaseMb: number; names: number; gcAvailable: boolean;
}

export interface ThroughputResult {
  mode: 'annotate' | 'extract' | 'stages';
  docs: number; bytes: number; seconds: number; mbPerSecond: number; docsPerSecond: number; cpuSeconds: number; mbPerCpuSecond: number;
  firstDocMs: number; rssBeforeMb: number; peakRssMb: number; found: number; docsWithFound: number;
  stageMs?: Record<string, number>;
  /** stages mode: share of the text's characters in excluded ranges, and in the blanked ones (src/doc/analysed-text.ts) */
  excludedShare?: number; blankedShare?: number;
}

export interface IngestResult {
  docs: number; window: number; bytes: number; alreadyStored: number; incidents: number;
  counts: { documents: number; mentions: number; incidents: number };
  fileBytes: number; file: string | null; peakRssMb: number; rssByTenthMb?: number[]; heapByTenthMb?: number[];
  first: Span; last: Span; tenths: Span[]; endToStart: number; cpuEndToStart: number | null; storeEndToStart: number;
}

export type Outcome<T> = { status: 'ok'; value: T } | { status: 'failed'; error: string } | { status: 'skipped'; note: string };

export interface BenchSettings { mb: number; docs: number; window: number; seed: string; quick: boolean; gazetteerRuns: number; warmupMb: number }

export interface Machine { cpu: string; cores: number; memoryGb: number; os: string; node: string }

export interface BenchRun {
  command: string;
  date: string;
  commit: string;
  machine: Machine;
  loadAverage: { start: number[]; end: number[] };
  settings: BenchSettings;
  seconds: number;
  gazetteer: Outcome<GazetteerResult[]>;
  annotate: Outcome<ThroughputResult>;
  extract: Outcome<ThroughputResult>;
  stages: Outcome<ThroughputResult>;
  profile: Outcome<ProfileSummary>;
  ingest: Outcome<IngestResult>;
}

export const TARGETS = {
  extractMbPerSecond: 1,
  annotateMbPerSecond: 2,
  gazetteerLoadSeconds: 1,
  ingestEndToStart: 0.8,
} as const;

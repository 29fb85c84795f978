import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CpuProfile } from './profile.js';
import { moduleOf, summariseProfile } from './profile-summary.js';
import { summariseWindows } from './windows.js';

describe('ingest windows', () => {
  it('compares the first and last windows, end to end and for the store alone', () => {
    const n = 100;
    const checkMs = new Float64Array(n);
    const extractMs = new Float64Array(n).fill(4);
    const storeMs = Float64Array.from({ length: n }, (_, i) => (i < 50 ? 1 : 2)); // the store slows down
    const s = summariseWindows({ checkMs, extractMs, storeMs }, 10);
    assert.equal(Math.round(s.first.docsPerSecond), 200); // 10 docs in 50 ms
    assert.equal(Math.round(s.last.docsPerSecond), 167); // 10 docs in 60 ms
    assert.equal(s.storeEndToStart.toFixed(2), '0.50');
    assert.equal(s.tenths.length, 10);
    assert.deepEqual([s.tenths[9].from, s.tenths[9].to], [90, 100]);
    assert.equal(s.first.storeMsP50.toFixed(1), '1.0');
  });
});

describe('profile summary', () => {
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9 });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
      { id: 2, callFrame: frame('run', 'file:///repo/src/stages/dates/index.ts'), children: [3] },
      { id: 3, callFrame: frame('parse', 'file:///repo/node_modules/chrono-node/dist/index.js'), children: [4] },
      { id: 4, callFrame: frame('exec', ''), children: [] },
      { id: 5, callFrame: frame('(garbage collector)', ''), children: [] },
    ],
    startTime: 0, endTime: 10_000, samples: [3, 3, 3, 4, 4, 2, 5, 3, 3, 3], timeDeltas: [],
  };

  it('names modules by package or project path', () => {
    assert.equal(moduleOf(frame('x', 'file:///repo/node_modules/@scope/pkg/a.js'), '/repo'), '@scope/pkg');
    assert.equal(moduleOf(frame('x', 'node:internal/fs'), '/repo'), 'node internals');
    assert.equal(moduleOf(frame('x', 'file:///repo/src/a.ts'), '/repo'), 'src/a.ts');
  });

  it('splits self time by function and module, and adds inclusive time for project functions', () => {
    const s = summariseProfile(profile, '/repo');
    assert.equal(s.totalMs, 10);
    assert.deepEqual(s.selfByFunction.map((h) => [h.name, h.ms]), [['parse', 6], ['exec', 2], ['run', 1], ['(garbage collector)', 1]]);
    assert.equal(s.selfByFunction[0].where, 'chrono-node:10');
    assert.deepEqual(s.selfByModule.map((h) => h.name).slice(0, 2), ['chrono-node', '(native)']);
    assert.deepEqual(s.inclusiveProject.map((h) => [h.where, h.ms]), [['src/stages/dates/index.ts', 9]]);
  });
});

describe('stage section', () => {
  it('states the share of the text excluded and the share the stages do not read', async () => {
    const { renderMarkdown } = await import('./markdown.js');
    const skipped = { status: 'skipped' as const, note: 'not run' };
    const stages = {
      mode: 'stages' as const, docs: 2, bytes: 2e6, seconds: 2, mbPerSecond: 1, docsPerSecond: 1, cpuSeconds: 2, mbPerCpuSecond: 1,
      firstDocMs: 100, rssBeforeMb: 100, peakRssMb: 120, found: 1, docsWithFound: 1,
      stageMs: { clean: 100, sentences: 900, events: 1000 }, excludedShare: 0.25, blankedShare: 0.2,
    };
    const md = renderMarkdown({
      command: 'npm run bench', date: '2026-05-06', commit: 'abc', machine: { cpu: 'cpu', cores: 2, memoryGb: 8, os: 'linux', node: '20' },
      loadAverage: { start: [0, 0, 0], end: [0, 0, 0] }, seconds: 10,
      settings: { mb: 2, docs: 10, window: 5, seed: 's', quick: false, gazetteerRuns: 1, warmupMb: 0.2 },
      gazetteer: skipped, annotate: skipped, extract: skipped, stages: { status: 'ok', value: stages }, profile: skipped, ingest: skipped,
    });
    assert.match(md, /\| sentences \| 0\.90 \| 45\.0% \|/);
    assert.match(md, /25\.0% of the text lies in ranges the clean stage excludes; the stages after it do not read 20\.0%/);
  });
});

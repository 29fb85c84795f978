import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { UsageError } from '../command.js';
import { memoryIo } from '../io.js';
import { seedDatabase, tempDir } from '../test-helpers.js';
import { runIncidents } from './incidents.js';

describe('sitrep incidents', () => {
  const tmp = tempDir();
  const db = tmp.path('q.db');
  before(() => seedDatabase(db));
  after(() => tmp.remove());
  const run = async (...args: string[]) => {
    const io = memoryIo({ columns: args.includes('--narrow') ? 64 : 120 });
    args = args.filter((a) => a !== '--narrow');
    const code = await runIncidents([...args, '--db', db], io);
    return { code, out: io.stdout, err: io.stderr };
  };

  it('prints a table, newest first, "?" for unknown and 0 for an explicit zero', async () => {
    const { code, out } = await run();
    assert.equal(code, 0);
    const lines = out.trimEnd().split('\n');
    assert.match(lines[0], /^id\s+date\s+type\s+place\s+country\s+killed\s+injured\s+\[independent\] sources$/);
    assert.match(lines[1], /2024-03-12 .*Kabul .*AF\s+\?\s+\?\s+\[1\] example\.org$/);
    assert.match(lines[2], /2024-03-10 .*Baghdad .*IQ\s+3\s+0\s+\[1\] Rudaw$/);
    assert.match(lines[3], /\?\s+Protest: Peaceful protest\s+\?\s+\?\s+\?\s+\?\s+\[1\] Example Wire$/);
  });

  it('fits the table to a narrow terminal', async () => {
    const lines = (await run('--narrow')).out.trimEnd().split('\n');
    for (const line of lines) assert.ok([...line].length <= 64, `wider than the terminal: ${line}`);
    assert.match(lines[1], /…/);
  });

  const filters: [string[], (string | null)[]][] = [
    [['--country', 'af'], ['Kabul']],
    [['--near', '33.3,44.4,20'], ['Baghdad']],
    [['--since', '2024-03-11'], ['Kabul']],
    [['--until', '2024-03-11'], ['Baghdad']],
    [['--type', 'protest'], [null]],
    [['--limit', '1'], ['Kabul']],
  ];
  for (const [args, places] of filters) {
    it(`filters: ${args.join(' ')}`, async () => {
      const { out } = await run(...args, '--format', 'json');
      assert.deepEqual(JSON.parse(out).map((i: { location: { name: string } | null }) => i.location?.name ?? null), places);
    });
  }

  it('prints JSON with every report', async () => {
    const list = JSON.parse((await run('--format', 'json', '--country', 'IQ')).out);
    assert.equal(list[0].reports[0].document.source, 'Rudaw');
    assert.equal(list[0].injuries.best, 0);
  });

  it('says when nothing matches', async () => {
    const { code, out, err } = await run('--country', 'FR');
    assert.deepEqual([code, out, err], [0, '', 'sitrep incidents: no incident matches\n']);
  });

  it('tells when the table is cut at the limit', async () => {
    assert.match((await run('--limit', '2')).err, /showing the 2 most recent; use --limit N to see more/);
  });

  it('names the missing database file', async () => {
    const io = memoryIo();
    assert.equal(await runIncidents(['--db', tmp.path('none.db')], io), 1);
    assert.match(io.stderr, /cannot open database ".*none\.db": no such file/);
  });

  const usage: [string[], string][] = [
    [['--near', '33.3,44'], '--near expects LAT,LON,KM (three numbers, e.g. 33.31,44.36,25), got "33.3,44"'],
    [['--format', 'csv'], '--format expects one of table, json, got "csv"'],
    [['--since', 'last week'], '--since expects a date YYYY-MM-DD or a number of days like 30d, got "last week"'],
    [['stray'], 'expected no arguments besides options, got "stray"'],
  ];
  for (const [args, message] of usage) {
    it(`usage error: ${args.join(' ')}`, async () => {
      await assert.rejects(runIncidents(args, memoryIo()), (e: Error) => e instanceof UsageError && e.message === message);
    });
  }
});

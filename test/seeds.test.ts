// Acceptance test: runs `sitrep extract` over the two seed pages and asserts every non-extra seed check
// (scripts/eval/seed-checks.ts), one subtest per check so a failure names it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fromRepo } from '../scripts/eval/paths.js';
import { runExtract } from '../scripts/eval/run-cli.js';
import { checkSeeds, loadSeedTexts } from '../scripts/eval/seed-checks.js';

const SEEDS = fromRepo('../shared/seeds/seeds.jsonl');

test('seed acceptance checks', { timeout: 10 * 60_000 }, async (t) => {
  if (!existsSync(SEEDS)) {
    t.skip(`${SEEDS} is absent: the seed pages live outside the repository`);
    return;
  }
  const records = await runExtract(SEEDS);
  const checks = checkSeeds(records, loadSeedTexts(SEEDS));
  for (const c of checks.filter((x) => !x.extra)) {
    await t.test(`${c.id}: ${c.what}`, () => assert.ok(c.pass, `${c.id} failed: ${c.detail}`));
  }
  const extras = checks.filter((x) => x.extra);
  t.diagnostic(`extra checks passed: ${extras.filter((x) => x.pass).length}/${extras.length} (${extras.filter((x) => !x.pass).map((x) => x.id).join(', ') || 'all'})`);
});

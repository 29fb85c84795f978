import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, goldenCases, runCase } from './golden-cases.js';

test('golden documents: extract output equals the reviewed recording', async (t) => {
  const cases = goldenCases();
  assert.ok(cases.length >= 4, `expected at least 4 golden cases, got ${cases.length}`);
  for (const name of cases) {
    await t.test(name, async () => {
      const file = join(GOLDEN_DIR, name, 'expected.jsonl');
      assert.ok(existsSync(file), `no ${file}: run npm run golden:record and review it`);
      const expected = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      const got = (await runCase(name)).trim().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(got, expected, `golden case ${name} changed: if intended, npm run golden:record and review the diff`);
    });
  }
});

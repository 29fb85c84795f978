import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDoc } from '../src/extract.js';
import { readInputs } from '../src/sources/index.js';

// Texts written for this project that use war words without reporting an incident (see test/negative/README.md).
const dir = join(dirname(fileURLToPath(import.meta.url)), 'negative');

test('negative set: no occurred, non-background incident', async (t) => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  assert.ok(files.length >= 20, `expected at least 20 negative texts, got ${files.length}`);
  for (const file of files) {
    await t.test(file, async () => {
      for await (const item of readInputs([join(dir, file)], { published: '2026-03-02' })) {
        assert.equal(item.kind, 'doc', `could not read ${file}`);
        if (item.kind !== 'doc') continue;
        const news = extractDoc(item.doc).incidents.filter((m) => m.status === 'occurred' && !m.background);
        assert.deepEqual(news.map((m) => `${m.sub_event_type}: ${m.evidence[0]?.text}`), []);
      }
    });
  }
});

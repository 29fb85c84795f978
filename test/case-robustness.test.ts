// The same report in ALL CAPS (as wire copy of the MUC-4 era is written) must read the same as in mixed case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mention } from '../src/contract/mention.js';
import { extractDoc } from '../src/extract.js';
import { readInputs } from '../src/sources/index.js';

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const key = (m: Mention) =>
  [m.sub_event_type, m.status, m.background, m.date?.start, m.location?.name, m.fatalities?.best, m.injuries?.best, m.casualties?.low, m.weapons.map((w) => `${w.type}x${w.count}`).join('+')].join('|');

test('case robustness: ALL-CAPS copies of the example corpus give the same incidents', async (t) => {
  let same = 0, total = 0;
  const diffs: string[] = [];
  for await (const item of readInputs([examples])) {
    if (item.kind !== 'doc') continue;
    const mixed = extractDoc(item.doc).incidents.map(key).sort();
    const upper = extractDoc({ ...item.doc, text: item.doc.text.toUpperCase() }).incidents.map(key).sort();
    total += Math.max(mixed.length, upper.length);
    const rest = [...upper];
    for (const k of mixed) {
      const i = rest.indexOf(k);
      if (i >= 0) { rest.splice(i, 1); same++; } else diffs.push(`${item.doc.id}: ${k}`);
    }
  }
  // Record the agreement; the bar rises as the rules improve (see docs/EVAL.md).
  const agreement = same / total;
  t.diagnostic(`case agreement ${agreement.toFixed(3)} (${same}/${total})`);
  assert.ok(agreement >= 0.8, `agreement ${agreement.toFixed(2)} (${same}/${total}); differing:\n${diffs.slice(0, 15).join('\n')}`);
});

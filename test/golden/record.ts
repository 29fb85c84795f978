// Re-records test/golden/*/expected.jsonl from the current code. Review the diff before committing:
// `npm run golden:record && git diff test/golden`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, goldenCases, runCase } from './golden-cases.js';

for (const name of goldenCases()) {
  writeFileSync(join(GOLDEN_DIR, name, 'expected.jsonl'), await runCase(name));
  console.log(`recorded ${name}`);
}

// Golden whole-document cases: test/golden/<case>/input.* with meta.json (a fixed publication date) and
// expected.jsonl, the extract output a reviewer accepted. Shared by the test and the re-record script.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDoc } from '../../src/extract.js';
import { readInputs } from '../../src/sources/index.js';

export const GOLDEN_DIR = dirname(fileURLToPath(import.meta.url));

export function goldenCases(): string[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/** Runs the case exactly as `sitrep extract input.* --published DATE` would, ids relative to the case folder. */
export async function runCase(name: string): Promise<string> {
  const dir = join(GOLDEN_DIR, name);
  const { published } = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { published: string };
  const input = readdirSync(dir).find((f) => f.startsWith('input.'));
  if (!input) throw new Error(`golden: expected an input.* file in ${dir}, got none`);
  const lines: string[] = [];
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    for await (const item of readInputs([input], { published })) {
      if (item.kind === 'skip') throw new Error(`golden: ${name}: input skipped: ${item.skip.reason}`);
      lines.push(JSON.stringify(extractDoc(item.doc)));
    }
  } finally {
    process.chdir(cwd);
  }
  return lines.join('\n') + '\n';
}

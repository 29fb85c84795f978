// Paths are resolved from the repository root, never from the caller's cwd, so `npm run eval`,
// `npx tsx scripts/eval/main.ts` and the tests all read the same files.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function fromRepo(p: string): string {
  return isAbsolute(p) ? p : resolve(REPO_ROOT, p);
}

/** Scratch folder for filtered inputs and saved predictions (gitignored). */
export const EVAL_OUT = fromRepo('.eval-out');

export const SEEDS_JSONL = fromRepo('../shared/seeds/seeds.jsonl');
export const MUC4_DIR = fromRepo('../shared/eval/muc4');
export const MUC4_DOCS = fromRepo('../shared/eval/muc4/docs.jsonl');
/** Role-filler keys: roles-train.json holds the dev split, roles-dev.json tst1+tst2. */
export const MUC4_ROLES_TRAIN = fromRepo('../shared/eval/muc4/roles-train.json');
export const MUC4_ROLES_DEV = fromRepo('../shared/eval/muc4/roles-dev.json');
export const CASE2021_TSV = fromRepo('../shared/eval/case2021/snippets.tsv');
export const WIKIEVENTS_DEV = fromRepo('../shared/eval/wikievents/dev.jsonl');
export const TEMPEVAL_DIR = fromRepo('../shared/eval/tempeval3/TBAQ-cleaned');
export const GWN_XML = fromRepo('../shared/eval/geoparsing/GWN.xml');

export function present(p: string): boolean {
  return existsSync(p);
}

// Where the data files live: data/ at the repository root, found from src/ (tsx) and dist/src/ (compiled).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function dataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'data', 'demonyms.json'))) return join(dir, 'data');
    dir = dirname(dir);
  }
  throw new Error(`data: expected a data/ folder with demonyms.json above ${fileURLToPath(import.meta.url)}, got none`);
}

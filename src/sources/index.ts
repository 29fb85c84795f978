// Reads INPUT arguments (files, directories, "-") into raw documents. (Being built: signature is fixed.)
import type { SourceItem } from './raw-doc.js';

export interface ReadOptions { published?: string | null }

/** Yields documents and skipped inputs in a stable order (directories sorted). Throws only on broken infrastructure. */
export async function* readInputs(_inputs: string[], _opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  throw new Error('readInputs: not built yet');
}

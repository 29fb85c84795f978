// Reads INPUT arguments (files, directories, "-") into raw documents, in a stable order.
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { SourceItem } from './raw-doc.js';
import { decodeText } from './decode.js';
import { htmlMainText } from './html.js';
import { docFromJsonLine, readJsonl } from './jsonl.js';
import { publishedFromText } from './published-from-text.js';

export interface ReadOptions { published?: string | null }

const KNOWN = new Set(['.txt', '.text', '.html', '.htm', '.jsonl']);

/** Yields documents and skipped inputs (directories sorted). Throws only on broken infrastructure. */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const published = opts.published ?? null;
  for (const input of inputs) {
    if (input === '-') { yield* readStdin(published); continue; }
    yield* readPath(input, published, true);
  }
}

async function* readPath(path: string, published: string | null, explicit: boolean): AsyncGenerator<SourceItem> {
  let info;
  try { info = await stat(path); } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield skip(path, code === 'ENOENT' ? 'missing path: no such file or directory' : `unreadable: ${code}`);
    return;
  }
  if (info.isDirectory()) {
    const entries = (await readdir(path)).sort();
    for (const entry of entries) {
      if (entry.startsWith('.')) continue;
      yield* readPath(join(path, entry), published, false);
    }
    return;
  }
  const ext = extname(path).toLowerCase();
  // Inside a directory, files of other kinds (README.md, images) are not reports: pass over them quietly.
  if (!KNOWN.has(ext)) {
    if (explicit) yield skip(path, `unknown extension: "${ext || '(none)'}", expected .txt, .html, .htm or .jsonl`);
    return;
  }
  if (ext === '.jsonl') { yield* readJsonl(path, published); return; }
  const decoded = decodeText(await readFile(path));
  if ('reason' in decoded) { yield skip(path, decoded.reason); return; }
  yield* fromText(path, path, decoded.text, ext === '.html' || ext === '.htm', published);
}

function* fromText(id: string, origin: string, text: string, isHtml: boolean, published: string | null): Generator<SourceItem> {
  if (!isHtml) {
    yield { kind: 'doc', doc: { id, text, published: published ?? publishedFromText(text), title: null, url: null, source: null, language: null, origin } };
    return;
  }
  const main = htmlMainText(text);
  if (!main) { yield skip(origin, 'no main text: the HTML page has no article text Readability could find'); return; }
  yield { kind: 'doc', doc: { id, text: main.text, published: main.published ?? published, title: main.title, url: null, source: main.siteName, language: null, origin } };
}

/** Standard input: JSONL when every non-blank line is a JSON object, HTML when it starts with "<", else plain text. */
async function* readStdin(published: string | null): AsyncGenerator<SourceItem> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const decoded = decodeText(Buffer.concat(chunks));
  if ('reason' in decoded) { yield skip('<stdin>', decoded.reason); return; }
  const text = decoded.text;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length > 0 && lines.every((l) => l.trimStart().startsWith('{'))) {
    let n = 0;
    for (const line of text.split('\n')) { n++; if (line.trim() !== '') yield docFromJsonLine(line, `<stdin>:${n}`, published); }
    return;
  }
  yield* fromText('stdin', '<stdin>', text, /^\s*</.test(text), published);
}

function skip(origin: string, reason: string): SourceItem {
  return { kind: 'skip', skip: { origin, reason } };
}

// JSONL dumps: one document per line, streamed so a dump of any size is read line by line.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RawDoc, SourceItem } from './raw-doc.js';
import { htmlMainText } from './html.js';
import { MAX_DOC_BYTES } from './decode.js';
import { publishedFromText } from './published-from-text.js';

export function docFromJsonLine(line: string, origin: string, published: string | null): SourceItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return skip(origin, `malformed JSONL line: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return skip(origin, 'malformed JSONL line: expected a JSON object');
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return skip(origin, 'malformed JSONL line: field "id" (string) is required');
  const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string) !== '' ? (o[k] as string) : null);
  let text = str('text');
  let title = str('title');
  let pub = str('published');
  if (pub !== null && !/^\d{4}-\d{2}-\d{2}/.test(pub)) return skip(origin, `malformed JSONL line: "published" expected an ISO 8601 date, got "${pub}"`);
  if (text === null) {
    const html = str('html');
    if (html === null) return skip(origin, 'malformed JSONL line: one of "text" or "html" is required');
    const main = htmlMainText(html);
    if (!main) return skip(origin, 'no main text: the HTML has no article text');
    text = main.text;
    title ??= main.title;
    pub ??= main.published;
  }
  if (text.trim() === '') return skip(origin, 'empty document: "text" is blank');
  const doc: RawDoc = {
    id: String(o.id), text, published: pub ?? published ?? publishedFromText(text), title, url: str('url'), source: str('source'),
    language: str('language'), origin,
  };
  return { kind: 'doc', doc };
}

export async function* readJsonl(path: string, published: string | null, input?: NodeJS.ReadableStream): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: input ?? createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    if (line.length > MAX_DOC_BYTES) { yield skip(`${path}:${n}`, `too large: line of ${line.length} characters, limit ${MAX_DOC_BYTES}`); continue; }
    yield docFromJsonLine(line, `${path}:${n}`, published);
  }
}

function skip(origin: string, reason: string): SourceItem {
  return { kind: 'skip', skip: { origin, reason } };
}

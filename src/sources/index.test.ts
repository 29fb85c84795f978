import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceItem } from './raw-doc.js';
import { readInputs } from './index.js';
import { MAX_DOC_BYTES } from './decode.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-sources-'));
const file = (name: string, content: string | Buffer) => { const p = join(dir, name); writeFileSync(p, content); return p; };

async function read(inputs: string[], published: string | null = null): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readInputs(inputs, { published })) out.push(item);
  return out;
}

// [name, file maker, expected reason prefix]
const bad: [string, () => string, string][] = [
  ['empty file', () => file('empty.txt', ''), 'empty file'],
  ['white space only', () => file('blank.txt', '  \n\t\n'), 'empty file'],
  ['binary file', () => file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])), 'binary file'],
  ['invalid UTF-8', () => file('latin1.txt', Buffer.from([0x41, 0x74, 0x74, 0x61, 0x63, 0x6b, 0x20, 0xe9, 0x74, 0xe9])), 'invalid UTF-8'],
  ['unknown extension', () => file('report.pdf', '%PDF-1.4'), 'unknown extension'],
  ['missing path', () => join(dir, 'no-such-file.txt'), 'missing path'],
  ['too large', () => file('huge.txt', 'a'.repeat(MAX_DOC_BYTES + 1)), 'too large'],
  ['html with no article', () => file('empty.html', '<html><head><title>x</title></head><body><nav>Home</nav></body></html>'), 'no main text'],
];

test('sources: bad input is skipped with a reason naming it', async (t) => {
  for (const [name, make, reason] of bad) {
    await t.test(name, async () => {
      const path = make();
      const items = await read([path]);
      assert.equal(items.length, 1);
      const item = items[0];
      assert.equal(item.kind, 'skip', `expected a skip for ${name}`);
      if (item.kind === 'skip') {
        assert.ok(item.skip.reason.startsWith(reason), `reason "${item.skip.reason}" should start with "${reason}"`);
        assert.equal(item.skip.origin, path);
      }
    });
  }
});

test('sources: a malformed JSONL line is reported with its line number; the other lines are read', async () => {
  const path = file('dump.jsonl', [
    '{"id":"a","text":"Gunmen attacked a bus.","published":"2026-03-01"}',
    '{"id":"b","text": broken',
    '',
    '{"text":"no id here"}',
    '{"id":"c","html":"<html><body><article><p>Three rockets hit the base on Sunday, officials said, in the latest of a series of attacks on the site this month.</p><p>No one was hurt in the attack, the military said in a statement released on Monday afternoon.</p></article></body></html>"}',
  ].join('\n'));
  const items = await read([path]);
  assert.deepEqual(items.map((i) => (i.kind === 'doc' ? `doc ${i.doc.id}` : `skip ${i.skip.origin}`)), [
    'doc a', `skip ${path}:2`, `skip ${path}:4`, 'doc c',
  ]);
  const c = items[3];
  assert.ok(c.kind === 'doc' && c.doc.text.includes('Three rockets hit the base'));
});

test('sources: directories are read recursively in a stable order, other files passed over', async () => {
  const root = join(dir, 'tree');
  mkdirSync(join(root, 'b'), { recursive: true });
  writeFileSync(join(root, 'b', 'two.txt'), 'Second report.');
  writeFileSync(join(root, 'a.txt'), 'First report.');
  writeFileSync(join(root, 'README.md'), '# not a report');
  const items = await read([root], '2026-01-01');
  assert.deepEqual(items.map((i) => (i.kind === 'doc' ? i.doc.text : i.skip.reason)), ['First report.', 'Second report.']);
  assert.ok(items.every((i) => i.kind === 'doc' && i.doc.published === '2026-01-01'));
});

test('sources: a text file keeps its text exactly, and a header date is its publication date', async () => {
  const text = 'Published 17 November 2025 - 11:42\r\nGunmen attacked a base on Sunday.\n';
  const [item] = await read([file('dated.txt', text)]);
  assert.ok(item.kind === 'doc');
  if (item.kind === 'doc') {
    assert.equal(item.doc.text, text);
    assert.equal(item.doc.published, '2025-11-17');
  }
});

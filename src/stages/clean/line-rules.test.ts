import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyrightLine, headingLine } from './line-rules.js';

const line = (trimmed: string, index = 0, lines: string[] = [trimmed, 'Another line of the page.']) => ({ text: trimmed, trimmed, index, lines });

test('copyrightLine: notices at either end of a short line, nothing in a long one', () => {
  for (const [text, reason] of [
    ['© 2026 Example Media', 'copyright'],
    ['(C) Example Media Group', 'copyright'],
    ['Copyright 2026 The Daily Example', 'copyright'],
    ['Example Media 2026. ALL RIGHTS RESERVED.', 'copyright'],
    ['Example Media. All rights reserved', 'copyright'],
    [`${'x'.repeat(199)} All rights reserved.`, 'copyright'],
    [`${'x'.repeat(200)} All rights reserved.`, null],
    [`© ${'x'.repeat(199)}`, 'copyright'],
    [`© ${'x'.repeat(200)}`, null],
    [`Copyright ${'x'.repeat(199)}`, 'copyright'],
    [`Copyright ${'x'.repeat(200)}`, null],
    ['All rights reserved, the lawyer said of the deal.', null],
    ['The copyright office opened.', null],
    ['Example Media, all rights reserved. Police said.', null],
  ] as const) assert.equal(copyrightLine(line(text)), reason, text);
});

test('headingLine: short unpunctuated lines between others, longer ones only above the story', () => {
  const sentence = 'Gunmen attacked a convoy near the border on Monday and police said five people died there.';
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  for (const [name, lines, index, reason] of [
    ['a short heading', [words(5), sentence], 0, 'heading'],
    ['a long headline above the story', [words(25), sentence], 0, 'heading'],
    ['a long line below the story', [sentence, words(25)], 1, null],
    ['too long even above the story', [words(31), sentence], 0, null],
    ['a lone line is the report', [words(5), '  '], 0, null],
    ['a sentence', [sentence, words(5)], 0, null],
  ] as const) assert.equal(headingLine({ text: lines[index], trimmed: lines[index].trim(), index, lines: [...lines] }), reason, name);
});

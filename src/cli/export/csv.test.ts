import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvField, csvRecord } from './csv.js';

describe('csvField (RFC 4180)', () => {
  const cases: [string, Parameters<typeof csvField>[0], string][] = [
    ['plain', 'Baghdad', 'Baghdad'],
    ['comma', 'Baghdad, Iraq', '"Baghdad, Iraq"'],
    ['quote doubled', 'said "no"', '"said ""no"""'],
    ['newline', 'two\nlines', '"two\nlines"'],
    ['carriage return', 'a\rb', '"a\rb"'],
    ['null is empty', null, ''],
    ['undefined is empty', undefined, ''],
    ['zero stays 0', 0, '0'],
    ['negative number', -16.85, '-16.85'],
    ['boolean', false, 'false'],
    ['spaces kept unquoted', ' a ', ' a '],
  ];
  for (const [name, value, expected] of cases) it(name, () => assert.equal(csvField(value), expected));
  it('ends records with CRLF', () => assert.equal(csvRecord(['a', 'b,c', null]), 'a,"b,c",\r\n'));
});

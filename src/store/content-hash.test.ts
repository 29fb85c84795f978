import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentHash, normaliseForHash } from './content-hash.js';

describe('contentHash', () => {
  const same: [string, string, string][] = [
    ['line endings and trailing space', 'A drone\r\nstrike. \n', 'A drone\nstrike.'],
    ['runs of white space', 'A  drone\t strike', 'A drone strike'],
    ['composed and decomposed accents', 'Mosul Cafe\u0301', 'Mosul Caf\u00e9'],
  ];
  for (const [name, a, b] of same) it(`equal: ${name}`, () => assert.equal(contentHash(a), contentHash(b)));
  it('differs when the words differ', () => assert.notEqual(contentHash('three killed'), contentHash('four killed')));
  it('keeps case', () => assert.equal(normaliseForHash(' Baghdad '), 'Baghdad'));
});

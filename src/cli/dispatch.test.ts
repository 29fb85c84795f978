import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dispatch } from './dispatch.js';
import { memoryIo } from './io.js';

describe('sitrep (dispatch)', () => {
  const cases: { args: string[]; code: number; out?: RegExp; err?: RegExp }[] = [
    { args: ['--help'], code: 0, out: /^usage: sitrep COMMAND[\s\S]*incidents +list stored incidents/ },
    { args: ['help', 'export'], code: 0, out: /^usage: sitrep export --format csv\|geojson\|jsonl/ },
    { args: [], code: 2, err: /^usage: sitrep COMMAND/ },
    { args: ['frob'], code: 2, err: /^sitrep: unknown command "frob", expected one of extract, annotate, ingest, incidents, history, export/ },
    { args: ['ingest', '--help'], code: 0, out: /^usage: sitrep ingest INPUT\.\.\. \[--db FILE\]/ },
    { args: ['extract', 'x', '-h'], code: 0, out: /^usage: sitrep extract/ },
    { args: ['incidents', '--near', '33.3,44'], code: 2, err: /^sitrep incidents: --near expects LAT,LON,KM \(three numbers, e\.g\. 33\.31,44\.36,25\), got "33\.3,44"\nusage: sitrep incidents/ },
    { args: ['extract'], code: 2, err: /^sitrep extract: expected at least one INPUT/ },
    { args: ['incidents', '--db', '/nonexistent/sitrep.db'], code: 1, err: /cannot open database "\/nonexistent\/sitrep\.db"/ },
  ];
  for (const c of cases) {
    it(`sitrep ${c.args.join(' ')} -> exit ${c.code}`, async () => {
      const io = memoryIo();
      assert.equal(await dispatch(c.args, io), c.code);
      if (c.out) assert.match(io.stdout, c.out);
      if (c.err) assert.match(io.stderr, c.err);
    });
  }
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawDoc } from './sources/raw-doc.js';
import { annotateDoc, annotateDocs, extractDoc, extractDocs } from './extract.js';

// Our own reports: an incident with a place and a date, a report with none, one in capitals, one with boilerplate.
const raws: RawDoc[] = [
  { id: 'r1', text: 'KANDAHAR, May 4 (Wire) - A roadside bomb killed three soldiers near Kandahar on Tuesday, police said.', published: '2026-05-04', origin: 'r1.txt' },
  { id: 'r2', text: 'The city council approved a new budget for parks and libraries on Monday.', published: '2026-05-04', origin: 'r2.txt' },
  { id: 'r3', text: 'LIMA, 12 MAR 90 -- GUERRILLAS ATTACKED A POLICE POST IN AYACUCHO LAST NIGHT, KILLING TWO OFFICERS.', published: '1990-03-12', origin: 'r3.txt' },
  { id: 'r4', text: 'Gunmen abducted two aid workers in Mogadishu on Sunday.\n\nShare this story\n\nLatest Stories\nRains flood roads in Nairobi', published: '2026-02-02', origin: 'r4.txt' },
];

describe('extractDocs and annotateDocs (the pipeline stage by stage over a batch)', () => {
  it('give each document the record extractDoc gives it', () => {
    assert.deepEqual(extractDocs(raws), raws.map(extractDoc));
    assert.ok(extractDocs(raws).some((r) => r.incidents.length > 0), 'expected the fixture to hold an incident');
  });
  it('give each document the record annotateDoc gives it', () => {
    assert.deepEqual(annotateDocs(raws), raws.map(annotateDoc));
  });
  it('keep the order of the documents, one record each', () => {
    assert.deepEqual(extractDocs([...raws].reverse()).map((r) => r.id), ['r4', 'r3', 'r2', 'r1']);
    assert.deepEqual(extractDocs([]), []);
  });
});

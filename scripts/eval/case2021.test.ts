import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACLED_LABELS, caseLabel } from './case2021-mapping.js';
import { parseSnippets, predictLabel, scoreCase, type Snippet } from './case2021.js';
import { ev, mention, record } from './test-helpers.js';

test('mapping covers the 25 ACLED sub-event types', () => {
  assert.equal(ACLED_LABELS.length, 25);
  assert.equal(new Set(ACLED_LABELS).size, 25);
  const cases: [string, string | null][] = [['Air/drone strike', 'AIR_STRIKE'], ['Remote explosive/landmine/IED', 'REM_EXPLOS'], ['Threat', null], ['Made up', null]];
  for (const [sub, want] of cases) assert.equal(caseLabel(sub), want, sub);
});

test('parseSnippets', () => {
  const got = parseSnippets('id\tEventSnippet\tSubType\n7\tA made-up "quoted" line.\tGRENADE\r\n\n9\tAnother one.\tDIPLO\n');
  assert.deepEqual(got, [{ id: '7', text: 'A made-up "quoted" line.', label: 'GRENADE' }, { id: '9', text: 'Another one.', label: 'DIPLO' }]);
  assert.throws(() => parseSnippets('h\n1\tno label'), /expected id, text and label/);
});

test('predictLabel', () => {
  const air = (p = {}) => mention({ sub_event_type: 'Air/drone strike', ...p });
  const cases = [
    { name: 'no record', rec: undefined, want: 'none' },
    { name: 'no mention', rec: record('s', []), want: 'none' },
    { name: 'only an extension', rec: record('s', [mention({ sub_event_type: 'Threat' })]), want: 'none' },
    { name: 'first in text order', rec: record('s', [mention({ sub_event_type: 'Grenade', evidence: [ev(50, 60)] }), air({ evidence: [ev(5, 9)] })]), want: 'AIR_STRIKE' },
    { name: 'occurred beats an earlier planned one', rec: record('s', [mention({ sub_event_type: 'Peaceful protest', status: 'planned', evidence: [ev(0, 4)] }), air({ evidence: [ev(9, 12)] })]), want: 'AIR_STRIKE' },
    { name: 'background is passed over', rec: record('s', [air({ background: true, evidence: [ev(0, 4)] }), mention({ sub_event_type: 'Arrests', evidence: [ev(9, 12)] })]), want: 'ARREST' },
    { name: 'falls back to any status', rec: record('s', [mention({ sub_event_type: 'Peaceful protest', status: 'planned' })]), want: 'PEACE_PROTEST' },
  ];
  for (const c of cases) assert.equal(predictLabel(c.rec), c.want, c.name);
  const two = record('s', [air({ evidence: [ev(0, 3)] }), mention({ sub_event_type: 'Grenade', evidence: [ev(5, 9), ev(20, 30)] })]);
  assert.equal(predictLabel(two, 'most-evidence'), 'GRENADE');
});

test('scoreCase: ACLED subset, all labels, merged abstention', () => {
  const snippets: Snippet[] = [
    { id: '1', text: 'x', label: 'AIR_STRIKE' },
    { id: '2', text: 'x', label: 'AIR_STRIKE' },
    { id: '3', text: 'x', label: 'GRENADE' },
    { id: '4', text: 'x', label: 'DIPLO' },
  ];
  const records = [
    record('1', [mention({ sub_event_type: 'Air/drone strike' })]),
    record('2', []),
    record('3', [mention({ sub_event_type: 'Air/drone strike' })]),
    record('4', []),
  ];
  const r = scoreCase(snippets, records);
  // ACLED: AIR_STRIKE P 1/2 R 1/2 F1 1/2 (support 2), GRENADE 0 (support 1)
  assert.ok(Math.abs(r.acled.weightedF1 - 1 / 3) < 1e-9, `${r.acled.weightedF1}`);
  assert.equal(r.acled.n, 3);
  assert.equal(r.noneOnAcled, 1);
  assert.equal(r.all.accuracy, 0.25);
  assert.equal(r.allMerged.accuracy, 0.5); // DIPLO with no mention counts as right once merged into none
  assert.deepEqual(r.confusions[0], { gold: 'AIR_STRIKE', pred: 'none', count: 1 });
  assert.equal(r.missing, 0);
});

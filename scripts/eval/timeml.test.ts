import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dctDate, parseTimeml } from './timeml.js';
import { attributes, decodeEntities } from './xml-text.js';

test('decodeEntities and attributes', () => {
  assert.equal(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#65;&#x42; &bogus;'), 'a & b <c> "d" AB &bogus;');
  assert.deepEqual(attributes(' tid="t1" type=\'DATE\' value="2001-02-03"'), { tid: 't1', type: 'DATE', value: '2001-02-03' });
});

// An invented TimeML document.
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03" functionInDocument="CREATION_TIME">20010203</TIMEX3></DCT>
<TEXT>
Sales &amp; profits <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-02-02">yesterday</TIMEX3>, and <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> later<TIMEX3 tid="t3" type="DATE" value="2001"/> too.
</TEXT>
</TimeML>`;

test('parseTimeml strips tags and keeps offsets', () => {
  const d = parseTimeml(TML);
  assert.equal(d.text, '\nSales & profits rose yesterday, and three days later too.\n');
  assert.deepEqual(d.timexes.map((t) => [d.text.slice(t.start, t.end), t.type, t.value]), [['yesterday', 'DATE', '2001-02-02'], ['three days', 'DURATION', 'P3D']]);
  assert.equal(d.dct, '2001-02-03');
  assert.equal(d.emptyTimexes, 1);
  assert.throws(() => parseTimeml('<TimeML></TimeML>'), /expected one <TEXT>/);
});

test('dctDate', () => {
  const cases: [string | null, string | null][] = [['1998-01-08', '1998-01-08'], ['1998-01-08T10:30', '1998-01-08'], ['1998-W02', null], [null, null]];
  for (const [v, want] of cases) assert.equal(dctDate(v), want, String(v));
});

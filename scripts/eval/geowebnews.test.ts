import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GWN_SETS, isArea, median, parseGwn, scoreGwn, scoreGwnArticle, type Toponym } from './geowebnews.js';
import type { PlaceAnn } from './run-annotate.js';

// An invented article: "Troops left Avalon for Brightport &amp; the Avalonian coast."
const XML = `<?xml version="1.0" ?>
<articles>
  <article file="7">
    <title>t</title>
    <text>Troops left Avalon for Brightport &amp; the Avalonian coast.</text>
    <toponyms>
      <toponym><extractedName>Avalon</extractedName><type>Literal</type><modifierType /><start>12</start><end>18</end><latitude>10.0</latitude><longitude>20.0</longitude></toponym>
      <toponym><extractedName>Brightport</extractedName><type>Literal</type><modifierType /><start>23</start><end>33</end><latitude>11.0</latitude><longitude>20.0</longitude></toponym>
      <toponym><extractedName>Avalonian</extractedName><type>Literal_Modifier</type><modifierType>Adjective</modifierType><start>40</start><end>49</end><latitude>10.0</latitude><longitude>20.0</longitude></toponym>
      <toponym><extractedName>Troops</extractedName><type>Non_Lit_Expression</type><modifierType /><start>0</start><end>6</end></toponym>
    </toponyms>
  </article>
</articles>`;

test('parseGwn decodes the text and keeps the offsets', () => {
  const [a] = parseGwn(XML);
  assert.equal(a.id, '7');
  assert.equal(a.text, 'Troops left Avalon for Brightport & the Avalonian coast.');
  for (const t of a.toponyms) assert.equal(a.text.slice(t.start, t.end), t.name);
  assert.deepEqual([a.toponyms[0].lat, a.toponyms[3].lat], [10, null]);
  const shifted = parseGwn(XML.replace("<start>23</start>", "<start>21</start>"))[0];
  assert.equal(shifted.toponyms[1].start, 23); // moved to the nearest occurrence of its name
  assert.equal(shifted.realigned, 1);
});

test('GWN sets', () => {
  const t = (type: string, modifier = ''): Toponym => ({ start: 0, end: 1, name: 'x', type, modifier, lat: null, lon: null });
  const cases: [Toponym, boolean[]][] = [
    [t('Literal'), [true, true, true]],
    [t('Literal_Modifier', 'Noun'), [true, true, true]],
    [t('Mixed', 'Adjective'), [false, false, true]],
    [t('Metonymic'), [false, true, true]],
    [t('Demonym'), [false, false, true]],
    [t('Non_Toponym'), [false, false, false]],
    [t('Literal_Expression'), [false, false, false]],
  ];
  for (const [top, want] of cases) assert.deepEqual(GWN_SETS.map((s) => s.has(top)), want, `${top.type} ${top.modifier}`);
});

const p = (start: number, end: number, lat: number | null = null, lon: number | null = null): PlaceAnn =>
  ({ start, end, text: '', name: 'n', lat, lon, country: null, admin1: null });

test('scoreGwnArticle: recall, precision with ignored predictions, resolution', () => {
  const [a] = parseGwn(XML);
  const literal = GWN_SETS[0].has;
  const cases = [
    { name: 'both found, one far', pred: [p(12, 18, 10, 20.5), p(23, 33, 20, 20)], found: 2, counted: 2, tp: 2, within: 1, withPoint: 2 },
    { name: 'adjective not counted, troops a false positive', pred: [p(40, 49, 0, 0), p(0, 6, 0, 0)], found: 0, counted: 1, tp: 0, within: 0, withPoint: 0 },
    { name: 'no coordinates', pred: [p(12, 18)], found: 1, counted: 1, tp: 1, within: 0, withPoint: 0 },
    { name: 'nothing predicted', pred: [], found: 0, counted: 0, tp: 0, within: 0, withPoint: 0 },
  ];
  for (const c of cases) {
    const s = scoreGwnArticle(a, c.pred, literal);
    assert.deepEqual([s.gold, s.found, s.predCounted, s.predTp, s.pairsWithPoint, s.within161], [2, c.found, c.counted, c.tp, c.withPoint, c.within], c.name);
  }
  const all = scoreGwnArticle(a, [p(40, 49, 10, 20)], GWN_SETS[2].has);
  assert.deepEqual([all.gold, all.found, all.predTp, all.within161], [3, 1, 1, 1]);
});

test('scoreGwn and median', () => {
  const [a] = parseGwn(XML);
  const r = scoreGwn([a, { ...a, id: '8' }], [{ id: '7', places: [p(12, 18, 10, 20)] }]);
  assert.equal(r.missing, 1);
  assert.deepEqual([r.sets[0].score.gold, r.sets[0].score.found], [4, 1]);
  assert.deepEqual(r.byType.find((x) => x.type === 'Literal'), { type: 'Literal', gold: 4, found: 1 });
  assert.deepEqual([median([]), median([3, 1, 2]), median([4, 1, 2, 3])], [null, 2, 2.5]);
});

test('isArea and the resolution of finer places', () => {
  const cases: [string | null, boolean][] = [['PCLI', true], ['ADM1', true], ['RGN', true], ['ADM2', false], ['PPLC', false], ['PPL', false], [null, false]];
  for (const [f, want] of cases) assert.equal(isArea(f), want, String(f));
  const [a] = parseGwn(XML);
  const s = scoreGwnArticle(a, [{ ...p(12, 18, 14, 20), feature: 'PCLI' }, { ...p(23, 33, 11, 20), feature: 'PPL' }], GWN_SETS[0].has);
  assert.deepEqual([s.pairsWithPoint, s.within161, s.finePairs, s.fineWithin161], [2, 1, 1, 1]);
});

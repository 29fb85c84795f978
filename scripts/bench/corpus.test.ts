import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { type City, foldName, loadCities, PLACES_TSV } from './cities.js';
import { generateCorpus, ReportStream, textBytes } from './corpus.js';
import { createRng } from './prng.js';
import { OUTLETS } from './vocabulary.js';

const CITIES: City[] = [
  { name: 'Mosul', country: 'Iraq', cc: 'IQ', admin1: 'Nineveh', population: 1_700_000 },
  { name: 'Basra', country: 'Iraq', cc: 'IQ', admin1: 'Basra', population: 1_300_000 },
  { name: 'Kano', country: 'Nigeria', cc: 'NG', admin1: 'Kano', population: 3_600_000 },
  { name: 'Maiduguri', country: 'Nigeria', cc: 'NG', admin1: 'Borno', population: 800_000 },
  { name: 'Kismayo', country: 'Somalia', cc: 'SO', admin1: 'Lower Juba', population: 230_000 },
  { name: 'Cali', country: 'Colombia', cc: 'CO', admin1: 'Valle del Cauca', population: 2_200_000 },
  { name: 'Lyon', country: 'France', cc: 'FR', admin1: 'Auvergne-Rhone-Alpes', population: 520_000 },
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('bench corpus', () => {
  it('is the same for the same seed and different for another', () => {
    const a = generateCorpus({ cities: CITIES, seed: 'one', bytes: 100_000 });
    const b = generateCorpus({ cities: CITIES, seed: 'one', bytes: 100_000 });
    const c = generateCorpus({ cities: CITIES, seed: 'two', bytes: 100_000 });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a.map((d) => d.text), c.map((d) => d.text));
  });

  for (const bytes of [1, 50_000, 400_000]) {
    it(`reaches ${bytes} bytes of text and stops at the first document past it`, () => {
      const docs = generateCorpus({ cities: CITIES, bytes });
      const sizes = docs.map(textBytes);
      assert.ok(sum(sizes) >= bytes, `expected at least ${bytes}, got ${sum(sizes)}`);
      assert.ok(sum(sizes.slice(0, -1)) < bytes, 'expected the corpus to stop once the size is reached');
    });
  }

  it('produces well-formed documents', () => {
    const docs = generateCorpus({ cities: CITIES, bytes: 600_000 });
    assert.ok(docs.length > 200, `expected hundreds of documents, got ${docs.length}`);
    assert.equal(new Set(docs.map((d) => d.id)).size, docs.length, 'ids are unique');
    assert.equal(new Set(docs.map((d) => d.text)).size, docs.length, 'texts are unique (republications carry other chrome)');
    for (const d of docs) {
      assert.match(d.published ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, d.id);
      assert.ok(OUTLETS.includes(d.source ?? ''), `${d.id}: source ${d.source}`);
      assert.ok(d.title && d.text.length > 40, `${d.id}: title and text`);
      assert.equal(d.language, 'en');
      assert.doesNotMatch(d.text, /[{}]|undefined|NaN|\[object|  /, `${d.id}: leftover template text in\n${d.text}`);
      assert.ok(CITIES.some((c) => d.text.toLowerCase().includes(c.name.toLowerCase())), `${d.id}: names none of the cities`);
      assert.ok(d.text.endsWith('\n') && !d.text.startsWith('\n'), `${d.id}: text ends with one newline`);
    }
    const sizes = docs.map(textBytes).sort((a, b) => a - b);
    assert.ok(sizes[Math.floor(sizes.length / 2)] > 600, `expected report-sized texts, median ${sizes[Math.floor(sizes.length / 2)]} bytes`);
  });

  it('mixes page layouts and boilerplate the clean stage must mark', () => {
    const texts = generateCorpus({ cities: CITIES, bytes: 600_000 }).map((d) => d.text);
    const share = (re: RegExp) => texts.filter((t) => re.test(t)).length / texts.length;
    assert.ok(share(/^(Latest Stories|Related|Most Read|You may also like)$/m) > 0.3, 'related-story lists');
    assert.ok(share(/^(Share this article|Follow us on Twitter|Subscribe to our newsletter)$/m) > 0.2, 'share widgets');
    assert.ok(share(/^[A-Z][A-Z ,0-9().-]+$/m) > 0.03, 'all-caps wire copy');
    assert.ok(share(/\b(killing|killed|dead|wounding|injuring)\b/i) > 0.4, 'casualty phrases');
    assert.ok(share(/\b(protesters|demonstrators|security alert|abducted)\b/i) > 0.15, 'incidents other than attacks');
  });

  it('advances publication dates at a fixed rate per day', () => {
    const stream = new ReportStream({ cities: CITIES, start: '2024-02-28', docsPerDay: 10 });
    const days = Array.from({ length: 25 }, () => stream.next().published!.slice(0, 10));
    assert.deepEqual([days[0], days[9], days[10], days[20], days[24]], ['2024-02-28', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-01']);
  });

  it('rejects an empty city list and a malformed start date', () => {
    assert.throws(() => new ReportStream({ cities: [] }), /expected a list of cities/);
    assert.throws(() => new ReportStream({ cities: CITIES, start: '28/02/2024' }), /expected start as YYYY-MM-DD/);
  });
});

describe('bench PRNG', () => {
  it('stays in bounds and repeats for a seed', () => {
    const r = createRng('x');
    for (let i = 0; i < 1000; i++) { const n = r.int(3, 7); assert.ok(n >= 3 && n <= 7 && Number.isInteger(n)); }
    const seq = (seed: string) => { const g = createRng(seed); return Array.from({ length: 5 }, () => g.next()); };
    assert.deepEqual(seq('a'), seq('a'));
    assert.notDeepEqual(seq('a'), seq('b'));
    assert.equal(new Set(createRng('y').sample([1, 2, 3, 4, 5], 5)).size, 5);
  });
});

describe('bench cities', () => {
  it('folds diacritics the way wire copy writes names', () => {
    assert.equal(foldName('Kandahār'), 'Kandahar');
    assert.equal(foldName('N’dalatando'), "N'dalatando");
  });

  it('reads cities of more than 200,000 people from the gazetteer', { skip: !existsSync(PLACES_TSV) && 'gazetteer not built' }, () => {
    const cities = loadCities();
    assert.ok(cities.length > 1000, `expected over a thousand cities, got ${cities.length}`);
    assert.ok(cities.every((c) => c.population > 200_000 && /^[A-Z]{2}$/.test(c.cc) && c.name.length > 0));
    assert.ok(cities.some((c) => c.name === 'Baghdad' && c.country === 'Iraq'));
    assert.ok(cities.some((c) => c.name === 'Aleppo' && c.country === 'Syria'), 'short country names');
  });
});

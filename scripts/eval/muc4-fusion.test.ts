import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedWords, goldClusters, type GoldTemplate, joinable, notAfterReport, peopleHitTwice, sameGoldIncident } from './muc4-fusion.js';

// Hand-made gold templates: one bombing in one city on one day, named differently by two keys.
const t = (doc: string, people: string[], things: string[], over: Partial<GoldTemplate> = {}): GoldTemplate => ({
  doc, split: 'dev', n: '1', type: 'BOMBING', dates: [{ lo: '1990-03-02', hi: '1990-03-02' }], openDate: false,
  place: ['el salvador', 'santa ana'], people: new Set(people), things: new Set(things), targets: new Set([...people, ...things]), described: new Set(), ...over,
});

describe('MUC-4 gold clusters: sameGoldIncident', () => {
  const cases: { name: string; a: GoldTemplate; b: GoldTemplate; want: boolean }[] = [
    { name: 'the building in one key, the person it killed in the other', a: t('A', [], ['cooperative office']), b: t('B', ['rosa maria ayala'], []), want: true },
    { name: 'two people named, none in common', a: t('A', ['rosa maria ayala'], []), b: t('B', ['pedro luis canas'], []), want: false },
    { name: 'two buildings named, none in common', a: t('A', [], ['cooperative office']), b: t('B', [], ['power pylon']), want: false },
    { name: 'a shared name across kinds', a: t('A', ['rosa maria ayala'], ['cooperative office']), b: t('B', ['rosa maria ayala'], ['power pylon']), want: true },
    { name: 'only the country: a shared name is required', a: t('A', [], ['cooperative office'], { place: ['el salvador'] }), b: t('B', ['rosa maria ayala'], []), want: false },
    // A person is killed once: keys that name them agree whatever level of place they give.
    { name: 'the same person, the city in one key, the university in the other', a: t('A', ['ignacio ruiz canas'], [], { place: ['el salvador', 'san salvador'] }), b: t('B', ['father ignacio ruiz canas'], [], { place: ['el salvador', 'national university'] }), want: true },
    { name: 'the same person, the country only and a date bound', a: t('A', ['ignacio ruiz canas'], [], { place: ['el salvador'], openDate: true, dates: [{ lo: '1990-02-01', hi: '1990-03-03' }] }), b: t('B', ['ignacio ruiz canas'], []), want: true },
    { name: 'the same person, one key without a date', a: t('A', ['ignacio ruiz canas'], [], { place: ['el salvador'], dates: [], undated: true }), b: t('B', ['ignacio ruiz canas'], []), want: true },
    { name: 'the same person, one key with a date we cannot read', a: t('A', ['ignacio ruiz canas'], [], { place: ['el salvador'], dates: [] }), b: t('B', ['ignacio ruiz canas'], []), want: false },
    { name: 'the same person, the country only and a bound seven weeks after the day', a: t('A', ['ignacio ruiz canas'], [], { place: ['el salvador'], openDate: true, dates: [{ lo: '1990-03-21', hi: '1990-04-20' }] }), b: t('B', ['ignacio ruiz canas'], []), want: true },
    { name: 'the same person, a bound before the day', a: t('A', ['ignacio ruiz canas'], [], { place: ['el salvador'], openDate: true, dates: [{ lo: '1990-01-01', hi: '1990-01-31' }] }), b: t('B', ['ignacio ruiz canas'], []), want: false },
    { name: 'the same person, a bound a year later (as a key with no date)', a: t('A', ['ignacio ruiz canas'], [], { place: ['el salvador'], openDate: true, dates: [{ lo: '1991-02-01', hi: '1991-03-03' }] }), b: t('B', ['ignacio ruiz canas'], []), want: true },
    { name: 'no date and no person in common', a: t('A', [], ['cooperative office'], { dates: [] }), b: t('B', [], ['cooperative office']), want: false },
    { name: 'the same person three weeks apart', a: t('A', ['ignacio ruiz canas'], [], { dates: [{ lo: '1990-03-23', hi: '1990-03-23' }] }), b: t('B', ['ignacio ruiz canas'], [], { place: ['el salvador', 'national university'] }), want: false },
    { name: 'a given name written twice is one word in common', a: t('A', ['luis carlos carlos galan'], []), b: t('B', ['carlos ernesto valencia garcia'], [], { place: ['el salvador'] }), want: false },
    { name: 'a surname in common only', a: t('A', ['maria ruiz'], [], { place: ['el salvador'] }), b: t('B', ['ignacio ruiz canas'], []), want: false },
    // Nobody named, but the same distinctive victims described on the same stated day.
    { name: 'the same monks described, the country only', a: t('A', [], [], { place: ['el salvador'], described: new Set(['trappist', 'monk']) }), b: t('B', [], [], { described: new Set(['monk']) }), want: true },
    { name: 'the same monks described on another day', a: t('A', [], [], { place: ['el salvador'], described: new Set(['monk']) }), b: t('B', [], [], { described: new Set(['monk']), dates: [{ lo: '1990-03-03', hi: '1990-03-03' }] }), want: false },
    { name: 'the same monks described, two other people named', a: t('A', ['rosa maria ayala'], [], { described: new Set(['monk']) }), b: t('B', ['pedro luis canas'], [], { described: new Set(['monk']) }), want: false },
    { name: 'the same monks described, places that do not nest', a: t('A', [], [], { place: ['el salvador', 'apopa'], described: new Set(['monk']) }), b: t('B', [], [], { described: new Set(['monk']) }), want: false },
    { name: 'one airport, put in two towns', a: t('A', [], [], { place: ['el salvador', 'ilopango', 'comalapa airport'] }), b: t('B', [], [], { place: ['el salvador', 'san salvador', 'comalapa airport'] }), want: true },
    { name: 'two towns, no building named', a: t('A', [], [], { place: ['el salvador', 'ilopango'] }), b: t('B', [], [], { place: ['el salvador', 'san salvador'] }), want: false },
    { name: 'one report never', a: t('A', [], []), b: t('A', [], []), want: false },
  ];
  for (const c of cases) it(c.name, () => assert.equal(sameGoldIncident(c.a, c.b), c.want));
});

describe('MUC-4 gold clusters: describedWords', () => {
  it('keeps the words that tell victims apart, singular, and drops those said of everyone', () => {
    assert.deepEqual([...describedWords(new Set(['trappist monks', 'women', 'peasants', 'two civilians']))].sort(), ['monk', 'trappist']);
  });
});

describe('MUC-4 gold clusters: a key without a date', () => {
  it('joins the one event of the person it names, not either of two', () => {
    const undated = t('U', ['ignacio ruiz canas'], [], { place: ['el salvador'], dates: [], undated: true });
    const first = t('A', ['ignacio ruiz canas'], []), second = t('B', ['ignacio ruiz canas'], [], { dates: [{ lo: '1990-09-10', hi: '1990-09-10' }] });
    assert.equal(sameGoldIncident(undated, first, peopleHitTwice([first, undated])), true);
    const twice = peopleHitTwice([first, second, undated]);
    assert.deepEqual(twice.map((x) => x.doc).sort(), ['A', 'B']);
    assert.equal(sameGoldIncident(undated, first, twice), false);
    assert.equal(sameGoldIncident(undated, second, twice), false);
  });
});

describe('MUC-4 gold clusters: goldClusters', () => {
  // Three keys of one massacre: A describes the monks and names nobody, B names the abbot, C names the abbot and
  // describes the monks. Complete link puts A and C together and leaves B alone (A and B share nothing to tell them one).
  const monks = (doc: string, people: string[], over: Partial<GoldTemplate> = {}) =>
    t(doc, people, [], { type: 'ATTACK', place: ['el salvador', 'san salvador'], described: new Set(people.length && !over.described ? [] : ['monk']), ...over });
  const a = monks('A', []), c = monks('C', ['tomas ruiz canas'], { described: new Set(['monk']) });
  it('joins two clusters a key links when no key of one conflicts with a key of the other', () => {
    const b = monks('B', ['tomas ruiz canas'], { place: ['el salvador'], openDate: true, dates: [{ lo: '1990-02-01', hi: '1990-03-03' }] });
    const label = goldClusters([a, b, c]);
    assert.equal(new Set(label.values()).size, 1);
  });
  it('a facility named without its town does not conflict with the town', () => {
    const b = monks('B', ['tomas ruiz canas'], { place: ['el salvador', 'santa tecla seminary'] });
    assert.equal(new Set(goldClusters([a, c, b]).values()).size, 2);
    const seminaryAsFacility = monks('B', ['tomas ruiz canas'], { place: ['el salvador', 'national university'] });
    assert.equal(new Set(goldClusters([a, c, seminaryAsFacility]).values()).size, 1);
  });
  it('keeps them apart when a key of one names another person', () => {
    const b = monks('B', ['tomas ruiz canas'], { place: ['el salvador'], openDate: true, dates: [{ lo: '1990-02-01', hi: '1990-03-03' }] });
    const other = monks('D', ['pedro luis ayala'], { place: ['el salvador'], openDate: true, dates: [{ lo: '1990-02-01', hi: '1990-03-03' }] });
    const label = goldClusters([a, other, b, c]);
    assert.notEqual(label.get('B|1'), label.get('D|1'));
  });
});

describe('MUC-4 gold clusters: joinable', () => {
  const bound = { openDate: true, dates: [{ lo: '1990-02-01', hi: '1990-03-03' }] };
  const cases: { name: string; key: GoldTemplate; want: boolean }[] = [
    { name: 'a day of its own, nobody named', key: t('A', [], []), want: true },
    { name: 'only a bound, a person named', key: t('A', ['ignacio ruiz canas'], [], bound), want: true },
    { name: 'only a bound, a building named', key: t('A', [], ['cooperative office'], bound), want: true },
    { name: 'only a bound, victims only described', key: t('A', [], [], { ...bound, described: new Set(['monk']) }), want: false },
    { name: 'no date, a building named', key: t('A', [], ['cooperative office'], { dates: [], undated: true }), want: false },
    { name: 'no date, a person named', key: t('A', ['ignacio ruiz canas'], [], { dates: [], undated: true }), want: true },
    { name: 'no place', key: t('A', ['ignacio ruiz canas'], [], { place: null }), want: false },
  ];
  for (const c of cases) it(c.name, () => assert.equal(joinable(c.key), c.want));
  it('a key it calls unjoinable is the same incident as none of a varied set of keys', () => {
    const others = [t('B', [], []), t('B', [], [], { place: ['el salvador'], described: new Set(['monk']) }), t('B', [], ['cooperative office']),
      t('B', [], [], { ...bound, described: new Set(['monk']) }), t('B', [], [], { dates: [{ lo: '1990-02-20', hi: '1990-02-20' }], described: new Set(['monk']) })];
    for (const c of cases.filter((x) => !x.want)) for (const o of others) assert.equal(sameGoldIncident(c.key, o) || sameGoldIncident(o, c.key), false, c.name);
  });
});

describe('MUC-4 gold clusters: notAfterReport', () => {
  it('reads a key date after the report a year earlier', () => {
    assert.deepEqual(notAfterReport({ lo: '1990-11-16', hi: '1990-11-16' }, '1990-01-19'), { lo: '1989-11-16', hi: '1989-11-16' });
  });
  it('keeps a date on or before the report, and one a year back would not mend', () => {
    assert.deepEqual(notAfterReport({ lo: '1989-11-16', hi: '1989-11-16' }, '1990-01-19'), { lo: '1989-11-16', hi: '1989-11-16' });
    assert.deepEqual(notAfterReport({ lo: '1992-11-16', hi: '1992-11-16' }, '1990-01-19'), { lo: '1992-11-16', hi: '1992-11-16' });
  });
});

describe('MUC-4 fusion items: alignOneToOne', () => {
  it('between mentions equal on date and place, aligns the one naming the key\'s victim', async () => {
    const { alignOneToOne } = await import('./muc4-fusion.js');
    const { mention } = await import('../../src/store/test-fixtures.js');
    const template = { doc: 'A', split: 'dev', n: '1', types: ['ATTACK'], date: null, location: null };
    const person = { name: 'Rosa Maria Ayala', text: 'ROSA MARIA AYALA', type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 16 };
    const aggregate = mention('A#1', { sub_event_type: 'Attack', event_type: 'Violence against civilians' });
    const named = mention('A#2', { sub_event_type: 'Attack', event_type: 'Violence against civilians', victims: [person] });
    const aligned = alignOneToOne([template], [aggregate, named], () => new Set(['rosa maria ayala']));
    assert.equal(aligned.get(template)?.id, 'A#2');
    assert.equal(alignOneToOne([template], [aggregate, named]).get(template)?.id, 'A#1', 'with no name to go by, the first');
    // So does one naming the key's target.
    const hall = mention('A#3', { sub_event_type: 'Attack', event_type: 'Violence against civilians', targets: [{ ...person, name: null, text: 'the union hall of Fenaltex', type: 'building' }] });
    assert.equal(alignOneToOne([template], [aggregate, hall], () => new Set(['union hall of fenaltex'])).get(template)?.id, 'A#3');
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Template } from './muc4.js';
import { alternatives, dateCorrect, goldDateRanges, parseMucDate } from './muc4-slot-dates.js';
import { locationVerdict, normPlace, parseMucLocation } from './muc4-slot-places.js';
import { alignTemplate, scoreMuc4Slots, slotTemplates } from './muc4-slots.js';
import { mention, place, record } from './test-helpers.js';

const dated = (start: string, end = start) => ({ start, end, precision: 'day' as const, text: null, start_offset: null, end_offset: null });

test('alternatives', () => {
  const cases: [string, string[]][] = [
    ['15 JAN 90', ['15 JAN 90']],
    ['(15 JAN 90) / (- 16 JAN 90)', ['15 JAN 90', '- 16 JAN 90']],
    ['? A: B (CITY / TOWN)', ['A: B (CITY / TOWN)']],
    ['(A: B (CITY)) / (A)', ['A: B (CITY)', 'A']],
    ['A / B', ['A', 'B']],
    ['-', []],
  ];
  for (const [fill, want] of cases) assert.deepEqual(alternatives(fill), want, fill);
});

test('parseMucDate and goldDateRanges', () => {
  assert.deepEqual(parseMucDate('5 FEB 90', null), { lo: '1990-02-05', hi: '1990-02-05' });
  assert.deepEqual(parseMucDate('FEB 89', null), { lo: '1989-02-01', hi: '1989-02-28' });
  assert.deepEqual(parseMucDate('05 MARCH', 1991), { lo: '1991-03-05', hi: '1991-03-05' });
  assert.equal(parseMucDate('sometime', 1990), null);
  const cases: [string, { lo: string; hi: string }[], string][] = [
    ['15 JAN 90', [{ lo: '1990-01-15', hi: '1990-01-15' }], 'day'],
    ['- 15 JAN 90', [{ lo: '', hi: '1990-01-15' }], 'on or before'],
    ['-15 JAN 90', [{ lo: '', hi: '1990-01-15' }], 'on or before'],
    ['12 JAN 90 - 15 JAN 90', [{ lo: '1990-01-12', hi: '1990-01-15' }], 'range'],
    ['(12 JAN 90) / (- 15 JAN 90)', [{ lo: '1990-01-12', hi: '1990-01-12' }, { lo: '', hi: '1990-01-15' }], 'alternatives'],
  ];
  for (const [fill, ranges, form] of cases) assert.deepEqual(goldDateRanges(fill, 1990), { ranges, form }, fill);
});

test('dateCorrect: the mention range overlaps a gold alternative', () => {
  const gold = goldDateRanges('- 15 JAN 90', null).ranges;
  const day = goldDateRanges('15 JAN 90', null).ranges;
  const cases = [
    { d: dated('1990-01-10'), g: gold, want: true },
    { d: dated('1990-01-16'), g: gold, want: false },
    { d: dated('1990-01-15'), g: day, want: true },
    { d: dated('1990-01-01', '1990-01-31'), g: day, want: true }, // a month containing the day
    { d: dated('1990-01-14'), g: day, want: false },
    { d: null, g: day, want: false },
  ];
  for (const c of cases) assert.equal(dateCorrect(mention({ date: c.d }), c.g), c.want, JSON.stringify(c.d));
});

test('normPlace and parseMucLocation', () => {
  assert.equal(normPlace('Departamento de Morazán'), 'morazan');
  assert.equal(normPlace('TIRAPA VILLAGE'), 'tirapa');
  assert.equal(normPlace('SAN JOSÉ, C.R.'), 'san jose c r');
  assert.deepEqual(parseMucLocation('NARNIA: NORTH MARCH (DEPARTMENT): FOO (TOWN) - BAR (TOWN)'), [
    [{ name: 'narnia', admin: false }],
    [{ name: 'north march', admin: true }],
    [{ name: 'foo', admin: false }, { name: 'bar', admin: false }],
  ]);
});

test('locationVerdict: strict, any level, country', () => {
  const gold = alternatives('EL SALVADOR: NORTH MARCH (DEPARTMENT): FOO (TOWN)').map(parseMucLocation);
  const at = (p: Parameters<typeof place>[2]) => mention({ location: place(0, 0, p) });
  const cases = [
    { name: 'town', m: at({ name: 'Foo', country: 'SV' }), want: [true, true, true] },
    { name: 'our name with its city in brackets', m: at({ name: 'Foo (Capital City)', precision: 'facility', country: 'SV' }), want: [true, true, true] },
    { name: 'a building in the key\'s town, named with the town in brackets', m: at({ name: 'Police headquarters (Foo)', precision: 'facility', country: 'SV' }), want: [true, true, true] },
    { name: 'a building in another town', m: at({ name: 'Police headquarters (Bar)', precision: 'facility', country: 'SV' }), want: [false, false, true] },
    { name: 'town written differently', m: at({ name: 'Fóo', country: 'GT' }), want: [true, true, false] },
    { name: 'department only', m: at({ name: 'Elsewhere', admin1: 'Departamento de North March', country: 'SV' }), want: [false, true, true] },
    { name: 'a town with the department name is not the department', m: at({ name: 'Bar', admin1: 'Foo', country: 'SV' }), want: [false, false, true] },
    { name: 'country only', m: at({ name: 'El Salvador', precision: 'country', country: 'SV' }), want: [false, false, true] },
    { name: 'no location', m: mention(), want: [false, false, false] },
  ];
  for (const c of cases) {
    const v = locationVerdict(c.m, gold);
    assert.deepEqual([v.strict, v.anyLevel, v.country], c.want, c.name);
  }
  const countryOnly = alternatives('(PERU) / (PERU: LIMA (CITY))').map(parseMucLocation);
  assert.deepEqual(locationVerdict(at({ name: 'Peru', precision: 'country', country: 'PE' }), countryOnly), { strict: true, anyLevel: true, country: true });
});

// Invented answer keys with the slots the scorer reads.
const tpl = (n: string, type: string, date: string, loc: string): Template => ({
  'MESSAGE: TEMPLATE': [n], 'INCIDENT: TYPE': [type], 'INCIDENT: DATE': [date], 'INCIDENT: LOCATION': [loc],
});

test('slotTemplates skips optional and empty templates and empty slots', () => {
  const doc = { id: 'd', split: 'dev', published: '1990-01-20', templates: [
    tpl('1', 'BOMBING', '15 JAN', 'PERU: LIMA (CITY)'),
    tpl('2 (OPTIONAL)', 'ATTACK', '15 JAN 90', 'PERU'),
    tpl('*', '*', '*', '*'),
    tpl('3', 'ATTACK / ARSON', '-', '-'),
  ] };
  const ts = slotTemplates(doc);
  assert.deepEqual(ts.map((t) => [t.n, t.types, t.date?.ranges[0]?.lo ?? null, t.location?.length ?? null]), [
    ['1', ['BOMBING'], '1990-01-15', 1],
    ['3', ['ATTACK', 'ARSON'], null, null],
  ]);
});

test('alignTemplate picks the best mention of the type; scoreMuc4Slots counts', () => {
  const docs = [{ id: 'd', split: 'dev', published: '1990-01-20', templates: [tpl('1', 'BOMBING', '15 JAN 90', 'PERU: LIMA (CITY)'), tpl('2', 'KIDNAPPING', '- 20 JAN 90', 'PERU')] }];
  const bomb = (date: string, name: string) => mention({ sub_event_type: 'Remote explosive/landmine/IED', date: dated(date), location: place(0, 0, { name, country: 'PE' }) });
  const attack = mention({ sub_event_type: 'Attack', date: dated('1990-01-19'), location: place(0, 0, { name: 'Peru', precision: 'country', country: 'PE' }) });
  const ms = [bomb('1990-01-14', 'Lima'), bomb('1990-01-15', 'Cusco'), bomb('1990-01-15', 'Lima'), attack];
  const t = slotTemplates(docs[0])[0];
  assert.equal(alignTemplate(t, ms).mention, ms[2]);
  const r = scoreMuc4Slots(docs, [record('d', ms)]);
  const dev = r.groups.find((g) => g.name === 'dev')!.counts;
  // template 1 fully right; template 2 (KIDNAPPING) has no kidnapping mention, but the attack fits it in "any type"
  assert.deepEqual([dev.templates, dev.withMention, dev.date, dev.locStrict, dev.locCountry, dev.anyTypeDate, dev.anyTypeLoc], [2, 1, 1, 1, 1, 2, 2]);
  assert.deepEqual(dev.byDateForm.get('on or before'), { n: 1, ok: 0 });
  assert.deepEqual(r.groups.map((g) => g.name), ['dev', 'all']);
});

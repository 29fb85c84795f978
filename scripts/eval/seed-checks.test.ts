import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractRecord, Mention } from '../../src/contract/mention.js';
import { checkSeeds, SEED_A, SEED_B } from './seed-checks.js';
import { count, day, ev, mention, place, record } from './test-helpers.js';

// Invented stand-ins for the seed pages: our own sentences around the phrases the checks look for.
const TEXT_A = [
  'Two rockets have struck a warehouse near the river.',
  'A little before, three Katyusha rockets landed in a field.',
  'Earlier a drone strike killed Soleimani, a name we borrow.',
  'Footer line.',
].join('\n');
const TEXT_B = [
  'Widget line.',
  'A missile hit the compound on Saturday.',
  'Two strikes hit a militia camp. Officials said the groups have always pledged to attack bases, adding more.',
  'On Friday, the office warned that gunmen may continue to target them.',
  'Militias have claimed daily drone raids. The tower has been repeatedly attacked by rockets before.',
  'During the war, several attacks took place. Iraq has seen attacks from both sides.',
  'Latest Stories',
  'Bomb hits a school far away',
].join('\n');
const TEXTS = { [SEED_A]: TEXT_A, [SEED_B]: TEXT_B };
const span = (text: string, phrase: string) => {
  const i = text.indexOf(phrase);
  assert.ok(i >= 0, phrase);
  return ev(i, i + phrase.length);
};

const rocketsX = (n: number) => [{ type: 'rocket', text: 'rockets', count: n, start: 0, end: 1 }];
const EMBASSY = place(33.30, 44.40, { precision: 'facility' });

const IRAQ = place(33, 44, { country: 'IQ', precision: 'country' });
const IRAN = place(32, 53, { country: 'IR', precision: 'country' });
const AIRPORT = place(33.262, 44.235, { country: 'IQ', precision: 'facility' });
const ADVISORY = { event_type: 'Strategic developments', sub_event_type: 'Security advisory' };

function good(): { a: Mention[]; b: Mention[] } {
  return {
    a: [
      mention({ id: 'A#1', date: day('2020-01-26'), location: EMBASSY, weapons: rocketsX(3), evidence: [span(TEXT_A, 'rockets have struck')],
        sources: [{ name: 'AFP', via: ['Al Arabiya'], text: '', start: 0, end: 1 }] }),
      mention({ id: 'A#2', date: day('2020-01-26'), location: EMBASSY, weapons: rocketsX(3), evidence: [span(TEXT_A, 'Katyusha')], casualties: count(0) }),
      mention({ id: 'A#3', background: true, date: day('2020-01-22'), injuries: count(0) }),
      mention({ id: 'A#4', sub_event_type: 'Air/drone strike', background: true, location: AIRPORT, fatalities: count(1) }),
      mention({ id: 'A#5', event_type: 'Strategic developments', sub_event_type: 'Other', background: true, location: IRAQ }),
    ],
    b: [
      mention({ id: 'B#1', date: day('2026-03-14'), location: place(33.31, 44.37, { precision: 'facility' }), evidence: [span(TEXT_B, 'missile hit')] }),
      mention({ id: 'B#2', sub_event_type: 'Air/drone strike', date: day('2026-03-14'), location: IRAQ, fatalities: count(3), evidence: [span(TEXT_B, 'Two strikes hit')] }),
      mention({ id: 'B#7', background: true, date: day('2026-02-28'), location: IRAN }),
      // a background strike inside the pledge sentence and an advisory from the hypothetical one are allowed
      mention({ id: 'B#6', sub_event_type: 'Air/drone strike', background: true, date: day('2026-02-28'), location: IRAN, fatalities: count(1, 1, null), evidence: [span(TEXT_B, 'adding more')] }),
      mention({ id: 'B#4', ...ADVISORY, date: day('2026-03-13'), location: IRAQ, evidence: [span(TEXT_B, 'may continue')] }),
      mention({ id: 'B#3', ...ADVISORY, date: day('2026-03-14'), location: IRAQ }),
      mention({ id: 'B#5', event_type: 'Strategic developments', sub_event_type: 'Threat', status: 'threatened', date: day('2026-03-13'), location: IRAQ }),
    ],
  };
}

function failing(a: Mention[], b: Mention[], excludedB = [{ start: 0, end: 12, reason: 'widget' }]): string[] {
  const recs: ExtractRecord[] = [record(SEED_A, a), record(SEED_B, b, { excluded: excludedB })];
  return checkSeeds(recs, TEXTS).filter((c) => !c.extra && !c.pass).map((c) => c.id);
}

test('seed checks: a correct prediction passes everything', () => {
  const { a, b } = good();
  assert.deepEqual(failing(a, b), []);
});

test('seed checks: each fault fails its own check and no other', () => {
  const cases: { name: string; edit: (g: { a: Mention[]; b: Mention[] }) => void; want: string[] }[] = [
    { name: 'A2 missing', edit: (g) => g.a.splice(1, 1), want: ['A2'] },
    { name: 'A2 duplicates A1', edit: (g) => (g.a[1].evidence = g.a[0].evidence), want: ['A2'] },
    { name: 'A1 counts two rockets', edit: (g) => (g.a[0].weapons = rocketsX(2)), want: ['A1'] },
    { name: 'A1 at city precision', edit: (g) => (g.a[0].location = place(33.298, 44.396)), want: ['A1'] },
    { name: 'A1 20 km off', edit: (g) => (g.a[0].location = place(33.298, 44.61, { precision: 'facility' })), want: ['A1'] },
    { name: 'A1 only claimed', edit: (g) => (g.a[0].status = 'claimed'), want: ['A1'] },
    { name: 'A1 wrong day', edit: (g) => (g.a[0].date = day('2020-01-25')), want: ['A1'] },
    { name: 'A1 and A2 merged into one', edit: (g) => g.a.splice(0, 1), want: ['A1'] },
    { name: 'B1 invents a zero death toll', edit: (g) => (g.b[0].fatalities = count(0)), want: ['B1'] },
    { name: 'B1 placed in Basra', edit: (g) => (g.b[0].location = place(30.5, 47.8, { precision: 'facility' })), want: ['B1'] },
    { name: 'B2 wrong toll', edit: (g) => (g.b[1].fatalities = count(2)), want: ['B2'] },
    { name: 'B2 as shelling', edit: (g) => (g.b[1].sub_event_type = 'Shelling/artillery/missile attack'), want: ['B2'] },
    { name: 'A3 injuries unknown', edit: (g) => (g.a[2].injuries = null), want: ['A3'] },
    { name: 'A3 reported as news', edit: (g) => (g.a[2].background = false), want: ['A3'] },
    { name: 'B7 in Iraq', edit: (g) => (g.b[2].location = IRAQ), want: ['B7'] },
    { name: 'B6 in Iraq', edit: (g) => (g.b[3].location = IRAQ), want: ['B6'] },
    { name: 'B6 and B7 told as one strike', edit: (g) => g.b.splice(2, 1), want: ['B7'] },
    { name: 'B6 toll unknown', edit: (g) => (g.b[3].fatalities = null), want: ['B6'] },
    { name: 'A4 placed in the city centre', edit: (g) => (g.a[3].location = place(33.31, 44.37)), want: ['A4'] },
    { name: 'A5 placed in Baghdad', edit: (g) => (g.a[4].location = place(33.31, 44.37, { country: 'IQ' })), want: ['A5'] },
    { name: 'B3 placed at the embassy that issued it', edit: (g) => (g.b[5].location = EMBASSY), want: ['B3'] },
    { name: 'B4 a day late', edit: (g) => (g.b[4].date = day('2026-03-14')), want: ['B4'] },
    { name: 'B5 as an attack', edit: (g) => (g.b[6].status = 'occurred', g.b[6].sub_event_type = 'Attack', g.b[6].event_type = 'Violence against civilians'), want: ['B5'] },
    { name: 'B1 at city precision', edit: (g) => (g.b[0].location = place(33.31, 44.37)), want: ['B1'] },
    { name: 'evidence in boilerplate', edit: (g) => g.b.push(mention({ evidence: [ev(2, 8)] })), want: ['EXCL'] },
    { name: 'headline list', edit: (g) => g.b.push(mention({ background: true, evidence: [span(TEXT_B, 'Bomb hits')] })), want: ['LATEST'] },
    { name: 'pledge as attack', edit: (g) => g.b.push(mention({ evidence: [span(TEXT_B, 'always pledged')] })), want: ['N1'] },
    { name: 'hypothetical as attack', edit: (g) => g.b.push(mention({ evidence: [span(TEXT_B, 'gunmen')] })), want: ['N2'] },
    { name: 'habit as attack', edit: (g) => g.b.push(mention({ evidence: [span(TEXT_B, 'tower')] })), want: ['N4'] },
    { name: 'aggregate as attack', edit: (g) => g.b.push(mention({ sub_event_type: 'Attack', evidence: [span(TEXT_B, 'took place')] })), want: ['N5'] },
  ];
  for (const c of cases) {
    const g = good();
    c.edit(g);
    assert.deepEqual(failing(g.a, g.b), c.want, c.name);
  }
});

test('seed checks: failure details say what was found', () => {
  const g = good();
  g.a[0].date = day('2020-01-25');
  const a1 = checkSeeds([record(SEED_A, g.a), record(SEED_B, g.b)], TEXTS).find((c) => c.id === 'A1')!;
  assert.match(a1.detail, /date\.start 2020-01-26: best fit has 2020-01-25/);
  const none = checkSeeds([], TEXTS);
  assert.match(none.find((c) => c.id === 'A1')!.detail, /no occurred non-background mention of 000_/);
  assert.match(none.find((c) => c.id === 'EXCL')!.detail, /no record/);
  assert.ok(none.filter((c) => !c.extra).every((c) => !c.pass));
});

test('seed checks: extras are marked and scored', () => {
  const g = good();
  const extras = () => Object.fromEntries(checkSeeds([record(SEED_A, g.a), record(SEED_B, g.b)], TEXTS).filter((c) => c.extra).map((c) => [c.id, c.pass]));
  assert.deepEqual(extras(), { 'A2.zero': true, 'A1.sources': true });
  g.a[1].casualties = null;
  g.a[0].sources = [{ name: 'Al Arabiya', via: ['AFP'], text: '', start: 0, end: 1 }];
  assert.deepEqual(extras(), { 'A2.zero': false, 'A1.sources': false });
});

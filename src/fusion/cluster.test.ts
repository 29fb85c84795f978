import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clusterReports } from './cluster.js';
import type { FusionReport } from './report.js';
import { at, day, report } from './test-reports.js';

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}
const ids = (clusters: FusionReport[][]) => clusters.map((c) => c.map((r) => r.mention.id).sort().join('+')).sort();

describe('clusterReports', () => {
  // Two strikes in one city three days apart, and a vague report of "a strike in March" that fits both.
  const baghdad = at('Baghdad', 33.315, 44.366, 'city', 'IQ', 15);
  const reports = [
    report('a', 1, { date: day('2024-03-10'), location: baghdad }),
    report('b', 1, { date: day('2024-03-10'), location: at('Baghdad airport', 33.262, 44.235, 'facility', 'IQ', 2) }),
    report('c', 1, { date: day('2024-03-13'), location: baghdad }),
    report('d', 1, { date: day('2024-03-13'), location: baghdad }),
    report('e', 1, { date: day('2024-03-01', '2024-03-31', 'month'), location: baghdad }),
    report('a', 2, { date: day('2024-03-13'), location: baghdad }), // a's second event: same report as a#1, but it may join c and d
  ];

  it('gives the same incidents in every order of arrival', () => {
    const want = ids(clusterReports(reports));
    for (const p of permutations(reports)) assert.deepEqual(ids(clusterReports(p)), want);
  });

  it('joins reports of one day and place, keeps other days apart, and puts a vague report with the one most like it', () => {
    // e ("in March, in Baghdad") fits both; the 13th's reports all name Baghdad, the 10th's half name the airport.
    assert.deepEqual(ids(clusterReports(reports)), ['a#1+b#1', 'a#2+c#1+d#1+e#1']);
  });

  it('puts a report that fits two incidents with the one more reports support', () => {
    // Three reports of a strike near the airport on the 10th, one of a strike in the city on the 11th (two
    // events: stated days differ), and a report dated only by its publication on the 11th that fits both and
    // is, field by field, more like the city report.
    const airport = at('Baghdad airport', 33.262, 44.235, 'facility', 'IQ', 2);
    const published = { ...day('2024-03-11'), basis: 'publication' as const };
    const fit = [
      report('p', 1, { date: day('2024-03-10'), location: airport }), report('q', 1, { date: day('2024-03-10'), location: airport }),
      report('r', 1, { date: day('2024-03-10'), location: airport }), report('s', 1, { date: day('2024-03-11'), location: baghdad }),
      report('t', 1, { date: published, location: baghdad }),
    ];
    assert.deepEqual(ids(clusterReports(fit)), ['p#1+q#1+r#1+t#1', 's#1']);
  });

  it('lets a report join an incident most of whose reports it fits, unless one of them rules it out', () => {
    // Two reports name the man abducted on the 12th, a third does not; a report on the 15th names him, dated
    // only from context: it fits the two that name him (a named victim bridges the days), not the third.
    const victim = { name: 'Tomas Ruiz Pena', text: 'TOMAS RUIZ PENA', type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 15 };
    const later = { ...day('2024-03-15'), basis: 'context' as const };
    const base = [
      report('g', 1, { date: day('2024-03-12'), location: baghdad, victims: [victim] }),
      report('h', 1, { date: day('2024-03-12'), location: baghdad, victims: [victim] }),
    ];
    const unnamed = report('i', 1, { date: day('2024-03-12'), location: baghdad });
    const late = report('j', 1, { date: later, location: baghdad, victims: [victim] });
    assert.deepEqual(ids(clusterReports([...base, unnamed, late])), ['g#1+h#1+i#1+j#1']);
    // The third names another target than the late one: two events, whatever the others say.
    const hall = { ...victim, name: null, text: 'the Zubaida hall' }, office = { ...victim, name: null, text: 'the Qarawi office' };
    const hit = report('k', 1, { date: day('2024-03-12'), location: baghdad, targets: [hall] });
    const lateHit = report('l', 1, { date: later, location: baghdad, victims: [victim], targets: [office] });
    assert.deepEqual(ids(clusterReports([...base, hit, lateHit])), ['g#1+h#1+k#1', 'l#1']);
  });

  // One report names the man killed (or the hall bombed) on the 12th; three others of that act name nothing. A report
  // dated the 14th (from context, or by its own day) names it too: only the named report bridges the days, yet a
  // person is killed once, and a hall named by words no dictionary holds is bombed once. Without the name it stays
  // apart: the day differs and nothing else ties it.
  const victim = { name: 'Tomas Ruiz Pena', text: 'TOMAS RUIZ PENA', type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 15 };
  const hall = { name: null, text: 'the Zubaida hall', type: null, country: null, attribution: 'reported' as const, start: 0, end: 16 };
  const bridges = [
    { what: 'a victim of the incident', docs: ['m', 'n', 'o', 'p', 'q', 'r'], named: { victims: [victim] }, basis: 'context' as const },
    { what: 'the incident\'s target by its own name', docs: ['s', 't', 'x', 'y', 'z', 'z'], named: { targets: [hall] }, basis: 'publication' as const },
  ];
  for (const { what, docs: [n, u1, u2, u3, l, lu], named: by, basis } of bridges) {
    it(`lets a report that names ${what} join it though most of its reports do not fit`, () => {
      const named = report(n, 1, { date: day('2024-03-12'), location: baghdad, ...by });
      const unnamed = [u1, u2, u3].map((d) => report(d, 1, { date: day('2024-03-12'), location: baghdad }));
      const late = report(l, 1, { date: { ...day('2024-03-14'), basis }, location: baghdad, ...by });
      assert.deepEqual(ids(clusterReports([named, ...unnamed, late])), [[n, u1, u2, u3, l].map((d) => `${d}#1`).join('+')]);
      const lateUnnamed = report(lu, 1, { date: { ...day('2024-03-14'), basis }, location: baghdad });
      assert.deepEqual(ids(clusterReports([named, ...unnamed, lateUnnamed])), [[n, u1, u2, u3].map((d) => `${d}#1`).join('+'), `${lu}#1`]);
    });
  }

  it('lets a report naming the victim by the surname alone join though most of the incident does not fit it', () => {
    // One report names Tomas Quintanilla, killed on the 12th, three others name no one; a report of the 13th,
    // dated by its publication, names only "Quintanilla": the surname stands for him.
    const person = (name: string) => ({ name, text: name.toUpperCase(), type: 'person', country: null, attribution: 'reported' as const, start: 0, end: name.length });
    const named = report('m', 1, { date: day('2024-03-12'), location: baghdad, victims: [person('Tomas Quintanilla')], fatalities: null });
    const unnamed = ['n', 'o', 'p'].map((d) => report(d, 1, { date: day('2024-03-12'), location: baghdad, fatalities: null }));
    const surname = report('q', 1, { date: { ...day('2024-03-13'), basis: 'publication' as const }, location: baghdad, victims: [person('Quintanilla')], fatalities: null });
    assert.deepEqual(ids(clusterReports([named, ...unnamed, surname])), ['m#1+n#1+o#1+p#1+q#1']);
  });

  it('of two mentions of one report, gives the incident the one that names its victim', () => {
    // Reports m and n name the man killed on the 12th. Report k tells two killings: guards killed on the 13th (its
    // first in canonical order) and, dated from its own day, the 14th, the killing of the same man.
    const victim = { name: 'Tomas Ruiz Pena', text: 'TOMAS RUIZ PENA', type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 15 };
    const guards = { name: null, text: 'two guards', type: null, country: null, attribution: 'reported' as const, start: 0, end: 10 };
    const named = ['m', 'n'].map((d) => report(d, 1, { date: day('2024-03-12'), location: baghdad, victims: [victim] }));
    const other = report('k', 3, { date: { ...day('2024-03-13'), basis: 'context' as const }, location: baghdad, victims: [guards] });
    const own = report('k', 1, { date: day('2024-03-14'), location: baghdad, victims: [victim] });
    assert.deepEqual(ids(clusterReports([...named, other, own])), ['k#1+m#1+n#1', 'k#3']);
  });

  it('moves a report placed early to the incident that more of its reports fit', () => {
    // Report a, at the airport and dated from context (a day either way), comes first and is joined by b, at the
    // airport a day later. Reports c, d and e, in the city the day before, fit a but not b: they make an incident of
    // their own. Once all are placed, a fits three reports there against one at home, and moves.
    const airport = at('Baghdad airport', 33.262, 44.235, 'facility', 'IQ', 2);
    const a = report('a', 1, { date: { ...day('2024-03-12'), basis: 'context' as const }, location: airport });
    const b = report('b', 1, { date: day('2024-03-13'), location: airport });
    const city = ['c', 'd', 'e'].map((d) => report(d, 1, { date: day('2024-03-11'), location: baghdad }));
    const want = ['a#1+c#1+d#1+e#1', 'b#1'];
    for (const p of permutations([a, b, ...city])) assert.deepEqual(ids(clusterReports(p)), want);
  });

  it('gives an incident the mention of a report that fits it best, not the first of that report to come', () => {
    // Two reports place the strike of the 12th at the airport. Report u tells it twice: in passing, naming the
    // airport but dated a day early from context (visited first: the most precise place, the earliest day), and
    // in full, in the city, on its stated day. The full account takes the incident; the passing one stays apart.
    const airport = at('Baghdad airport', 33.262, 44.235, 'facility', 'IQ', 2);
    const passing = report('u', 1, { date: { ...day('2024-03-11'), basis: 'context' as const }, location: airport });
    const full = report('u', 2, { date: day('2024-03-12'), location: at('Baghdad', 33.262, 44.235, 'city', 'IQ', 15) });
    const others = [report('v', 1, { date: day('2024-03-12'), location: airport }), report('w', 1, { date: day('2024-03-12'), location: airport })];
    const want = ['u#1', 'u#2+v#1+w#1'];
    for (const p of permutations([passing, full, ...others])) assert.deepEqual(ids(clusterReports(p)), want);
  });

  it('keeps reports naming different victims of one massacre together when a report names both, two of one side', () => {
    // Report a names the abbot, b two of the monks killed with him, c the abbot and the same two monks; all on one
    // day in one city. a and b name no one in common, yet c ties them. When c names the abbot and only one monk,
    // as a report recalling two killings of one day might, it does not: b stays apart.
    const person = (name: string) => ({ name, text: name.toUpperCase(), type: 'person', country: null, attribution: 'reported' as const, start: 0, end: name.length });
    const [abbot, monk1, monk2] = ['Tomas Ruiz Pena', 'Anselmo Garza Rivas', 'Benito Ochoa Lara'].map(person);
    const at12 = (d: string, victims: ReturnType<typeof person>[]) => report(d, 1, { date: day('2024-03-12'), location: baghdad, victims });
    const [a, b] = [at12('a', [abbot]), at12('b', [monk1, monk2])];
    for (const p of permutations([a, b, at12('c', [abbot, monk1, monk2])])) assert.deepEqual(ids(clusterReports(p)), ['a#1+b#1+c#1']);
    assert.deepEqual(ids(clusterReports([a, b, at12('c', [abbot, monk1])])), ['a#1+c#1', 'b#1']);
  });

  it('never merges two mentions of one report, even when everything else agrees', () => {
    assert.deepEqual(ids(clusterReports([report('x', 1), report('x', 2), report('y', 1)])), ['x#1+y#1', 'x#2']);
  });
});

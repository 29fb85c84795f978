import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { count } from '../store/test-fixtures.js';
import { reconcile } from './reconcile.js';
import { originsOf } from './sources.js';
import { at, day, report } from './test-reports.js';

const src = (name: string, via: string[] = [], anonymous = false) => ({ name, via, text: name, start: 0, end: name.length, ...(anonymous ? { anonymous } : {}) });

describe('sources', () => {
  it('counts a citation chain as its origin, an anonymous source as its outlet, a copy as its original', () => {
    assert.deepEqual(originsOf(report('a', 1, { sources: [src('AFP', ['Al Arabiya'])] })), ['afp']);
    assert.deepEqual(originsOf(report('a', 1, { sources: [src('security source', ['Al Sumaria TV'], true)] }, { outlet: 'Al Sumaria TV', originalOutlet: 'Al Sumaria TV' })), ['al sumaria tv']);
    assert.deepEqual(originsOf(report('copy', 1, { sources: [] }, { outlet: 'Mirror Site', originalOutlet: 'Wire One' })), ['wire one']);
    assert.deepEqual(originsOf(report('z', 1, { sources: [] }, { outlet: null, originalOutlet: null, originalHash: 'abcdef0123456789' })), ['doc:abcdef012345']);
  });
});

describe('reconcile', () => {
  const early = report('a', 1, { fatalities: count(3), sources: [src('AFP', ['Al Arabiya'])] }, { published: '2024-03-10' });
  const later = report('b', 1, { fatalities: count(12), sources: [src('Reuters')] }, { published: '2024-03-12' });
  const sameWire = report('c', 1, { fatalities: count(5), sources: [src('AFP')] }, { published: '2024-03-11' });

  it('keeps every source\'s figure and chooses by the rule, naming it', () => {
    const high = reconcile([early, later, sameWire], 'highest');
    assert.equal(high.fatalities?.best, 12);
    assert.deepEqual(high.figures.fatalities.chosen.rule, 'highest');
    assert.equal(high.figures.fatalities.chosen.origin, 'reuters');
    // AFP gave 3 then 5: its latest figure stands for it, once.
    assert.deepEqual(high.figures.fatalities.reported.map((f) => [f.origin, f.count.best]), [['afp', 5], ['reuters', 12]]);
    const low = reconcile([early, later, sameWire], 'lowest');
    assert.equal(low.fatalities?.best, 5);
    assert.equal(low.figures.fatalities.chosen.rule, 'lowest');
  });

  it('counts independent sources once and dates first and last reports', () => {
    const f = reconcile([early, later, sameWire]);
    assert.deepEqual(f.independent_sources, ['afp', 'reuters']);
    assert.equal(f.first_reported, '2024-03-10');
    assert.equal(f.last_updated, '2024-03-12');
  });

  it('leaves an unreported figure null, never 0, and keeps an explicit 0', () => {
    const f = reconcile([report('a', 1, { fatalities: null, injuries: count(0) }), report('b', 1, { fatalities: null, injuries: null })]);
    assert.equal(f.fatalities, null);
    assert.equal(f.injuries?.best, 0);
  });

  it('takes the most precise place and date, news over background, occurred over threatened', () => {
    const f = reconcile([
      report('a', 1, { background: true, status: 'threatened', date: day('2024-03-01', '2024-03-31', 'month'), location: at('Baghdad', 33.3, 44.4) }),
      report('b', 1, { date: day('2024-03-10'), location: at('US Embassy Baghdad', 33.298, 44.396, 'facility', 'IQ', 1) }),
    ]);
    assert.equal(f.location?.precision, 'facility');
    assert.deepEqual(f.date, { start: '2024-03-10', end: '2024-03-10', precision: 'day' });
    assert.equal(f.background, false);
    assert.equal(f.status, 'occurred');
  });

  it('takes the narrowest of equally precise dates, whatever the count', () => {
    const f = reconcile([
      report('a', 1, { background: true, date: day('2024-03-09', '2024-03-11') }),
      report('b', 1, { background: true, date: day('2024-03-09', '2024-03-11') }),
      report('c', 1, { date: day('2024-03-10') }),
    ]);
    assert.deepEqual(f.date, { start: '2024-03-10', end: '2024-03-10', precision: 'day' });
  });

  it('gives the same result in any order', () => {
    assert.deepEqual(reconcile([early, later, sameWire]), reconcile([sameWire, later, early]));
  });
});

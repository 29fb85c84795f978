import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goldFromDoc, type MucDoc, normaliseType, pickSamples, scoreDoc, scoreMuc4, type Template } from './muc4.js';
import { mention, record } from './test-helpers.js';

// Invented answer keys: only the two slots the scorer reads.
const tpl = (n: string, type: string): Template => ({ 'MESSAGE: TEMPLATE': [n], 'INCIDENT: TYPE': [type] });
const NONE = tpl('*', '*');
const doc = (id: string, split: string, ...templates: Template[]): MucDoc => ({ id, split, templates });

test('normaliseType', () => {
  for (const [fill, want] of [['ATTACK', 'ATTACK'], ['? BOMBING', 'BOMBING'], ['?ARSON', 'ARSON'], ['kidnapping: "X"', 'KIDNAPPING']]) {
    assert.equal(normaliseType(fill), want, fill);
  }
});

test('gold relevance', () => {
  const cases = [
    { d: doc('a', 'dev', NONE), want: 'none' },
    { d: doc('b', 'dev', tpl('1', 'ATTACK')), want: 'required' },
    { d: doc('c', 'dev', tpl('1 (OPTIONAL)', 'ATTACK')), want: 'optional' },
    { d: doc('d', 'dev', tpl('1 (OPTIONAL)', 'ATTACK'), tpl('2', 'BOMBING')), want: 'required' },
    { d: doc('e', 'dev', NONE, tpl('2', 'ARSON')), want: 'required' },
  ];
  for (const { d, want } of cases) assert.equal(goldFromDoc(d).relevance, want, d.id);
});

test('scoreDoc: relevance and type pairs', () => {
  const cases = [
    { name: 'hit', d: doc('x', 'dev', tpl('1', 'ATTACK')), pred: ['ATTACK'], rel: [1, 0, 0], ty: [1, 0, 0] },
    { name: 'wrong type', d: doc('x', 'dev', tpl('1', 'ATTACK')), pred: ['BOMBING'], rel: [1, 0, 0], ty: [0, 1, 1] },
    { name: 'miss', d: doc('x', 'dev', tpl('1', 'KIDNAPPING'), tpl('2', 'KIDNAPPING')), pred: [], rel: [0, 0, 1], ty: [0, 0, 1] },
    { name: 'false alarm', d: doc('x', 'dev', NONE), pred: ['ATTACK', 'ARSON'], rel: [0, 1, 0], ty: [0, 2, 0] },
    { name: 'quiet', d: doc('x', 'dev', NONE), pred: [], rel: [0, 0, 0], ty: [0, 0, 0] },
    { name: 'two types, one found', d: doc('x', 'dev', tpl('1', 'ATTACK'), tpl('2', 'BOMBING')), pred: ['ATTACK'], rel: [1, 0, 0], ty: [1, 0, 1] },
    { name: 'optional missed is free', d: doc('x', 'dev', tpl('1 (OPTIONAL)', 'ATTACK')), pred: [], rel: [0, 0, 0], ty: [0, 0, 0] },
    { name: 'optional found counts', d: doc('x', 'dev', tpl('1 (OPTIONAL)', 'ATTACK')), pred: ['ATTACK'], rel: [1, 0, 0], ty: [1, 0, 0] },
    { name: 'type required by one template, optional in another', d: doc('x', 'dev', tpl('1 (OPTIONAL)', 'ARSON'), tpl('2', 'ARSON'), tpl('3', 'ATTACK')), pred: ['ATTACK'], rel: [1, 0, 0], ty: [1, 0, 1] },
    { name: 'alternatives: either satisfies', d: doc('x', 'dev', tpl('1', 'BOMBING / ATTACK')), pred: ['ATTACK'], rel: [1, 0, 0], ty: [1, 0, 0] },
    { name: 'alternatives: none predicted is one miss', d: doc('x', 'dev', tpl('1', 'BOMBING / ATTACK')), pred: ['ARSON'], rel: [1, 0, 0], ty: [0, 1, 1] },
    { name: 'uncertain marker ignored', d: doc('x', 'dev', tpl('1', '? ROBBERY')), pred: ['ROBBERY'], rel: [1, 0, 0], ty: [1, 0, 0] },
  ];
  for (const c of cases) {
    const s = scoreDoc(goldFromDoc(c.d), new Set(c.pred));
    assert.deepEqual([s.relevance.tp, s.relevance.fp, s.relevance.fn], c.rel, `${c.name}: relevance`);
    assert.deepEqual([s.types.tp, s.types.fp, s.types.fn], c.ty, `${c.name}: types`);
  }
});

test('scoreDoc strict: optional templates are required', () => {
  const s = scoreDoc(goldFromDoc(doc('x', 'dev', tpl('1 (OPTIONAL)', 'ATTACK'))), new Set(), true);
  assert.deepEqual([s.relevance.fn, s.types.fn], [1, 1]);
});

test('scoreMuc4: groups, per type, missing records, samples', () => {
  const docs = [
    doc('d1', 'dev', tpl('1', 'ATTACK')),
    doc('d2', 'dev', NONE),
    doc('t1', 'tst1', tpl('1', 'KIDNAPPING')),
    doc('t2', 'tst2', NONE),
  ];
  const records = [
    record('d1', [mention({ sub_event_type: 'Attack' })]),
    record('d2', [mention({ sub_event_type: 'Grenade' })]),
    record('t2', [mention({ sub_event_type: 'Armed clash' })]), // t1 has no record
  ];
  const res = scoreMuc4(docs, records);
  const g = Object.fromEntries(res.groups.map((x) => [x.name, x]));
  assert.deepEqual(Object.keys(g), ['dev', 'tst1+tst2', 'all']);
  assert.deepEqual(g.dev.relevance, { tp: 1, fp: 1, fn: 0 });
  assert.deepEqual(g['tst1+tst2'].relevance, { tp: 0, fp: 0, fn: 1 });
  assert.equal(g['tst1+tst2'].missing, 1);
  assert.deepEqual(g.all.types, { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(g.all.perType.get('BOMBING'), { tp: 0, fp: 1, fn: 0 });
  assert.deepEqual(g.all.perType.get('KIDNAPPING'), { tp: 0, fp: 0, fn: 1 });
  assert.deepEqual(res.samples.map((s) => [s.id, s.kind]), [['d2', 'FP'], ['t1', 'FN']]);
  assert.deepEqual(res.samples[0].predicted, ['BOMBING']);
});

test('pickSamples balances false positives and negatives', () => {
  const cases = [
    { fp: [1, 2, 3, 4, 5, 6], fn: [7, 8, 9, 10, 11, 12], other: [13], n: 10, want: [1, 2, 3, 4, 5, 7, 8, 9, 10, 11] },
    { fp: [1, 2, 3, 4, 5, 6], fn: [7], other: [13], n: 4, want: [1, 2, 3, 7] },
    { fp: [1], fn: [7, 8, 9, 10, 11, 12], other: [], n: 4, want: [1, 7, 8, 9] },
    { fp: [1], fn: [7], other: [13, 14], n: 10, want: [1, 7, 13, 14] },
  ];
  for (const c of cases) assert.deepEqual(pickSamples(c.fp, c.fn, c.other, c.n), c.want, JSON.stringify(c));
});

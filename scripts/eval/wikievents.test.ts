import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildText, goldArgs, predArgs, scoreWeDoc, scoreWikiEvents, type WeDoc } from './wikievents.js';
import { mention, record } from './test-helpers.js';

const actor = (start: number, end: number) => ({ name: null, text: '', type: null, country: null, attribution: 'reported' as const, start, end });

// Invented document: "Rebels shelled the town's depot.\nTwo guards died."
const DOC: WeDoc = {
  doc_id: 'w1',
  tokens: ['Rebels', 'shelled', 'the', 'town', "'s", 'depot', '.', 'Two', 'guards', 'died', '.'],
  sentences: [
    [[['Rebels', 0, 6], ['shelled', 7, 14], ['the', 15, 18], ['town', 19, 23], ["'s", 23, 25], ['depot', 26, 31], ['.', 31, 32]], ''],
    [[['Two', 33, 36], ['guards', 37, 43], ['died', 44, 48], ['.', 48, 49]], ''],
  ],
  entity_mentions: [
    { id: 'T1', start: 0, end: 1 },
    { id: 'T2', start: 2, end: 6 },
    { id: 'T3', start: 8, end: 9 },
    { id: 'T4', start: 3, end: 4 },
  ],
  event_mentions: [
    { event_type: 'Conflict.Attack.Unspecified', arguments: [{ entity_id: 'T1', role: 'Attacker' }, { entity_id: 'T2', role: 'Target' }, { entity_id: 'T4', role: 'Place' }] },
    { event_type: 'Life.Die.Unspecified', arguments: [{ entity_id: 'T3', role: 'Victim' }, { entity_id: 'T1', role: 'Killer' }] },
    { event_type: 'Contact.Contact.Unspecified', arguments: [{ entity_id: 'T3', role: 'Participant' }] },
  ],
};

test('buildText keeps the original spacing and maps tokens to characters', () => {
  const b = buildText(DOC);
  assert.equal(b.text, "Rebels shelled the town's depot.\nTwo guards died.");
  for (const [i, tok] of DOC.tokens.entries()) assert.equal(b.text.slice(b.tokenSpans[i].start, b.tokenSpans[i].end), tok, tok);
  const bare = buildText({ ...DOC, sentences: undefined });
  assert.equal(bare.text, "Rebels shelled the town 's depot . Two guards died .");
});

test('goldArgs maps roles and counts a shared entity once per role', () => {
  const got = goldArgs(DOC).map((g) => `${g.role}:${g.tokens.join(',')}`).sort();
  assert.deepEqual(got, ['Attacker:0', 'Target:2,3,4,5', 'Victim:8']); // Place and Contact ignored; Killer = Attacker
});

test('scoreWeDoc: head-word match per role, one to one', () => {
  const spans = buildText(DOC).tokenSpans;
  const gold = goldArgs(DOC);
  const cases = [
    { name: 'all found', pred: [{ role: 'Attacker', start: 0, end: 6 }, { role: 'Target', start: 26, end: 31 }, { role: 'Victim', start: 33, end: 43 }], tp: 3, fp: 0, fn: 0, id: 3 },
    { name: 'wrong role', pred: [{ role: 'Victim', start: 0, end: 6 }], tp: 0, fp: 1, fn: 3, id: 1 },
    { name: 'two predictions, one gold', pred: [{ role: 'Attacker', start: 0, end: 3 }, { role: 'Attacker', start: 2, end: 6 }], tp: 1, fp: 1, fn: 2, id: 1 },
    { name: 'no overlap', pred: [{ role: 'Target', start: 44, end: 48 }], tp: 0, fp: 1, fn: 3, id: 0 },
  ] as const;
  for (const c of cases) {
    const s = scoreWeDoc(gold, [...c.pred], spans);
    const micro = Object.values(s.perRole).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }));
    assert.deepEqual(micro, { tp: c.tp, fp: c.fp, fn: c.fn }, c.name);
    assert.equal(s.identification.tp, c.id, `${c.name}: identification`);
  }
});

test('predArgs and scoreWikiEvents from extract records', () => {
  const rec = record('w1', [
    mention({ perpetrators: [actor(0, 6)], victims: [actor(37, 43)], weapons: [{ type: 'artillery', text: 'x', count: null, start: 7, end: 14 }] }),
    mention({ perpetrators: [actor(0, 6)] }), // the same span in a second mention counts once
  ]);
  assert.equal(predArgs(rec).length, 3);
  const r = scoreWikiEvents([DOC, { ...DOC, doc_id: 'w2' }], [rec]);
  assert.deepEqual(r.perRole.Attacker, { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(r.perRole.Instrument, { tp: 0, fp: 1, fn: 0 });
  assert.deepEqual(r.micro, { tp: 2, fp: 1, fn: 4 });
  assert.equal(r.missing, 1);
});

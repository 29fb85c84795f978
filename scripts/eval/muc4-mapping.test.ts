import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mucIncidentType, mucTypeOf } from './muc4-mapping.js';
import { ev, mention } from './test-helpers.js';

test('sub_event_type -> MUC-4 type', () => {
  const cases: [string, string | null][] = [
    ['Abduction/forced disappearance', 'KIDNAPPING'],
    ['Remote explosive/landmine/IED', 'BOMBING'],
    ['Suicide bomb', 'BOMBING'],
    ['Grenade', 'BOMBING'],
    ['Attack', 'ATTACK'],
    ['Armed clash', null],
    ['Peaceful protest', null],
    ['Violent demonstration', null],
    ['Arrests', null],
    ['Arson', 'ARSON'],
    ['robbery', 'ROBBERY'],
    ['Security advisory', null],
    ['Something we never heard of', null],
  ];
  for (const [sub, want] of cases) assert.equal(mucTypeOf(mention({ sub_event_type: sub })), want, sub);
});

test('rules that read the mention', () => {
  const loot = (text: string) => mention({ sub_event_type: 'Looting/property destruction', evidence: [{ ...ev(0, 1), text }] });
  const disrupted = (text: string) => mention({ sub_event_type: 'Disrupted weapons use', evidence: [{ ...ev(0, 1), text }] });
  const cases = [
    { m: loot('gunmen set the town hall on fire'), want: 'ARSON' },
    { m: loot('men looted the pharmacy'), want: 'ROBBERY' },
    { m: disrupted('Police defused a bomb left outside the bank.'), want: 'BOMBING' },
    { m: disrupted('Soldiers found two explosive devices under the bridge.'), want: 'BOMBING' },
    { m: disrupted('Troops seized rifles, grenades and explosives from a truck.'), want: null }, // an arms cache
    { m: mention({ sub_event_type: 'Shelling/artillery/missile attack', evidence: [{ ...ev(0, 1), text: 'Mortar rounds hit a market, killing two people.' }], fatalities: { best: 2, low: 2, high: 2, text: 'killing two', start: 0, end: 1 } } as never), want: 'ATTACK' },
    { m: mention({ sub_event_type: 'Shelling/artillery/missile attack', evidence: [{ ...ev(0, 1), text: 'The rebels shelled the villages, the army said.' }] }), want: null }, // nobody said to be hit
    { m: mention({ sub_event_type: 'Shelling/artillery/missile attack', evidence: [{ ...ev(0, 1), text: 'Rebels fired mortars at the army post on the hill.' }] }), want: null },
    { m: mention({ sub_event_type: 'Air/drone strike', evidence: [{ ...ev(0, 1), text: 'Planes bombed houses in the village.' }], targets: [{ name: null, text: 'houses', type: 'object', country: null, attribution: 'reported', start: 0, end: 1 }] } as never), want: 'ATTACK' },
    { m: mention({ sub_event_type: 'Air/drone strike', evidence: [{ ...ev(0, 1), text: 'Jets bombed guerrilla positions on the ridge.' }] }), want: null },
  ];
  for (const { m, want } of cases) assert.equal(mucTypeOf(m), want, `${m.sub_event_type} ${JSON.stringify(m.evidence)} ${JSON.stringify(m.weapons)}`);
});

test('an armed clash counts only when civilians or named people were hit', () => {
  const victim = (text: string, name: string | null = null, type = 'person') => ({ name, text, type, country: null, attribution: 'reported', start: 0, end: 1 });
  const clash = (...victims: ReturnType<typeof victim>[]) => mention({ sub_event_type: 'Armed clash', victims } as never);
  assert.equal(mucTypeOf(clash(victim('a Dutch reporter'))), 'ATTACK');
  assert.equal(mucTypeOf(clash(victim('PEDRO ALVARADO', 'Pedro Alvarado'))), 'ATTACK');
  assert.equal(mucTypeOf(clash(victim('nine guerrillas', null, 'rebel_group'), victim('two soldiers', null, 'military'))), null);
  assert.equal(mucTypeOf(clash()), null);
});

test('only occurred/attempted news mentions count', () => {
  const cases = [
    { p: { status: 'occurred' as const }, want: 'ATTACK' },
    { p: { status: 'attempted' as const }, want: 'ATTACK' },
    { p: { status: 'threatened' as const }, want: null },
    { p: { status: 'hypothetical' as const }, want: null },
    { p: { status: 'claimed' as const }, want: null },
    { p: { status: 'occurred' as const, background: true }, want: null },
  ];
  for (const { p, want } of cases) assert.equal(mucIncidentType(mention({ sub_event_type: 'Attack', ...p })), want, JSON.stringify(p));
});

test('a threat of violence counts as a threatened ATTACK, other threats do not', () => {
  const threat = (text: string, background = false) =>
    mention({ event_type: 'Strategic developments', sub_event_type: 'Threat', status: 'threatened', background, evidence: [{ start: 0, end: text.length, text }] });
  assert.equal(mucIncidentType(threat('The group threatened to kill ten judges.')), 'ATTACK');
  assert.equal(mucIncidentType(threat('The union threatened to call a strike.')), null);
  assert.equal(mucIncidentType(threat('They threatened to bomb the offices.', true)), null);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, Mention } from '../../contract/mention.js';
import type { ActorSpan } from '../../doc/doc.js';
import { addReportGroup, reportGroup, saysUnclaimed } from './perpetrator-group.js';

const span = (name: string, text: string, start: number, type = 'rebel_group', generic = false): ActorSpan =>
  ({ start, end: start + text.length, text, name, type, country: null, generic });
const people = (text: string, name: string | null = 'Unidentified Guerrillas'): Actor =>
  ({ name, text, type: 'rebel_group', country: null, attribution: 'reported', start: 0, end: text.length });
const mention = (sub: string, perpetrators: Actor[]) => ({ sub_event_type: sub, perpetrators } as unknown as Mention);

test('reportGroup: the one rebel group a report names, none when it names two or only its excluded parts do', () => {
  const front = span('Red Dawn Front', 'RED DAWN FRONT', 10);
  const alias = span('Red Dawn Front', 'RDF', 200);
  const other = span('Blue River Army', 'BLUE RIVER ARMY', 300);
  const army = span('Military Forces of Ruritania', 'RURITANIAN ARMY', 400, 'state_forces');
  const cases: [ActorSpan[], { start: number; end: number }[], string | null][] = [
    [[front, alias, army], [], 'Red Dawn Front'],
    [[front, other], [], null],
    [[front, other], [{ start: 290, end: 330 }], 'Red Dawn Front'],
    [[army, span('Unidentified Guerrillas', 'GUERRILLAS', 50, 'rebel_group', true)], [], null],
  ];
  for (const [actors, excluded, want] of cases) assert.equal(reportGroup(actors, excluded)?.name ?? null, want);
});

test('addReportGroup: fighters written without their group, or a bombing with no one named, get the report group', () => {
  const front = span('Red Dawn Front', 'RED DAWN FRONT', 10);
  const cases: [Mention, boolean][] = [
    [mention('Attack', [people('URBAN GUERRILLAS')]), true],
    [mention('Remote explosive/landmine/IED', []), true],
    // Burning property, like a bomb, is the front's way.
    [mention('Looting/property destruction', []), true],
    // Nobody named in a shooting: the report's group is no more likely than anyone else.
    [mention('Attack', []), false],
    // Soldiers, or a named person, are not the front's fighters.
    [mention('Attack', [people('SOLDIERS', 'Unspecified Military Forces')]), false],
    [mention('Attack', [people('GUERRILLAS'), { ...people('JUAN PEREZ', 'Juan Perez'), type: 'person' }]), false],
  ];
  for (const [m, want] of cases) {
    addReportGroup(m, front);
    assert.equal(m.perpetrators.some((a) => a.name === 'Red Dawn Front'), want, JSON.stringify(m));
  }
});

test('addReportGroup: a bombing the report calls unclaimed gets no group', () => {
  const front = span('Red Dawn Front', 'RED DAWN FRONT', 10);
  for (const [text, want] of [['No group has yet claimed the blast.', true], ['Nobody was hurt in the blast.', false], ['The front claimed it.', false]] as const) {
    assert.equal(saysUnclaimed(text), want, text);
    const m = mention('Remote explosive/landmine/IED', []);
    addReportGroup(m, front, saysUnclaimed(text));
    assert.equal(m.perpetrators.some((a) => a.name === 'Red Dawn Front'), !want, JSON.stringify(m));
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc } from '../../extract.js';

const only = (text: string) => {
  const incidents = extractDoc({ id: 't', text, published: '2024-03-12' }).incidents;
  assert.equal(incidents.length, 1, text);
  return incidents[0];
};

test('a sentence with no incident of its own adds who did it and what was hit', () => {
  const m = only('A bomb exploded outside the tax office in Lima on Monday, wounding two guards. '
    + 'The windows of a nearby bank were damaged. The device had been placed by two young men.');
  assert.deepEqual(m.targets.map((a) => a.text), ['tax office', 'nearby bank']);
  assert.deepEqual(m.perpetrators.map((a) => a.text), ['two young men']);
});

test('a sentence whose incident words are not news, or that names no thing hit, adds nothing', () => {
  const m = only('A bomb exploded outside the tax office in Lima on Monday, wounding two guards. '
    + 'The ambulances took the wounded to two hospitals. The rebels have repeatedly attacked banks in the past. '
    + 'The talks were hit by the news.');
  assert.deepEqual(m.targets.map((a) => a.text), ['tax office']);
  assert.deepEqual([m.perpetrators, m.victims.map((a) => a.text)], [[], ['guards']]);
});

test('a sentence before any incident adds who did it to the incident told next, not what was hit', () => {
  const text = 'The device had been placed by two young men, police say. The windows of a nearby bank were damaged. '
    + 'A bomb exploded outside the tax office in Lima on Monday, wounding two guards.';
  for (const t of [text, text.toUpperCase()]) {
    const m = only(t);
    const up = (s: string) => (t === text ? s : s.toUpperCase());
    assert.deepEqual(m.perpetrators.map((a) => a.text), [up('two young men')], t);
    assert.deepEqual(m.targets.map((a) => a.text), [up('tax office')], t);
  }
});

test('a person named beside an attack is hurt in it unless the report quotes that person elsewhere', () => {
  const lead = 'GUNMEN ATTACKED A BUS NEAR CUZCO YESTERDAY IN WHICH MAYOR OSWIN VARGUERA WAS TRAVELLING. ';
  const quoted = lead + 'VARGUERA DENIED THAT THE POLICE HAD BEEN WARNED.';
  const names = (t: string) => only(t).victims.filter((v) => v.type === 'person' && v.name).map((v) => v.text);
  assert.deepEqual(names(lead), ['OSWIN VARGUERA']);
  assert.deepEqual(names(quoted), []);
});

test('a person a wire header names (the reporter, the one interviewed) is not hurt in the attack told below', () => {
  const names = (t: string) => only(t).victims.filter((v) => v.type === 'person' && v.name).map((v) => v.text);
  assert.deepEqual(names('LIMA, 2 MAR 89 (RADIO) -- [REPORT] [RIGOBERTO ANSUELA] [TEXT] GUNMEN ATTACKED A BUS NEAR CUZCO YESTERDAY.'), []);
  assert.deepEqual(names('LIMA, 2 MAR 89 (RADIO) -- [TEXT] GUNMEN ATTACKED A BUS NEAR CUZCO YESTERDAY IN WHICH RIGOBERTO ANSUELA WAS TRAVELLING.'), ['RIGOBERTO ANSUELA']);
});

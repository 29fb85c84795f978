import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc } from '../../extract.js';

const incidents = (text: string) => extractDoc({ id: 't', text, published: '2024-03-12' }).incidents;

test('burning property keeps who did it and what was burned', () => {
  const [burning] = incidents('Armed men set fire to a grocery store on Monday.');
  assert.equal(burning.sub_event_type, 'Looting/property destruction');
  assert.deepEqual(burning.targets.map((a) => a.text), ['grocery store']);
  assert.deepEqual(burning.perpetrators.map((a) => a.text), ['Armed men']);
});

test('a decision has no targets or victims', () => {
  for (const m of incidents('The rebels agreed on Monday to a ceasefire with the army.')) {
    if (m.event_type !== 'Strategic developments') continue;
    assert.deepEqual([m.targets, m.victims], [[], []]);
  }
});

test('a threat is dated when it was made, not by the act it threatens or the incidents before it', () => {
  const text = 'Militants have attacked polling stations in the region since 2019. The group has threatened to attack voters ahead of elections later this year.';
  const threat = incidents(text).find((m) => m.sub_event_type === 'Threat');
  assert.ok(threat, 'a threat');
  assert.deepEqual([threat.date?.start, threat.date?.basis], ['2024-03-12', 'publication']);
});

test('attacks "reported in" a list of places are one incident per place, not a kind of act', () => {
  const found = incidents('The ministry gave no figures. Attacks on voting tables were reported in Kandahar, Herat and Kunduz.');
  assert.deepEqual(found.map((m) => m.location?.text).sort(), ['Herat', 'Kandahar', 'Kunduz']);
});

test('a known victim\'s country places the incident only when its context gives no place in that country', () => {
  // The persons lexicon knows Luis Carlos Galan as Colombian; neither sentence about his killing names a place.
  const dated = (dateline: string) => incidents(`${dateline}, 12 MAR 24 (WIRE) -- Police said today that the gunmen who killed Luis Carlos Galan were paid by a cartel.`)
    .find((m) => m.victims.some((v) => v.name === 'Luis Carlos Galan'));
  const bogota = dated('BOGOTA');
  assert.deepEqual([bogota?.location?.name, bogota?.location?.precision], ['Bogotá', 'city']);
  const washington = dated('WASHINGTON');
  assert.deepEqual([washington?.location?.country, washington?.location?.precision, washington?.location?.basis], ['CO', 'country', 'context']);
});

test('an act named as known, with no day of its own, takes the day the report gives it when it refers back to it', () => {
  const text = 'QUITO, 12 MAR 24 (EFE) -- The interior minister announced that the names of those behind the murder of four monks will be made public. '
    + 'He said the crime perpetrated on 14 January at the seminary was planned for weeks. The president announced on Sunday that soldiers took part.';
  const [murder] = incidents(text);
  assert.deepEqual([murder.date?.start, murder.date?.basis], ['2024-01-14', 'context']);
});

test('news told in the lead keeps the day of the report, not an older act the report refers back to', () => {
  const text = 'QUITO, 12 MAR 24 (EFE) -- Gunmen killed four monks at a seminary yesterday. '
    + 'The police said the attack carried out on 14 January at a school was the work of the same gang.';
  const killing = incidents(text).find((m) => m.evidence[0].text.includes('monks'));
  assert.ok(killing);
  assert.equal(killing.date?.start, '2024-03-11');
});

test('an act named as known takes the day of the victims the report refers back to', () => {
  const text = 'QUITO, 12 MAR 24 (EFE) -- The bishop wrote a letter about the case of the murdered monks. The letter is addressed '
    + 'to the editor of a daily paper. It asks for a correction. It is signed by the bishop and two priests. The paper had '
    + 'published two articles on the four monks who were shot on 14 January.';
  const found = incidents(text);
  assert.equal(found.length, 1, 'the lead and the reference back are one act');
  assert.equal(found[0].date?.start, '2024-01-14');
});

test('the victims referred back to may stand apart from their verb', () => {
  const text = 'QUITO, 12 MAR 24 (EFE) -- The interior minister, investigating the murder of four monks, said the inquiry goes on. '
    + 'The monks, two of them foreigners, were killed on 14 January by men in uniform.';
  const found = incidents(text);
  assert.equal(found.length, 1, 'the lead and the reference back are one act');
  assert.equal(found[0].date?.start, '2024-01-14');
});

test('an act named as known, dated only by the day of a saying, takes the day the report gives it', () => {
  const said = 'QUITO, 12 MAR 24 (EFE) -- A retired general today said that the masters of the four monks\' murder sit high in the army. '
    + 'He said those behind this crime, which took place on 14 January, must be punished.';
  const [murder] = incidents(said);
  assert.deepEqual([murder.date?.start, murder.background], ['2024-01-14', false]);
  // Told after the act: "... before the killing, the colonel told the press today".
  const told = 'QUITO, 12 MAR 24 (EFE) -- Soldiers had searched the seminary two days before the killing, the colonel told the press today. '
    + 'Detectives are looking into the deaths of the monks who were shot on 14 January.';
  const found = incidents(told);
  assert.equal(found.length, 1, 'the saying and the act referred back to are one act');
  assert.equal(found[0].date?.start, '2024-01-14');
  // With no day of the act anywhere in the report, the saying's day stays.
  const [alone] = incidents('QUITO, 12 MAR 24 (EFE) -- A retired general today said that the masters of the four monks\' murder sit high in the army.');
  assert.deepEqual([alone.date?.start, alone.date?.basis], ['2024-03-12', 'reaction'], 'the murder happened on or before that day');
  // The case named first with no day, the saying next: the day the act takes from the saying is still the saying's.
  const lead = 'QUITO, 12 MAR 24 (EFE) -- The bishops welcomed the inquiry into the case of the murdered monks. '
    + 'A retired general today said that the inquiry into the murder of the four monks must go on.';
  const [known] = incidents(lead);
  assert.deepEqual([known.date?.start, known.date?.basis], ['2024-03-12', 'reaction']);
});

test('"minutes after the killing" is when something else happened: its place and the people named there are not the act\'s', () => {
  const text = 'BOGOTA, 12 MAR 90 (WIRE) -- Gunmen killed Mayor Ana Lucia Torres today. Minutes after the killing the police traced a phone call of Juan Perez Gomez in Cali.';
  for (const t of [text, text.toUpperCase()]) {
    const [killing] = incidents(t).filter((m) => m.sub_event_type === 'Attack');
    assert.deepEqual(killing.victims.map((v) => v.name), ['Ana Lucia Torres'], t);
    assert.notEqual(killing.location?.name, 'Cali', t);
  }
});

test('attacks counted by the dead they claimed give one act per person named among the dead', () => {
  const text = 'BOGOTA, 29 AUG 89 (WIRE) -- Seven bombs exploded in Bogota early this morning. The offensive began two weeks ago after '
    + 'several brutal attacks that took the lives of party leader Ana Lucia Torres, a senior police officer and a judge.';
  for (const t of [text, text.toUpperCase()]) {
    const found = extractDoc({ id: 't', text: t, published: '1989-08-29' }).incidents.filter((m) => m.sub_event_type === 'Attack');
    assert.deepEqual(found.map((m) => [m.victims.map((v) => v.name), m.background]), [[['Ana Lucia Torres'], true]], t);
  }
});

test('"the explosion" told after a device that failed to go off is the bomb that went off before it', () => {
  const text = 'QUITO, 12 MAR 24 (EFE) -- Overnight a bomb wrecked an office of the land bank in the capital. '
    + 'At the same time another explosive device hurled at the farm credit office, by the town hall, failed to go off. '
    + 'The explosion, in which nobody was hurt, happened at 0130 GMT.';
  const found = incidents(text);
  const failed = found.find((m) => m.status === 'attempted');
  assert.ok(failed, 'the device that failed to go off is an attempt');
  assert.equal(failed.evidence.length, 1, 'the explosion is not its own');
  assert.ok(found.some((m) => m.status === 'occurred' && m.evidence.some((e) => /nobody was hurt/.test(e.text))));
});

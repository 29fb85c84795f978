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

test('joinBackgroundRetelling: a background sentence that names the same person hurt gives its roles to the news incident', async () => {
  const { joinBackgroundRetelling } = await import('./attach-roles.js');
  const person = (name: string) => ({ name, text: name.toUpperCase(), type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 1 });
  const people = (text: string) => ({ name: null, text, type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 1 });
  const draft = (background: boolean, victims: ReturnType<typeof person>[], perpetrators: ReturnType<typeof people>[]) =>
    ({ mention: { background, event_type: 'Violence against civilians', perpetrators, targets: [], victims, weapons: [] }, contextDate: false, sentence: 0, generic: false }) as unknown as Parameters<typeof joinBackgroundRetelling>[0][number];
  const news = draft(false, [person('Oswin Varguera')], []);
  const retold = draft(true, [person('Oswin Varguera'), person('Febe Quintal')], [people('THREE YOUNG MEN')]);
  const other = draft(true, [person('Amparo Velasco')], [people('SOLDIERS')]);
  joinBackgroundRetelling([news, retold, other]);
  assert.deepEqual(news.mention.perpetrators.map((a) => a.text), ['THREE YOUNG MEN']);
  assert.deepEqual(news.mention.victims.map((a) => a.text), ['OSWIN VARGUERA', 'FEBE QUINTAL']);
});

test('joinBackgroundRetelling: told again for the same day, only who did it and who was hurt join', async () => {
  const { joinBackgroundRetelling } = await import('./attach-roles.js');
  const actor = (text: string, type: string) => ({ name: null, text, type, country: null, attribution: 'reported' as const, start: 0, end: 1 });
  const day = { start: '1990-03-02', end: '1990-03-02', precision: 'day' };
  const draft = (background: boolean, perpetrators: ReturnType<typeof actor>[], targets: ReturnType<typeof actor>[]) =>
    ({ mention: { background, event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED', date: day, perpetrators, targets, victims: [], weapons: [] }, contextDate: false, sentence: 0, generic: false }) as unknown as Parameters<typeof joinBackgroundRetelling>[0][number];
  const news = draft(false, [], [actor('BANK', 'object')]);
  joinBackgroundRetelling([news, draft(true, [actor('URBAN COMMANDOS', 'person')], [actor('BUS', 'object')])]);
  assert.deepEqual([news.mention.perpetrators.map((a) => a.text), news.mention.targets.map((a) => a.text)], [['URBAN COMMANDOS'], ['BANK']]);
});

test('joinBackgroundRetelling: told again for the same town, who did it joins; for the whole country, or a town carried over, nothing', async () => {
  const { joinBackgroundRetelling } = await import('./attach-roles.js');
  const actor = (text: string) => ({ name: null, text, type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 1 });
  const place = (name: string, precision: string, basis = 'stated') => ({ name, precision, geonames_id: 1, basis });
  const draft = (background: boolean, location: ReturnType<typeof place>, perpetrators: ReturnType<typeof actor>[]) =>
    ({ mention: { background, event_type: 'Violence against civilians', sub_event_type: 'Attack', date: null, location, perpetrators, targets: [], victims: [], weapons: [] }, contextDate: false, sentence: 0, generic: false }) as unknown as Parameters<typeof joinBackgroundRetelling>[0][number];
  const town = draft(false, place('Portovelo', 'city'), []);
  joinBackgroundRetelling([town, draft(true, place('Portovelo', 'city'), [actor('HOODED MEN')])]);
  assert.deepEqual(town.mention.perpetrators.map((a) => a.text), ['HOODED MEN']);
  const country = draft(false, place('Ruritania', 'country'), []);
  joinBackgroundRetelling([country, draft(true, place('Ruritania', 'country'), [actor('HOODED MEN')])]);
  assert.deepEqual(country.mention.perpetrators, []);
  // "A guard was shot in Portovelo. After the murder of X last month, ...": the town is the sentence before's.
  const carried = draft(false, place('Portovelo', 'city'), []);
  joinBackgroundRetelling([carried, draft(true, place('Portovelo', 'city', 'context'), [actor('HOODED MEN')])]);
  assert.deepEqual(carried.mention.perpetrators, []);
});

test('a lead naming the dead gives the victims of the first attack told a few sentences on', () => {
  const text = 'BOGOTA, 22 MAR 90 (WIRE) -- Tension prevailed tonight after the body of candidate Ana Lucia Torres was taken to Congress, where she will lie in state. '
    + 'Bars were ordered shut for two days. Schools will close tomorrow. The cabinet held an emergency session. '
    + 'The defence minister said a drug ring ordered the assassination.';
  for (const t of [text, text.toUpperCase()]) {
    const [attack] = extractDoc({ id: 't', text: t, published: '1990-03-22' }).incidents;
    assert.deepEqual(attack?.victims.map((v) => v.name), ['Ana Lucia Torres'], t);
  }
});

test('a sentence dating what it tells months before the incident adds no one to it', () => {
  const text = 'ORURO, 29 JUN 89 (EFE) -- A LAWYER SAID TODAY THAT FOUR YOUTHS STAND ACCUSED OF THE KILLING OF TWO MISSIONARIES. '
    + 'THE KILLINGS TOOK PLACE IN ORURO ON 24 MAY. AN ARMED FRONT CLAIMED THE KILLING OF THE TWO MISSIONARIES. '
    + 'THE FRONT HAD ALSO CLAIMED THE ATTACK ON OSWIN VARGUERA DURING HIS TRIP TO ORURO IN AUGUST 1988.';
  const incidents = extractDoc({ id: 't', text, published: '1989-06-29' }).incidents;
  const killing = incidents.find((m) => !m.background && m.sub_event_type === 'Attack');
  assert.ok(killing, JSON.stringify(incidents.map((m) => m.date)));
  assert.deepEqual([killing.date?.start, killing.victims.filter((v) => v.name).map((v) => v.name)], ['1989-05-24', []]);
});

test('the one act of its kind told as news, with nothing of its own, is the act the report names as known', () => {
  const text = 'SAN SALVADOR, 16 JUN 89 (RADIO) -- AFTER A CEREMONY AT A HOTEL, THE PRESIDENT TOOK QUESTIONS ON THE COMMUNIQUE OF THE FRONT '
    + 'DENYING ANY ROLE IN THE MURDER OF PLANNING MINISTER OSWIN VARGUERA LODI. IN THE COMMUNIQUE, THE FRONT SAID NONE OF ITS MEN HAD '
    + 'A HAND IN IT. THE PRESIDENT SAID: THEY WANT A WAY OUT OF THE TROUBLE CAUSED BY THE ASSASSINATION OF AN OLD, DEFENCELESS MAN.';
  const news = extractDoc({ id: 't', text, published: '1989-06-16' }).incidents.filter((m) => !m.background);
  assert.deepEqual(news.map((m) => m.victims.map((v) => v.name)), [['Oswin Varguera Lodi']]);
});

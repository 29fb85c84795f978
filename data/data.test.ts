// Validates data/facilities.json and data/actors.json: schema, value ranges, alias collisions that would make
// the phrase index pick an arbitrary entry, and the seed entries the two model reports depend on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const load = (f: string): any[] => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const facilities = load('facilities.json');
const actors = load('actors.json');

// Same comparison key as the phrase index (src/gazetteer/normalize.ts plus its leading-"the" strip), kept
// local so this test does not depend on code that may move.
const key = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘`]/g, "'")
  .replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim().replace(/^the /, '');
const ISO2 = /^[A-Z]{2}$/;
const KINDS: Record<string, [number, number]> = { // radius_km range per kind, to catch typos
  embassy: [0.1, 1], building: [0.1, 1], government: [0.1, 1.5], market: [0.1, 1.5], camp: [0.3, 4], district: [0.3, 8],
  airport: [1, 6], military_base: [0.5, 8], border_crossing: [0.3, 3], port: [0.5, 8], infrastructure: [0.5, 12],
  strait: [20, 100], region: [20, 100],
};
const ACTOR_TYPES = ['rebel_group', 'state_forces', 'militia', 'government', 'political_party', 'civilians', 'police',
  'international_org', 'identity_militia', 'media', 'other'];

function checkAliasList(where: string, list: unknown): asserts list is string[] {
  assert.ok(Array.isArray(list), `${where}: expected an array, got ${typeof list}`);
  for (const a of list) {
    assert.ok(typeof a === 'string' && a.trim() === a && a !== '', `${where}: expected a non-empty trimmed string, got ${JSON.stringify(a)}`);
    assert.ok(!/^the /i.test(a), `${where}: "${a}" starts with "the", which the phrase index strips; write it without`);
  }
}
function noDuplicates(where: string, list: string[]): void {
  const seen = new Set<string>();
  for (const a of list) { assert.ok(!seen.has(key(a)), `${where}: "${a}" is listed twice`); seen.add(key(a)); }
}
function allowedKeys(where: string, e: object, keys: string[]): void {
  for (const k of Object.keys(e)) assert.ok(keys.includes(k), `${where}: unexpected field "${k}"`);
}

test('facilities: every entry has the schema and sane values', () => {
  assert.ok(facilities.length >= 123, `expected at least 123 facilities, got ${facilities.length}`);
  const ids = new Set<string>();
  for (const f of facilities) {
    const w = `facility ${f.id}`;
    allowedKeys(w, f, ['id', 'name', 'kind', 'country', 'admin1', 'city', 'lat', 'lon', 'radius_km', 'aliases', 'context_aliases', 'requires_city', 'source', 'note']);
    assert.match(f.id, /^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$/, `${w}: bad id`);
    assert.equal(f.id.slice(0, 2), f.country.toLowerCase(), `${w}: id prefix should be the country code`);
    assert.ok(!ids.has(f.id), `${w}: duplicate id`); ids.add(f.id);
    assert.ok(typeof f.name === 'string' && f.name.trim() !== '', `${w}: name`);
    assert.ok(f.kind in KINDS, `${w}: kind "${f.kind}" not one of ${Object.keys(KINDS).join(', ')}`);
    assert.match(f.country, ISO2, `${w}: country`);
    for (const k of ['admin1', 'city']) assert.ok(f[k] === null || (typeof f[k] === 'string' && f[k] !== ''), `${w}: ${k} must be a string or null`);
    assert.ok(typeof f.lat === 'number' && f.lat >= -90 && f.lat <= 90, `${w}: lat ${f.lat}`);
    assert.ok(typeof f.lon === 'number' && f.lon >= -180 && f.lon <= 180, `${w}: lon ${f.lon}`);
    const [lo, hi] = KINDS[f.kind];
    assert.ok(typeof f.radius_km === 'number' && f.radius_km > 0, `${w}: radius_km must be > 0`);
    assert.ok(f.radius_km >= lo && f.radius_km <= hi, `${w}: radius_km ${f.radius_km} outside ${lo}-${hi} for ${f.kind}`);
    checkAliasList(`${w} aliases`, f.aliases);
    assert.ok(f.aliases.length > 0, `${w}: expected at least one alias`);
    checkAliasList(`${w} context_aliases`, f.context_aliases);
    noDuplicates(w, [f.name, ...f.aliases, ...f.context_aliases]);
    assert.equal(typeof f.requires_city, 'boolean', `${w}: requires_city`);
    assert.equal(f.requires_city, f.context_aliases.length > 0, `${w}: requires_city must be true exactly when there are context_aliases`);
    if (f.requires_city) assert.ok(f.city, `${w}: context aliases need a city`);
    assert.ok(typeof f.source === 'string' && f.source !== '', `${w}: source`);
    if ('note' in f) assert.ok(typeof f.note === 'string' && f.note !== '', `${w}: note`);
  }
});

test('facilities: no alias resolves to two places', () => {
  const plain = new Map<string, string>();
  for (const f of facilities) for (const a of [f.name, ...f.aliases]) {
    const k = key(a);
    assert.ok(!plain.has(k) || plain.get(k) === f.id, `"${a}" is an alias of both ${plain.get(k)} and ${f.id}`);
    plain.set(k, f.id);
  }
  const contextual = new Map<string, string>();
  for (const f of facilities) for (const a of f.context_aliases) {
    // an unconditional alias elsewhere would always win over this one and hide it
    assert.ok(!plain.has(key(a)), `context alias "${a}" of ${f.id} is an unconditional alias of ${plain.get(key(a))}`);
    const k = `${key(a)}|${key(f.city)}`;
    assert.ok(!contextual.has(k), `context alias "${a}" in ${f.city} belongs to both ${contextual.get(k)} and ${f.id}`);
    contextual.set(k, f.id);
  }
});

test('facilities: seed entries and the phrases the seed reports use', () => {
  const byId = new Map(facilities.map((f) => [f.id, f]));
  const seeds: [string, number, number][] = [
    ['iq-baghdad-us-embassy', 33.298, 44.396], ['iq-baghdad-green-zone', 33.303, 44.392], ['iq-baghdad-airport', 33.262, 44.235]];
  for (const [id, lat, lon] of seeds) {
    const f = byId.get(id);
    assert.ok(f, `expected seed facility ${id}`);
    assert.ok(Math.abs(f.lat - lat) <= 0.01 && Math.abs(f.lon - lon) <= 0.01, `${id}: expected about ${lat},${lon}, got ${f.lat},${f.lon}`);
  }
  const find = (phrase: string, city: string | null) => facilities.find((f) =>
    [f.name, ...f.aliases].some((a: string) => key(a) === key(phrase)) ||
    (city !== null && key(f.city ?? '') === key(city) && f.context_aliases.some((a: string) => key(a) === key(phrase))))?.id;
  const cases: [string, string | null, string][] = [
    ['US embassy in Baghdad', null, 'iq-baghdad-us-embassy'], ['American embassy', 'Baghdad', 'iq-baghdad-us-embassy'],
    ['United States Embassy', 'Baghdad', 'iq-baghdad-us-embassy'],
    ['green zone', 'Baghdad', 'iq-baghdad-green-zone'], ['International Airport in Baghdad', null, 'iq-baghdad-airport'],
    ['Green Zone', 'Kabul', 'af-kabul-green-zone']];
  for (const [phrase, city, id] of cases) assert.equal(find(phrase, city), id, `"${phrase}" with city ${city}`);
  assert.equal(find('American embassy', null), undefined, 'a generic alias must not match without its city');
});

const places = join(dir, 'gazetteer', 'places.tsv');
test('facilities: each context city is a gazetteer city of the same country, near the facility', { skip: !existsSync(places) && 'no compiled gazetteer' }, () => {
  const cities = new Map<string, { cc: string; lat: number; lon: number }[]>();
  for (const line of readFileSync(places, 'utf8').split('\n')) {
    const [kind, , name, alt, lat, lon, cc] = line.split('\t');
    if (kind !== 'city') continue;
    for (const n of [name, ...(alt ? alt.split('|') : [])]) {
      const list = cities.get(key(n)) ?? [];
      list.push({ cc, lat: +lat, lon: +lon });
      cities.set(key(n), list);
    }
  }
  const km = (a: number, b: number, c: number, d: number) => Math.hypot(a - c, (b - d) * Math.cos((a * Math.PI) / 180)) * 111.2;
  for (const f of facilities) {
    if (!f.city) continue;
    const hits = (cities.get(key(f.city)) ?? []).filter((c) => c.cc === f.country);
    assert.ok(hits.length > 0, `${f.id}: city "${f.city}" is not a ${f.country} city in the gazetteer`);
    const d = Math.min(...hits.map((c) => km(f.lat, f.lon, c.lat, c.lon)));
    assert.ok(d <= 50, `${f.id}: ${d.toFixed(0)} km from ${f.city}; expected within 50 km`);
  }
});

test('actors: every entry has the schema, and no alias names two actors', () => {
  assert.ok(actors.length >= 80, `expected at least 80 actors, got ${actors.length}`);
  const owner = new Map<string, string>();
  for (const e of actors) {
    const w = `actor ${e.name}`;
    allowedKeys(w, e, ['name', 'aliases', 'type', 'country', 'case_sensitive_aliases', 'generic', 'note']);
    assert.ok(typeof e.name === 'string' && e.name.trim() !== '', `${w}: name must be a non-empty string (never null)`);
    assert.ok(ACTOR_TYPES.includes(e.type), `${w}: type "${e.type}"`);
    assert.ok(e.country === null || ISO2.test(e.country), `${w}: country must be null or ISO2, got ${e.country}`);
    assert.equal(typeof e.generic, 'boolean', `${w}: generic`);
    if (e.generic) assert.equal(e.country, null, `${w}: generic actors have no country`);
    checkAliasList(`${w} aliases`, e.aliases);
    assert.ok(e.aliases.length > 0, `${w}: expected at least one alias`);
    checkAliasList(`${w} case_sensitive_aliases`, e.case_sensitive_aliases);
    for (const a of e.case_sensitive_aliases) {
      assert.ok(e.aliases.includes(a), `${w}: case-sensitive "${a}" must also be in aliases`);
      assert.ok(/\p{Lu}/u.test(a), `${w}: case-sensitive "${a}" has no capital letter`);
    }
    if ('note' in e) assert.ok(typeof e.note === 'string' && e.note !== '', `${w}: note`);
    noDuplicates(w, [e.name, ...e.aliases]);
    for (const a of [e.name, ...e.aliases]) {
      assert.ok(!owner.has(key(a)), `"${a}" is an alias of both ${owner.get(key(a))} and ${e.name}`);
      owner.set(key(a), e.name);
    }
  }
});

test('actors: required groups, generic categories and the seed phrases', () => {
  const byName = new Map(actors.map((e) => [e.name, e]));
  const resolve = (phrase: string) => actors.find((e) => [e.name, ...e.aliases].some((a: string) => key(a) === key(phrase)))?.name;
  for (const [phrase, name] of [['Kataib Hezbollah', 'Kataib Hezbollah'], ['Popular Mobilisation Forces', 'Popular Mobilisation Forces'],
    ['Islamic Resistance in Iraq', 'Islamic Resistance in Iraq'], ['Daesh', 'Islamic State'], ['ISIL', 'Islamic State'],
    ['coalition forces', 'Global Coalition Against Daesh'], ['Iraqi parliament', 'Government of Iraq'], ['American forces', 'Military Forces of the United States'],
    ['IDF', 'Military Forces of Israel'], ['Houthis', 'Ansar Allah'], ['gunmen', 'Unidentified Armed Group'], ['civilians', 'Civilians']]) {
    assert.equal(resolve(phrase), name, `"${phrase}"`);
  }
  assert.ok(byName.get('Islamic State').case_sensitive_aliases.includes('IS'), 'IS must be case-sensitive');
  for (const phrase of ['ISWAP', 'ISKP', 'ISSP', 'IS Somalia', 'AQAP', 'AQIM', 'JNIM', 'al-Shabaab', 'HTS', 'Asaib Ahl al-Haq', 'Harakat al-Nujaba',
    'Kataib Sayyid al-Shuhada', 'Hashd al-Shaabi', 'Hezbollah', 'Hamas', 'Qassam Brigades', 'Palestinian Islamic Jihad', 'Ansar Allah', 'Boko Haram', 'Taliban',
    'TTP', 'BLA', 'PKK', 'YPG', 'SDF', 'FARC', 'EMC', 'ELN', 'Clan del Golfo', 'Sendero Luminoso', 'FMLN', 'FPMR', 'M-19', 'Medellin Cartel', 'Sinaloa Cartel',
    'CJNG', 'M23', 'ADF', 'RSF', 'SAF', 'Wagner', 'Africa Corps', 'Iraqi army', 'Iraqi security forces', 'Syrian army', 'Russian forces', 'Ukrainian forces',
    'Nigerian army', 'Somali National Army', 'AMISOM', 'ATMIS', 'AUSSOM', 'UN peacekeepers', 'MINUSMA', 'MONUSCO', 'Salvadoran army', 'Colombian army',
    'Colombian police', 'Peruvian army', 'national police', 'militants', 'insurgents', 'terrorists', 'guerrillas', 'rebels', 'armed men',
    'unidentified attackers', 'suicide bomber', 'soldiers', 'police officers', 'protesters']) {
    assert.ok(resolve(phrase), `expected an actor for "${phrase}"`);
  }
  for (const phrase of ['gunmen', 'militants', 'civilians', 'protesters', 'soldiers', 'police officers', 'suicide bomber']) {
    assert.equal(actors.find((e) => e.name === resolve(phrase)).generic, true, `"${phrase}" should resolve to a generic actor`);
  }
});

test('facilities: a bare "embassy" is no alias: in a Baghdad story the Turkish embassy is not the US one', () => {
  const facilities = JSON.parse(readFileSync(new URL('./facilities.json', import.meta.url), 'utf8')) as { context_aliases?: string[] }[];
  for (const f of facilities) assert.ok(!(f.context_aliases ?? []).some((a) => /^(the )?embassy$/i.test(a)), JSON.stringify(f));
});

test('target-heads.json: lower-case single words, singular, each once', () => {
  const { heads } = JSON.parse(readFileSync(new URL('./target-heads.json', import.meta.url), 'utf8')) as { heads: string[] };
  assert.ok(Array.isArray(heads) && heads.length > 100, `expected a list of heads, got ${heads?.length}`);
  assert.equal(new Set(heads).size, heads.length, 'duplicate heads');
  for (const h of heads) {
    assert.match(h, /^[a-z][a-z-]*$/, `expected a lower-case word, got ${JSON.stringify(h)}`);
    // The lookup strips plural endings itself; a plural entry would never match its singular.
    assert.ok(!/(?<!s|ss|u|i)s$/.test(h) || ['bus', 'premises', 'barracks', 'headquarters', 'customs', 'campus', 'congress'].includes(h), `expected a singular, got ${h}`);
  }
});

// persons.json: whose country a named victim or perpetrator stands for. The loader (src/lexicon/persons.ts) tries
// the whole name, then the name without its first words, so a one-word alias catches every longer name ending in
// it: such aliases must be surnames of one person only, never a common word, a given name or a large town.
const persons = load('persons.json');
const PERSON_KINDS = ['head_of_state', 'head_of_government', 'minister', 'military_commander', 'armed_group_leader', 'religious_leader', 'politician'];
// Given names that news copy also writes alone, beyond data/given-names.json: none may be a one-word alias.
const MORE_GIVEN = ['saddam', 'omar', 'abiy', 'meles', 'petro', 'gabino', 'otoniel', 'najibullah', 'fazlullah', 'hibatullah', 'diosdado',
  'burhan', 'mubarak', 'hussein', 'hassan', 'ali', 'khan', 'assad', 'bashar', 'nasser', 'qassem', 'garcia', 'ortega', 'martinez', 'castro', 'gandhi', 'singh'];
// Surnames the English vocabulary holds because news writes them so often ("macron" is also a rare word for a diacritic).
const NEWS_SURNAMES = ['macron', 'gaddafi', 'qadhafi'];

test('persons: every entry has the schema, and no alias names two persons', async () => {
  const { isCommonWord } = await import('../src/stages/places/common-words.js');
  const given = new Set([...(load('given-names.json') as any).names.map((n: string) => n.toLowerCase()), ...MORE_GIVEN]);
  assert.ok(persons.length >= 150, `expected at least 150 persons, got ${persons.length}`);
  const owner = new Map<string, string>();
  for (const e of persons) {
    const w = `person ${e.name}`;
    allowedKeys(w, e, ['name', 'aliases', 'country', 'role', 'kind', 'source', 'note']);
    assert.ok(typeof e.name === 'string' && e.name.trim().split(' ').length >= 2, `${w}: name must be a full name of two words or more`);
    assert.match(e.country, ISO2, `${w}: country must be ISO2 in upper case`);
    assert.ok(PERSON_KINDS.includes(e.kind), `${w}: kind "${e.kind}" not one of ${PERSON_KINDS.join(', ')}`);
    assert.ok(typeof e.role === 'string' && e.role !== '', `${w}: role`);
    assert.ok(typeof e.source === 'string' && e.source.trim() !== '', `${w}: source`);
    if ('note' in e) assert.ok(typeof e.note === 'string' && e.note !== '', `${w}: note`);
    checkAliasList(`${w} aliases`, e.aliases);
    noDuplicates(w, [e.name, ...e.aliases]);
    for (const a of [e.name, ...e.aliases]) {
      // The loader strips full stops and commas from the name it looks up, not from the aliases it indexes.
      assert.ok(!/[.,]/.test(a), `${w}: "${a}" holds a full stop or comma, which a looked-up name never has`);
      assert.ok(!owner.has(key(a)), `"${a}" is an alias of both ${owner.get(key(a))} and ${e.name}`);
      owner.set(key(a), e.name);
      if (a.includes(' ')) continue;
      const k = key(a).replace(/^(al|el)-/, '');
      assert.ok(!given.has(k), `${w}: one-word alias "${a}" is a given name`);
      assert.ok(NEWS_SURNAMES.includes(k) || !isCommonWord(k), `${w}: one-word alias "${a}" is a common English word`);
    }
  }
});

test('persons: no one-word alias is the name of a large town', { skip: !existsSync(places) && 'no compiled gazetteer' }, () => {
  const oneWord = new Map<string, string>();
  for (const e of persons) for (const a of e.aliases) if (!a.includes(' ')) oneWord.set(key(a), e.name);
  for (const line of readFileSync(places, 'utf8').split('\n')) {
    const [kind, , name, alt, , , , , , pop] = line.split('\t');
    if (kind !== 'city' || !(+pop >= 50_000)) continue;
    for (const n of [name, ...(alt ? alt.split('|') : [])]) {
      assert.ok(!oneWord.has(key(n)), `"${n}" names ${name} (population ${pop}) and is an alias of ${oneWord.get(key(n))}`);
    }
  }
});

test('persons: the leaders the seed reports name, and the loader finds them behind their titles', async () => {
  const { knownPerson } = await import('../src/lexicon/persons.js');
  for (const [name, cc] of [['Qasem Soleimani', 'IR'], ['Ali Khamenei', 'IR']]) {
    assert.equal(persons.find((e) => e.name === name)?.country, cc, `expected ${name} (${cc})`);
  }
  for (const [written, name] of [['Ayatollah Ali Khamenei', 'Ali Khamenei'], ['Major General Qassem Soleimani', 'Qasem Soleimani'],
    ['President Virgilio Barco', 'Virgilio Barco'], ['Hezbollah leader Hassan Nasrallah', 'Hassan Nasrallah'], ['Usama bin Ladin', 'Osama bin Laden'],
    ['Gen. Augusto Pinochet Ugarte', 'Augusto Pinochet'], ['Mojtaba Khamenei', 'Mojtaba Khamenei'], ['Saif al-Islam Gaddafi', 'Saif al-Islam Gaddafi']]) {
    assert.equal(knownPerson(written)?.name, name, `"${written}"`);
  }
  // Shared surnames are no aliases: these stay unknown.
  for (const written of ['Jose Garcia', 'Maria Ortega', 'Ahmed Hussein', 'Hamid Khan', 'Pedro Escobar', 'Luis Duarte', 'Rami al-Assad']) {
    assert.equal(knownPerson(written), null, `"${written}" should name no known person`);
  }
});

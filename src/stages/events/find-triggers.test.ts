import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers, groupBySubType } from './find-triggers.js';
import { TRIGGERS } from './triggers.js';

// Invented sentences: at least one for every rule, plus words that merely contain a rule's fragments.
const SENTENCES = [
  'Activists said a chlorine gas attack hit the suburb overnight.',
  'A suicide bomber blew himself up outside the stadium gates.',
  'An air strike on the depot killed four men, local officials said.',
  'Overnight strikes hit a fuel depot near the port.',
  'Government warplanes pounded rebel-held villages on Monday.',
  'Helicopters from the air force bombed the hamlet and strafed the road.',
  'Three rockets struck the compound shortly after midnight.',
  'Artillery units shelled the outskirts of the town.',
  'Unknown men threw a grenade into the crowded bar.',
  'A roadside bomb exploded as the convoy passed, police said.',
  'A loud explosion was heard near the ministry.',
  'Troops clashed with fighters near the border crossing.',
  'Gunmen kidnapped two engineers from the mining camp.',
  'Gunmen opened fire on a minibus, killing six passengers.',
  'The village was attacked at dawn by armed men.',
  'Rebel units sabotaged the power grid overnight.',
  'Soldiers raped women during the raid, witnesses said.',
  'Thousands of protesters marched through the capital on Friday.',
  'Rioters set fire to shops and looted a warehouse downtown.',
  'Police seized 40 rifles and a cache of explosives in the raid.',
  'Rebels captured the town after a week of fighting.',
  'The militia withdrew from the city under the deal.',
  'The army set up a new base near the river.',
  'The faction pledged allegiance to the larger group.',
  'The two sides signed a ceasefire agreement in the capital.',
  'Police arrested twelve suspects after the protest.',
  'The embassy issued a security alert for its citizens.',
  'The group threatened to attack polling stations.',
  'The council declared a state of emergency in the province.',
  'Armed men robbed a bank and torched two police cars.',
  'A tank shell landed on a market stall.',
  'A drone struck a car on the highway and a mortar round hit a house.',
  'The bomb squad defused an explosive device found under a bridge.',
  'The rapper held a rally at the stadium parking lot.',
  'The chairman discussed repair of the gas pipeline with the shelter staff.',
  'Nothing of note happened in the quiet market town today.',
  'He died in hospital after he was shot by a sniper; the gunman fled.',
  'THE GUERRILLAS SET OFF A BOMB AND DYNAMITED A POWER PYLON IN THE EARLY HOURS.',
  'A hold-up at the post office ended when the robbers were detained.',
  'Shots were exchanged with smugglers, then the smugglers were rounded up.',
  'Border guards exchanged fire with smugglers overnight.',
  'Mourners gathered a week after the killing of the mayor.',
  'Nobody claimed the attack on Judge Perez.',
  'A charge of dynamite was placed under the bridge and the body of a guard was found there.',
  'Travel advisory: citizens were urged to leave the country at once.',
  'From Monday our militia units will stop and burn any bus on the highway.',
  'The faction said the depot would be a legitimate target after Friday.',
  'Two explosive-laden drones were shot down near the base.',
  'The commander died in an Israeli targeted attack on his car outside the city.',
];

test('the prefilter leaves findTriggers output unchanged', () => {
  for (const s of SENTENCES) {
    assert.deepEqual(findTriggers(s, true), findTriggers(s, false), s);
  }
});

test('every rule is exercised by the sentences above', () => {
  const fired = new Set(SENTENCES.flatMap((s) => findTriggers(s, false).map((h) => h.rule.name)));
  // Rules a more specific rule may absorb in these sentences are checked through their raw regex instead.
  for (const rule of TRIGGERS) {
    const raw = SENTENCES.some((s) => new RegExp(rule.re.source, 'i').test(s));
    assert.ok(fired.has(rule.name) || raw, `no sentence matches rule ${rule.name}`);
  }
});

test('every match of every rule contains one of its key fragments', () => {
  for (const rule of TRIGGERS) {
    for (const s of SENTENCES) {
      for (const m of s.matchAll(new RegExp(rule.re.source, 'gi'))) {
        const text = m[0].toLowerCase();
        assert.ok(rule.keys.some((k) => text.includes(k)), `rule ${rule.name} matched "${m[0]}" without a key fragment`);
      }
    }
  }
});

test('a sentence with no key fragment yields no trigger', () => {
  assert.deepEqual(findTriggers('Nothing of note happened in the quiet market town today.'), []);
});

// [sentence, names of the rules that lead its trigger groups, in order]
const RULE_ROWS: [string, string[]][] = [
  ['The minister condemned the murder of a local judge in the capital.', ['killing-of']],
  ['THE MURDER OF SIX PRIESTS SHOCKED THE COUNTRY.', ['killing-of']],
  ['Rights groups demand an end to the murder of activists.', ['attack-generic']],
  ['AT DAWN THE COMMANDOS SET OFF A BOMB IN THE GARAGE OF THE BANK.', ['placed-bomb']],
  ['A freight train was derailed after it hit a dynamite charge on the line.', ['placed-bomb']],
  ['The shopkeeper was riddled with bullets outside his home.', ['shot-at']],
  ['The body of a missing teacher was found near the river on Sunday.', ['shot-at']],
  ['A sentry fired at two photographers on a motorbike.', ['shot-at']],
  ['The raiders burned several houses and a school before leaving.', ['arson']],
  ['Five buses were burned in the night by hooded men.', ['arson']],
  ['Police are investigating the attack on Senator Ruiz outside his office.', ['attack-on-person']],
  ['THE CANDIDATE HAS DIED FROM GUNSHOT\nWOUNDS, HIS PARTY REPORTED.', ['shot-at']],
  ['The judge freed the members of the kidnapping ring on Friday.', []],
  ['The prisoner suffered burns to his hands in the kitchen.', []],
  ['WE WILL BURN AND BLOW UP THE VEHICLES OF THOSE WHO DO NOT OBEY.', ['threat-first-person']],
  ['The ministry gave the expelled envoy 72 hours to leave the country.', []],
  ['The depot would be treated as a legitimate target, the group warned.', ['threat']],
  ['Two explosive-laden drones were shot down near the base.', ['disrupted']],
  ['A TELEPHONE BOOTH IN THE SOUTH OF THE CITY WAS DESTROYED BY A BOMB.', ['placed-bomb']],
  ['The mayor was killed by a bomb apparently placed under his car.', ['placed-bomb']],
  ['Unknown men attacked the consulate with explosives late on Friday.', ['placed-bomb']],
  ['The hurling of the bomb at the bus station was the work of the militia.', ['placed-bomb']],
  ['Rebel units sabotaged the power grid overnight.', ['sabotage']],
  ['The raids were accompanied by sabotage to the water supply.', ['sabotage']],
  ['Sabotage is a crime under the new law.', []],
  ['The commandos tried to kidnap the visiting envoy at the hotel.', ['abduction']],
  ['The party accused the secret police of assassinating its candidate.', ['shooting']],
  ['The burning of a steel factory was reported at dawn.', ['arson']],
  ['We will not attack civilians, the commander said.', ['attack-generic']], // not a threat; modality drops the negated attack
];

test('trigger rules', async (t) => {
  for (const [sentence, expected] of RULE_ROWS) {
    await t.test(sentence, () => {
      assert.deepEqual(findTriggers(sentence).map((h) => h.rule.name), expected);
    });
  }
});

test('a hit keeps the original text when a line break falls inside it', () => {
  const [hit] = findTriggers('GUERRILLAS SET OFF A\nBOMB IN THE GARAGE.');
  assert.equal(hit.text, 'SET OFF A\nBOMB');
});

test('a day\'s event named as already known is a reference back, whatever the noun', () => {
  const anaphoric = (s: string) => findTriggers(s).map((h) => h.anaphoric);
  assert.deepEqual(anaphoric("The group did not claim Sunday's rocket fire on the base."), [true]);
  assert.deepEqual(anaphoric('Three rockets hit the base on Sunday, causing damage.'), [false]);
  // "the explosive device that destroyed the office": the device already told of, not a new one.
  assert.deepEqual(anaphoric('Nobody has claimed the placement of the explosive device that wrecked the office.'), [true]);
  assert.deepEqual(anaphoric('Unknown men placed an explosive device at the office.'), [false]);
  // A noun-verb trigger refers back by its noun; "the murder of X" names an incident, usually for the first time.
  assert.deepEqual(anaphoric('The strikes hit the fuel tanks and a power station on Thursday.'), [true]);
  assert.deepEqual(anaphoric('THE MURDER OF A LOCAL JUDGE SHOCKED THE TOWN.'), [false]);
  // "Other drones hit ...": more of the weapons of the attack just told.
  assert.deepEqual(anaphoric('Other drones hit warehouses in the port.'), [true]);
  assert.deepEqual(anaphoric('Drones hit warehouses in the port.'), [false]);
});

test('a span of time between two hits of one type makes two incidents', () => {
  const groups = (s: string) => groupBySubType(findTriggers(s), s).map((g) => g.map((h) => h.text));
  assert.deepEqual(groups('The attack comes a week after gunmen killed six guards in an attack on a mine.'), [['attack'], ['killed', 'attack']]);
  assert.deepEqual(groups('Gunmen attacked the mine and killed six guards.'), [['attacked', 'killed']]);
});

test('a killing beside an explosion is what the explosion did, unless the explosions came in answer to it', () => {
  const rules = (s: string) => findTriggers(s).map((h) => h.rule.subType);
  assert.deepEqual(rules('The mayor was killed by a bomb planted under his car.'), ['Remote explosive/landmine/IED']);
  assert.deepEqual(rules('After the murder of the mayor, the gangs reacted with a wave of car bomb attacks.'), ['Attack', 'Remote explosive/landmine/IED']);
});

test('a state\'s targeted attack abroad is an air or drone strike', () => {
  const hits = findTriggers('The commander died in an Israeli targeted attack on his car outside the city.', false);
  assert.deepEqual(hits.map((h) => [h.rule.name, h.rule.subType]), [['targeted-strike', 'Air/drone strike']]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../sentences/index.js';
import { assignRoles, opensFrame } from './roles.js';

// No lexicon actors and no places: what the verb frames alone give.
const roles = (text: string, trigger: string) => {
  const { tokens } = tokenize(text);
  const at = text.indexOf(trigger);
  const r = assignRoles(text, { start: 0, end: text.length }, { start: at, end: at + trigger.length }, tokens, [], []);
  return { targets: r.targets.map((a) => a.text), victims: r.victims.map((a) => a.text) };
};

test('assignRoles: targets from verb frames, device placement and coordination', () => {
  const cases: [string, string, string[], string[]][] = [
    ['A BOMB EXPLODED TODAY IN A SMALL BAKERY.', 'EXPLODED', ['SMALL BAKERY'], []],
    ['REBELS LAUNCHED TWO BOMBS AGAINST A FURNITURE SHOP THIS MORNING.', 'BOMBS', ['FURNITURE SHOP'], []],
    ['THERE WERE ATTACKS ON SAWMILLS AND WATER TANKS.', 'ATTACKS', ['SAWMILLS', 'WATER TANKS'], []],
    ['THE BUILDING WAS "COMPLETELY DESTROYED" BY THE BLAST.', 'DESTROYED', ['BUILDING'], []],
    ['THE BLAST SHATTERED THE WINDOWS OF THE POST OFFICE.', 'BLAST', [], []],
    ['GUNMEN ATTACKED THE FRONT OF THE POST OFFICE TODAY.', 'ATTACKED', ['POST OFFICE'], []],
    ['GUNMEN ATTACKED THE TOWN HALL AND KILLED JUDGE TOMASINA VELORIO.', 'ATTACKED', ['TOWN HALL'], ['TOMASINA VELORIO']],
    ['THE FIRST ATTACK OCCURRED AT 2230 IN FRONT OF THE FISHERIES MINISTRY.', 'ATTACK', ['FISHERIES MINISTRY'], []],
    ['THE BOMB EXPLODED BETWEEN THE SHOE STORE AND THE SAVINGS BANK.', 'EXPLODED', ['SHOE STORE', 'SAVINGS BANK'], []],
    ['THEIR JEEP WAS BLOWN UP BY A MINE.', 'BLOWN', ['JEEP'], []],
    ['THE BLAST CAUSED DAMAGE TO A WAREHOUSE.', 'BLAST', ['WAREHOUSE'], []],
    ['A SECOND BOMB EXPLODED IN THE SAME BUILDING.', 'EXPLODED', [], []],
    ['ONE OFFICE, ONE BUS, AND ONE TRANSFORMER WERE DAMAGED.', 'DAMAGED', ['BUS', 'OFFICE', 'TRANSFORMER'], []],
    ['THE REBELS BLEW UP A NUMBER OF PYLONS AND WATER TANKS.', 'BLEW', ['PYLONS', 'WATER TANKS'], []],
    ['THE FOUR NUNS AND THREE MORE PERSONS WERE SHOT AT DAWN.', 'SHOT', [], ['NUNS', 'PERSONS']],
    ['Three missionaries and two other people were kidnapped.', 'kidnapped', [], ['missionaries', 'people']],
    ['THE EXPLOSION TOOK PLACE ON FOURTH AVENUE NORTH.', 'EXPLOSION', [], []],
    // Fire set, fire aimed, a device gone off past a comma, the burning of a thing.
    ['GUERRILLAS SET FIRE TO A GROCERY STORE AND TO TWO TRUCKS.', 'FIRE', ['GROCERY STORE', 'TRUCKS'], []],
    ['SNIPERS SHOT REPEATEDLY AT THE WATER TOWER.', 'SHOT', ['WATER TOWER'], []],
    ['THE BOMB WENT OFF TONIGHT, SUNDAY, OPPOSITE A SHOE FACTORY.', 'BOMB', ['SHOE FACTORY'], []],
    ['THE BLAST TOOK PLACE NEAR THE TAX OFFICE.', 'BLAST', ['TAX OFFICE'], []],
    ['THE BURNING OF A RESTAURANT ANGERED THE TOWN.', 'BURNING', ['RESTAURANT'], []],
    ['A GRENADE WENT OFF, THE MAYOR SAID AT THE TOWN HALL.', 'GRENADE', [], []],
    // "dynamite at the embassy": the charge and the place it went off are two phrases.
    ['THEY LEFT DYNAMITE STICKS AT THE EMBASSY GARAGE.', 'DYNAMITE', ['EMBASSY GARAGE'], []],
    // The house of a person named: the house is the target, its owner the one it was aimed at.
    ['A BOMB WAS HURLED AT THE HOME OF MAYOR RUFINO TORRICO.', 'BOMB', ['HOME OF MAYOR RUFINO TORRICO'], ['RUFINO TORRICO']],
    // A participle after the people it befell, then a time or place and the sentence's own verb: a relative clause.
    ['THE BODIES OF THE THREE MONKS MURDERED LAST SUNDAY [2 APRIL] WERE BURIED IN SANTA ANA.', 'MURDERED', [], ['THE THREE MONKS']],
    ['The two farmers killed on Friday near the dam were buried today.', 'killed', [], ['farmers']],
    ['The judge riddled with bullets by the gunmen was the third this year.', 'riddled', [], ['judge']],
    // The perfect and a modal before "been": the subject stands before them.
    ['OFFICIALS REPORTED THAT FOUR TEACHERS HAD BEEN MURDERED BY UNKNOWN MEN.', 'MURDERED', [], ['TEACHERS']],
    ['THE WAREHOUSES, WHICH MAY HAVE BEEN DYNAMITED BY REBELS, WERE CLOSED.', 'DYNAMITED', ['WAREHOUSES'], []],
    // What an attack was aimed at, after its means and a relative clause; not past a comma or another act.
    ['THE ATTACK WITH GRENADES THAT WAS CARRIED OUT BY UNKNOWN MEN AGAINST THE OFFICES OF A WIDOWS COMMITTEE INJURED TWO.', 'ATTACK', ['OFFICES OF A WIDOWS COMMITTEE'], []],
    ['THE ATTACK WITH GRENADES, POLICE SAID, WAS A WARNING AGAINST THE COMMITTEE.', 'ATTACK', [], []],
    // What is overheard or seized when intercepted is not hit; a bus stopped on the road is.
    ['Minutes later the army intercepted a conversation of the cartel boss.', 'intercepted', [], []],
    ['Guerrillas intercepted a bus and killed two farmers.', 'killed', [], ['bus', 'farmers']],
    // "Among" the people hit, then the one named: both are victims.
    ['AMONG THE NUNS MURDERED WAS SISTER ANA LUCIA TORRES, THE PRINCIPAL.', 'MURDERED', [], ['NUNS', 'ANA LUCIA TORRES']],
    // An object after the time: an active verb, and its subject harmed no one.
    ['THE REBELS KILLED ON FRIDAY TWO FARMERS NEAR THE DAM.', 'KILLED', [], ['FRIDAY TWO FARMERS']],
    ['The rebels attacked positions that were guarded by troops.', 'attacked', [], []],
  ];
  for (const [text, trigger, targets, victims] of cases) assert.deepEqual(roles(text, trigger), { targets, victims }, text);
});

test('assignRoles: perpetrators said outright ("carried out by", "claimed responsibility", "blamed")', () => {
  const perps = (text: string, trigger: string) => {
    const { tokens } = tokenize(text);
    const at = text.indexOf(trigger);
    return assignRoles(text, { start: 0, end: text.length }, { start: at, end: at + trigger.length }, tokens, [], []).perpetrators.map((a) => a.text);
  };
  const cases: [string, string, string[]][] = [
    ['THE ATTACK WAS CARRIED OUT BY HEAVILY ARMED MEN.', 'ATTACK', ['HEAVILY ARMED MEN']],
    ['THE KIDNAPPERS HAVE CLAIMED RESPONSIBILITY FOR THE ABDUCTION.', 'ABDUCTION', ['KIDNAPPERS']],
    ['THE MAYOR BLAMED TWO UNIDENTIFIED INDIVIDUALS FOR THE ATTACK.', 'ATTACK', ['TWO UNIDENTIFIED INDIVIDUALS']],
    ['THE ATTACK WAS CONDEMNED BY THE BISHOPS.', 'ATTACK', []],
    ['SO FAR NO GROUP HAS SAID IT CARRIED OUT THE ATTACK.', 'ATTACK', []],
    ['TWO FARMERS WERE KILLED BY UNKNOWN PERSONS NEAR THE RIVER.', 'KILLED', ['UNKNOWN PERSONS']],
    ['THE ATTACK WAS CARRIED OUT BY COLONEL OSWIN VARGUERA.', 'ATTACK', ['COLONEL OSWIN VARGUERA']],
    ['THE FARMER WAS SHOT TODAY NEAR THE MARKET BY TWO MEN.', 'SHOT', ['TWO MEN']],
    ['NEAR THE TOWN A GROUP OF GUNMEN THIS EVENING WOUNDED A FARMER.', 'WOUNDED', ['GROUP OF GUNMEN']],
    ['THE FARMER WAS SHOT AND THE POLICE WERE CALLED BY NEIGHBOURS.', 'SHOT', []],
    ['AN AUTOPSY WAS CARRIED OUT BY FORENSIC DOCTORS AFTER THE ATTACK.', 'ATTACK', []],
    ['THE FARMER WAS KIDNAPPED BY GUERRILLAS AND BANDITS.', 'KIDNAPPED', ['GUERRILLAS', 'BANDITS']],
    // Two verbs sharing one auxiliary, and verbs of shooting and burning.
    ['TWO JUDGES WERE ABDUCTED AND LATER MURDERED BY THE REBELS.', 'MURDERED', ['REBELS']],
    ['THE NOTARY WAS GUNNED DOWN BY HITMEN OUTSIDE HIS HOME.', 'GUNNED', ['HITMEN']],
    ['SNIPERS SHOT REPEATEDLY AT THE WATER TOWER.', 'SHOT', ['SNIPERS']],
    ['THE OFFICES WERE LOOTED BY ARMED MEN.', 'LOOTED', ['ARMED MEN']],
    ['THE BURNING OF THE CLUB WAS CLAIMED BY A COMMANDO GROUP.', 'BURNING', ['COMMANDO GROUP']],
    // A name that only qualifies who acted is not the one who acted.
    ['THE ATTACKS WERE CARRIED OUT BY THE ADMINISTRATION OF PRESIDENT OSWIN VARGUERA.', 'ATTACKS', []],
    ['THE FARMER WAS SHOT BY OSWIN VARGUERA\'S BODYGUARDS.', 'SHOT', []],
    // A bare group says nothing of who did it; a group of people does.
    ['THE FARMER WAS SHOT BY A GROUP NEAR THE RIVER.', 'SHOT', []],
    ['THE FARMER WAS SHOT BY A GROUP OF GUNMEN.', 'SHOT', ['GROUP OF GUNMEN']],
    // A hedged agent set off by a comma.
    ['THE ENGINEER WAS KIDNAPPED IN THE PORT TODAY, PRESUMABLY BY REBELS.', 'KIDNAPPED', ['REBELS']],
    ['THE ENGINEER WAS KIDNAPPED IN THE PORT TODAY, AND BY NOON THE ARMY ARRIVED.', 'KIDNAPPED', []],
  ];
  for (const [text, trigger, want] of cases) assert.deepEqual(perps(text, trigger), want, text);
});

test('assignRoles: the armed actor before the trigger is its agent only when it acts', () => {
  const actor = (text: string, words: string, type: string, generic: boolean) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, name: words, type, country: null, generic };
  };
  const cases: [string, string, string[]][] = [
    ['THE POLICE ATTRIBUTED THE ATTACK TO THE RED DAWN FRONT.', 'ATTACK', ['RED DAWN FRONT']],
    ['THE POLICE BASE WAS ATTACKED BY THE RED DAWN FRONT.', 'ATTACKED', ['RED DAWN FRONT']],
    ['THE RED DAWN FRONT BOMBED A BRIDGE.', 'BOMBED', ['RED DAWN FRONT']],
  ];
  for (const [text, trigger, want] of cases) {
    const { tokens } = tokenize(text);
    const actors = [actor(text, 'RED DAWN FRONT', 'rebel_group', false), ...(text.includes('POLICE') ? [actor(text, 'POLICE', 'police', true)] : [])];
    const at = text.indexOf(trigger);
    const r = assignRoles(text, { start: 0, end: text.length }, { start: at, end: at + trigger.length }, tokens, actors, []);
    assert.deepEqual(r.perpetrators.map((a) => a.text), want, text);
  }
});

test('assignRoles: a facility struck is a target; one that says whose people or where is not', () => {
  const facility = (text: string, name: string) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, name, lat: 0, lon: 0, country: 'XX', admin1: null, geonames_id: null, feature: 'university', precision: 'facility' as const, radius_km: 1, population: 0 };
  };
  const cases: [string, string, string[]][] = [
    ['THE REBELS STRUCK THE PORTOVELO UNIVERSITY AT DAWN.', 'STRUCK', ['PORTOVELO UNIVERSITY']],
    ['GUNMEN KILLED THE RECTOR OF THE PORTOVELO UNIVERSITY.', 'KILLED', []],
    ['GUNMEN KILLED SIX PRIESTS FROM THE PORTOVELO UNIVERSITY.', 'KILLED', []],
    ['A STUDENT WAS SHOT NEAR THE PORTOVELO UNIVERSITY.', 'SHOT', []],
    ['GUNMEN KILLED THE PORTOVELO UNIVERSITY PRIESTS.', 'KILLED', []],
    ['GUNMEN KILLED THE UP [PORTOVELO UNIVERSITY] PRIESTS.', 'KILLED', []],
    ['THE JUDGE WAS KILLED YESTERDAY AT THE PORTOVELO UNIVERSITY.', 'KILLED', []],
    ['THE REBELS ATTACKED HOUSES SURROUNDING THE PORTOVELO UNIVERSITY.', 'ATTACKED', ['HOUSES']],
    ['A BOMB EXPLODED AT THE PORTOVELO UNIVERSITY ENTRANCE.', 'EXPLODED', []],
  ];
  for (const [text, trigger, want] of cases) {
    const { tokens } = tokenize(text);
    const at = text.indexOf(trigger);
    const r = assignRoles(text, { start: 0, end: text.length }, { start: at, end: at + trigger.length }, tokens, [], [facility(text, 'PORTOVELO UNIVERSITY')]);
    assert.deepEqual(r.targets.map((a) => a.text), want, text);
  }
});

test('opensFrame: harming and hitting verbs, frame nouns and "damage" open a frame; other words do not', () => {
  const cases: [string, boolean][] = [['kidnapped', true], ['bombed', true], ['attack', true], ['damages', true], ['damage', true],
    ['market', false], ['damaged', true], ['the', false], ['killings', false], ['attacked', true], ['xkilled', false]];
  for (const [word, want] of cases) assert.equal(opensFrame(word), want, word);
});

test('assignRoles: the subject of an active verb past a participle set off by commas, before a name tagged as a verb', () => {
  const cases: [string, string, string[]][] = [
    ['SEVERAL GUERRILLAS, DISGUISED AS NURSES, KIDNAPPED THE RANCHER AT HIS FARM.', 'KIDNAPPED', ['SEVERAL GUERRILLAS']],
    ['THE MINISTER SAID THAT A "FOREIGN COMMANDO" KILLED HECTOR QUENTALVA IN HIS OFFICE.', 'KILLED', ['FOREIGN COMMANDO']],
  ];
  for (const [text, trigger, want] of cases) {
    const { tokens } = tokenize(text);
    const at = text.indexOf(trigger);
    const r = assignRoles(text, { start: 0, end: text.length }, { start: at, end: at + trigger.length }, tokens, [], []);
    assert.deepEqual(r.perpetrators.map((a) => a.text), want, text);
  }
});

test('assignRoles: what troops or police raid is searched, not attacked', () => {
  const state = (text: string, words: string, type: string) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, name: words, type, country: null, generic: true };
  };
  const cases: [string, string, string, string[]][] = [
    ['THE ARMY RAIDED FIVE FARMS NEAR THE BORDER.', 'ARMY', 'state_forces', []],
    ['THE POLICE RAIDED AN OFFICE IN THE CAPITAL.', 'POLICE', 'police', []],
    ['THE REBELS RAIDED AN OFFICE IN THE CAPITAL.', 'REBELS', 'rebel_group', ['OFFICE']],
  ];
  for (const [text, who, type, want] of cases) {
    const { tokens } = tokenize(text);
    const at = text.indexOf('RAIDED');
    const r = assignRoles(text, { start: 0, end: text.length }, { start: at, end: at + 6 }, tokens, [state(text, who, type)], []);
    assert.deepEqual(r.targets.map((a) => a.text), want, text);
  }
});

test('assignRoles: an apposition that names a relative of the one hurt adds no victim', () => {
  const cases: [string, string[]][] = [
    ['GUNMEN KIDNAPPED RANCHER ISIDORO QUENTAL, NEPHEW OF SENATOR GUSTAVO ARMIJO.', ['ISIDORO QUENTAL']],
    ['GUNMEN KIDNAPPED RANCHER ISIDORO QUENTAL, SENATOR GUSTAVO ARMIJO, AND TWO GUARDS.', ['ISIDORO QUENTAL', 'GUSTAVO ARMIJO', 'GUARDS']],
  ];
  for (const [text, want] of cases) assert.deepEqual(roles(text, 'KIDNAPPED').victims, want, text);
});

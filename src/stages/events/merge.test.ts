import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../contract/mention.js';
import { type Draft, absorb, findHost, mergeSameVictims, promoteFollowUpSubjects } from './merge.js';
import { eventTypeOf } from './taxonomy.js';
import { extractDoc } from '../../extract.js';

function draft(subType: string, background: boolean, dateEnd: string | null, status: Mention['status'] = 'occurred'): Draft {
  const date = dateEnd ? { start: dateEnd, end: dateEnd, precision: 'day' as const, text: 'x', start_offset: 0, end_offset: 1, basis: 'stated' as const } : null;
  const mention: Mention = {
    id: '', event_type: eventTypeOf(subType), sub_event_type: subType, status, background, date, location: null,
    perpetrators: [], targets: [], victims: [], weapons: [], fatalities: null, injuries: null, casualties: null,
    sources: [], evidence: [], confidence: 0,
  };
  return { mention, contextDate: false, sentence: 0, generic: false };
}

// [drafts as sub-type/background/date, publication date, expected background flags after]
const rows: [string, [string, boolean, string | null][], string, boolean[]][] = [
  ['a report on the inquiry into last week\'s murder: the murder is its news', [['Arrests', false, null], ['Attack', true, '2024-03-04']], '2024-03-12', [false, false]],
  ['a report with news of its own keeps earlier incidents as context', [['Attack', false, null], ['Remote explosive/landmine/IED', true, '2024-03-04']], '2024-03-12', [false, true]],
  ['an incident years before stays background', [['Attack', true, '2019-03-04']], '2024-03-12', [true]],
  ['a trial hearing two months after the massacre: the massacre is its news', [['Attack', true, '2024-01-10']], '2024-03-12', [false]],
  ['an incident seven months before stays background', [['Attack', true, '2023-08-10']], '2024-03-12', [true]],
  ['an undated earlier incident in a report with no news of its own', [['Abduction/forced disappearance', true, null]], '2024-03-12', [false]],
];

test('follow-up reports', async (t) => {
  for (const [name, specs, published, expected] of rows) {
    await t.test(name, () => {
      const drafts = specs.map(([s, b, d]) => draft(s, b, d));
      promoteFollowUpSubjects(drafts, published);
      assert.deepEqual(drafts.map((d) => d.mention.background), expected);
    });
  }
});

test('a threat is not the news that keeps earlier incidents background', () => {
  const drafts = [draft('Attack', false, null, 'planned'), draft('Attack', true, '2024-03-10')];
  promoteFollowUpSubjects(drafts, '2024-03-12');
  assert.deepEqual(drafts.map((d) => d.mention.background), [false, false]);
});

test('a killing told by its own verb and a later abduction stay two incidents', () => {
  const murder = draft('Attack', false, null);
  const abduction = draft('Abduction/forced disappearance', false, null);
  assert.equal(findHost([murder], abduction, false, 'Gunmen also kidnapped a couple.'), null);
  const generic = { ...draft('Attack', false, null), generic: true };
  assert.equal(findHost([generic], abduction, false, 'They kidnapped the mayor.'), generic);
});

test('absorb keeps each instrument as written, once per head word', () => {
  const w = (type: string, text: string) => ({ type, text, count: null, start: 0, end: text.length });
  const host = draft('Remote explosive/landmine/IED', false, null);
  host.mention.weapons.push(w('explosive', 'car bomb'));
  const add = draft('Remote explosive/landmine/IED', false, null);
  add.mention.weapons.push(w('explosive', 'dynamite sticks'), w('explosive', 'bombs'));
  absorb(host, add);
  assert.deepEqual(host.mention.weapons.map((x) => x.text), ['car bomb', 'dynamite sticks']);
});

test('counting the rockets of one attack is no cue for a second incident; "a second attack" is', () => {
  const first = draft('Shelling/artillery/missile attack', false, '2026-04-07');
  const same = draft('Shelling/artillery/missile attack', false, '2026-04-07');
  assert.equal(findHost([first], same, false, 'One rocket hit the centre, a second came down on an empty lot.'), first);
  assert.equal(findHost([first], same, false, 'A second attack hit the airport an hour later.'), null);
});

test('a plural of another kind points to the incident just told, not to one told far before', () => {
  const murder = draft('Attack', false, '2025-11-16');
  const bombings = draft('Air/drone strike', false, null);
  bombings.sentence = 20;
  assert.equal(findHost([murder], bombings, true, 'It fled the crossfire and the bombings of the air force.', true), null);
  // A singular reference still points back however far: "the attack" is the one the report is about.
  assert.equal(findHost([murder], bombings, true, 'The bombing was condemned.', false), murder);
  const explosions = draft('Remote explosive/landmine/IED', false, null);
  explosions.sentence = 1;
  assert.equal(findHost([murder], explosions, true, 'Seventeen people were hurt in the explosions.', true), murder);
});

test('"the abduction" refers back to the abduction told, not to a shooting told after it', () => {
  const abduction = draft('Abduction/forced disappearance', false, '2025-11-23');
  const shooting = { ...draft('Attack', false, '2025-11-24'), generic: true };
  const reference = draft('Abduction/forced disappearance', false, null);
  assert.equal(findHost([abduction, shooting], reference, true, 'The abduction comes a week after an attack elsewhere.'), abduction);
});

test('an ultimatum told as news with its own day keeps the attacks before it as context', () => {
  const threat = draft('Threat', false, '2024-03-11', 'threatened');
  const drafts = [threat, draft('Shelling/artillery/missile attack', true, '2024-03-10')];
  promoteFollowUpSubjects(drafts, '2024-03-12');
  assert.deepEqual(drafts.map((d) => d.mention.background), [false, true]);
});

test('a reference back with no news incident to point to joins the earlier incident just told', () => {
  const rockets = { ...draft('Shelling/artillery/missile attack', true, '2024-03-10'), sentence: 2 };
  const wounded = { ...draft('Shelling/artillery/missile attack', false, null), sentence: 3 };
  assert.equal(findHost([rockets], wounded, true, 'A contractor was wounded in that attack.'), rockets);
  absorb(rockets, wounded);
  assert.equal(rockets.last, 3);
  // The next sentence still follows on; one further away, or one marked as another event, does not.
  assert.equal(findHost([rockets], { ...wounded, sentence: 4 }, true, "No group claimed Sunday's rocket fire."), rockets);
  assert.equal(findHost([rockets], { ...wounded, sentence: 6 }, true, 'The attack was condemned.'), null);
  assert.equal(findHost([rockets], { ...wounded, sentence: 4 }, true, 'Police are also investigating the attack on a checkpoint.'), null);
  // With a news incident of the family told, the reference points to it.
  const news = { ...draft('Shelling/artillery/missile attack', false, '2024-03-12'), sentence: 1 };
  assert.equal(findHost([news, rockets], wounded, true, 'A contractor was wounded in that attack.'), news);
});

test('an attack the defenders say they repelled is the attack already told', () => {
  const ambush = draft('Armed clash', false, '2024-03-10');
  const repelled = { ...draft('Armed clash', false, '2024-03-10', 'attempted'), sentence: 3 };
  assert.equal(findHost([ambush], repelled, false, 'The army said troops had repelled a complex attack on the convoy.'), ambush);
  // An attempt told on its own stays apart from the killing beside it.
  assert.equal(findHost([ambush], repelled, false, 'Gunmen tried to kill the mayor.'), null);
});

test('what attackers did in the attack adds to it without changing what it was', () => {
  const attack = { ...draft('Attack', false, '2024-03-10'), sentence: 1 };
  const overran = { ...draft('Non-state actor overtakes territory', false, '2024-03-10'), sentence: 2 };
  absorb(attack, overran);
  assert.equal(attack.mention.sub_event_type, 'Attack');
  // Burning still makes a plain attack the arson it was.
  const burned = { ...draft('Looting/property destruction', false, '2024-03-10'), sentence: 2 };
  const other = { ...draft('Attack', false, '2024-03-10'), sentence: 1 };
  absorb(other, burned);
  assert.equal(other.mention.sub_event_type, 'Looting/property destruction');
});

test('a sentence that refers back to the attack brings what it says the attackers did to it, even far down', () => {
  const attack = { ...draft('Attack', false, '2024-03-10'), sentence: 1, last: 9 };
  const seized = { ...draft('Disrupted weapons use', false, '2024-03-11'), sentence: 9 };
  seized.mention.date!.basis = 'context';
  assert.equal(findHost([attack], seized, false, 'The group claimed the attack, saying it had seized weapons.'), attack);
  assert.equal(findHost([{ ...attack, last: 1 }], seized, false, 'Police seized weapons in a raid.'), null);
});

test('the other triggers of a sentence that already added to an incident are that incident', () => {
  const attack = { ...draft('Attack', false, '2024-03-10'), sentence: 1, last: 3 };
  const fought = { ...draft('Armed clash', false, '2024-03-11'), sentence: 3, generic: true };
  fought.mention.date!.basis = 'context';
  assert.equal(findHost([attack], fought, false, 'They overran the trenches and fought troops for hours.'), attack);
  assert.equal(findHost([attack], fought, false, 'Elsewhere, rebels fought troops for hours.'), null);
});

test('a period of many incidents ("kidnappings rose last year") is not what a follow-up is about', () => {
  const d = draft('Abduction/forced disappearance', true, '2025-12-31');
  d.mention.date = { ...d.mention.date!, start: '2025-01-01', precision: 'year' };
  promoteFollowUpSubjects([d], '2026-01-14');
  assert.equal(d.mention.background, true);
  // "between 2 November and 20 December": an interval of weeks, of year precision, is still the follow-up's subject.
  const weeks = draft('Abduction/forced disappearance', true, '2025-12-20');
  weeks.mention.date = { ...weeks.mention.date!, start: '2025-11-02', precision: 'year' };
  promoteFollowUpSubjects([weeks], '2026-01-14');
  assert.equal(weeks.mention.background, false);
});

test('a named person killed once: a later sentence about their killing joins the incident told', () => {
  const person = (name: string) => ({ name, text: name, type: 'person', country: null, attribution: 'reported' as const, start: 0, end: name.length });
  const withVictim = (d: Draft, name: string, contextDate = false) => {
    d.mention.victims.push(person(name));
    d.contextDate = contextDate;
    if (contextDate) d.mention.date = { ...d.mention.date!, basis: 'context' };
    return d;
  };
  const told = withVictim(draft('Attack', false, '2024-03-01'), 'Rosa Elena Quiroga');
  // [name, new draft, sentence, expected host]
  const cases: [string, Draft, string, Draft | null][] = [
    ['the same person, a day carried from another sentence', withVictim(draft('Attack', false, '2024-03-09'), 'Rosa Elena Quiroga', true), 'The police chief said foreigners took part in the assassination.', told],
    ['the same person, a stated day three days later', withVictim(draft('Attack', false, '2024-03-04'), 'Rosa Elena Quiroga'), 'Her killing was condemned.', told],
    ['the same person, a stated day two weeks later: another attack', withVictim(draft('Attack', false, '2024-03-15'), 'Rosa Elena Quiroga'), 'She was shot at again.', null],
    ['another person', withVictim(draft('Attack', false, '2024-03-09'), 'Pedro Ruiz Canas', true), 'Gunmen also killed him.', null],
    ['the same person, an attempt', withVictim(draft('Attack', false, '2024-03-09', 'attempted'), 'Rosa Elena Quiroga', true), 'An attempt on her life failed.', null],
    ['the same person, a kidnapping told by its own verb', withVictim(draft('Abduction/forced disappearance', false, '2024-03-09'), 'Rosa Elena Quiroga', true), 'She had been kidnapped.', null],
  ];
  for (const [name, neu, sentence, want] of cases) assert.equal(findHost([told], neu, false, sentence), want, name);
});

test('a reaction dated by its own day joins the act the report tells later, and takes its day', () => {
  const victim = (text: string, name: string | null = null) => ({ name, text, type: name ? 'person' : null, country: null, attribution: 'reported' as const, start: 0, end: text.length });
  const reaction = draft('Attack', false, '2024-03-20');
  reaction.reactionDate = true;
  reaction.mention.victims.push(victim('the Jesuits'));
  const act = draft('Attack', true, '2024-01-16');
  act.sentence = 1;
  act.mention.victims.push(victim('Ignacio Ruiz', 'Ignacio Ruiz'), victim('five other Jesuits'));
  assert.equal(findHost([reaction], act, false, 'They are suspected in the murder of Ignacio Ruiz and five other Jesuits on 16 January.'), reaction);
  absorb(reaction, act);
  assert.equal(reaction.mention.date!.start, '2024-01-16');
  // Without a victim in common, an earlier act told as context stays apart.
  const other = draft('Attack', true, '2024-01-16');
  other.mention.victims.push(victim('two bus drivers'));
  const r2 = draft('Attack', false, '2024-03-20');
  r2.reactionDate = true;
  r2.mention.victims.push(victim('the Jesuits'));
  assert.equal(findHost([r2], other, false, 'Two bus drivers were shot on 16 January.'), null);
});

test('once roles are attached, drafts of one report naming the same victims become one act', () => {
  const victim = (text: string, name: string | null = null) => ({ name, text, type: name ? 'person' : null, country: null, attribution: 'reported' as const, start: 0, end: text.length });
  const place = (name: string, lat: number, basis: 'stated' | 'context') => ({ name, text: name, lat, lon: -75, precision: 'city' as const, country: 'CO', admin1: null, radius_km: 10, basis, start_offset: 0, end_offset: 1 } as unknown as Mention['location']);
  const make = (subType: string, date: string, basis: 'stated' | 'context' | 'report', victims: ReturnType<typeof victim>[], loc: Mention['location'] = null) => {
    const d = draft(subType, false, date);
    d.mention.date = { ...d.mention.date!, basis };
    d.mention.victims.push(...victims);
    d.mention.location = loc;
    return d;
  };
  // [name, first draft, second draft, merged?]
  const cases: [string, Draft, Draft, boolean][] = [
    ['the same person, the condemnation dated by the report', make('Attack', '2024-03-02', 'stated', [victim('Rosa Elena Quiroga', 'Rosa Elena Quiroga')]), make('Attack', '2024-03-05', 'report', [victim('Rosa Elena Quiroga', 'Rosa Elena Quiroga')]), true],
    ['the same person, days told ten days apart', make('Attack', '2024-03-02', 'stated', [victim('Rosa Elena Quiroga', 'Rosa Elena Quiroga')]), make('Attack', '2024-03-12', 'context', [victim('Rosa Elena Quiroga', 'Rosa Elena Quiroga')]), false],
    ['the same person, a kidnapping and a killing', make('Abduction/forced disappearance', '2024-03-02', 'stated', [victim('Rosa Elena Quiroga', 'Rosa Elena Quiroga')]), make('Attack', '2024-03-05', 'report', [victim('Rosa Elena Quiroga', 'Rosa Elena Quiroga')]), false],
    ['unnamed victims told alike', make('Attack', '2024-03-02', 'stated', [victim('six Trappist monks')]), make('Attack', '2024-03-05', 'report', [victim('the monks')]), true],
    ['unnamed victims, stated places far apart', make('Attack', '2024-03-02', 'stated', [victim('two monks')], place('Ayapel', 8.3, 'stated')), make('Attack', '2024-03-02', 'stated', [victim('three monks')], place('Pasto', 1.2, 'stated')), false],
    ['a word said of everyone', make('Attack', '2024-03-02', 'stated', [victim('two peasants')]), make('Attack', '2024-03-02', 'stated', [victim('the peasants')]), false],
    ['other people named on both sides', make('Abduction/forced disappearance', '2024-03-02', 'stated', [victim('cattleman Ivan Ortega Paz', 'Ivan Ortega Paz')]), make('Abduction/forced disappearance', '2024-03-02', 'stated', [victim('cattleman Luis Mejia Rua', 'Luis Mejia Rua')]), false],
  ];
  // A reaction told first with its own day, the act it speaks of told as context weeks before: one act, the report's news.
  const reaction = make('Attack', '2024-04-02', 'stated', [victim('the monks')]);
  reaction.reactionDate = true;
  const act = make('Attack', '2024-03-02', 'stated', [victim('six Trappist monks')]);
  act.mention.background = true;
  cases.push(['a reaction and the act told as context', reaction, act, true]);
  // "The monks were killed on 2 March [context] ... the inquiry into the killing of the monks [news, the same day carried over]".
  const told = make('Attack', '2024-03-02', 'stated', [victim('the monks')]);
  told.mention.background = true;
  cases.push(['a news draft dated by the day of the act told as context', told, make('Attack', '2024-03-02', 'context', [victim('the Trappist monks')]), true]);
  const otherDay = make('Attack', '2024-03-01', 'stated', [victim('the monks')]);
  otherDay.mention.background = true;
  cases.push(['a news draft of another day than the act told as context', otherDay, make('Attack', '2024-03-02', 'context', [victim('the Trappist monks')]), false]);
  const noVictims = make('Attack', '2024-03-02', 'stated', []);
  noVictims.mention.background = true;
  cases.push(['the act told as context names no victims', noVictims, make('Attack', '2024-03-02', 'context', [victim('the Trappist monks')]), true]);
  const otherVictims = make('Attack', '2024-03-02', 'stated', [victim('two drivers')]);
  otherVictims.mention.background = true;
  cases.push(['the act told as context hit others', otherVictims, make('Attack', '2024-03-02', 'context', [victim('the Trappist monks')]), false]);
  for (const [name, first, second, merged] of cases) {
    second.sentence = 3;
    const drafts = [first, second];
    mergeSameVictims(drafts);
    assert.equal(drafts.length, merged ? 1 : 2, name);
    if (merged) assert.equal(first.last, 3, name);
  }
  assert.equal(reaction.mention.date!.start, '2024-03-02');
  assert.equal(reaction.mention.background, false);
});

test('a report that tells one murder twice gives one incident', () => {
  const text = 'SAN SALVADOR, 9 MAR 90 (AFP) -- The Chamber of Industry today condemned the murder of labor minister Rafael Antonio Quintanilla, '
    + 'who was shot dead outside his home on Wednesday. Quintanilla, 58, had taken office in January. Police said three gunmen fired at his '
    + 'car as he left for work, killing him and his driver. The bishops\' conference also condemned the murder of Rafael Antonio Quintanilla '
    + 'and asked the government to find those responsible.';
  const attacks = extractDoc({ id: 't', text, published: null, title: null, url: null, source: null, language: null, origin: 't' }).incidents
    .filter((m) => m.sub_event_type === 'Attack');
  assert.equal(attacks.length, 1, attacks.map((m) => m.evidence[0].text).join(' | '));
  assert.ok(attacks[0].evidence.some((e) => e.text.includes('bishops')));
});

test('an act dated where the report refers back to it is the act that sentence tells, whoever each names', () => {
  const victim = (text: string) => ({ name: null, text, type: 'civilians' as const, country: null, attribution: 'reported' as const, start: 0, end: 1 });
  // "the inquiry into the killing of the clergymen", dated by "the four monks who were shot on 14 January" (background).
  const told = draft('Attack', true, '2024-01-14');
  told.mention.date!.start_offset = 120;
  told.mention.victims.push(victim('monks'));
  const referring = draft('Attack', false, '2024-01-14');
  referring.mention.date = { ...referring.mention.date!, start_offset: 120, basis: 'context' };
  referring.mention.victims.push(victim('clergymen'));
  referring.referredDay = true;
  const other = draft('Attack', true, '2024-01-14'); // another act told that day, its day written elsewhere
  other.mention.date!.start_offset = 300;
  other.mention.victims.push(victim('farmers'));
  const drafts = [told, referring, other];
  mergeSameVictims(drafts);
  assert.equal(drafts.length, 2);
  assert.deepEqual(drafts[0].mention.victims.map((v) => v.text), ['monks', 'clergymen']);
  assert.equal(drafts[0].mention.background, false, 'the act the report refers back to is its news');
});

test('a reference back with a day of its own months from the incident\'s is to another act', () => {
  const news = draft('Attack', false, '2024-05-24');
  news.mention.date = { ...news.mention.date!, basis: 'publication' };
  // "the front had also claimed the attack on the minister in August 2023"
  const other = { ...draft('Attack', false, '2023-08-15'), sentence: 3 };
  assert.equal(findHost([news], other, true, 'The front had also claimed the attack on the minister in August 2023.'), null);
  const same = { ...draft('Attack', false, '2024-05-23'), sentence: 3 };
  assert.equal(findHost([news], same, true, 'The attack on the minister took place on 23 May.'), news);
});

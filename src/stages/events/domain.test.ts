import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasViolentContext, isNonConflict } from './domain.js';

// [sentence, expected: true = a sentence from another world that borrows war words]
const rows: [string, boolean][] = [
  ['The senator harshly attacked the president over the budget.', true],
  ['The editor called the raid an attack on freedom of the press.', true],
  ['The new loan is a shot in the arm for the farmers.', true],
  ['Poverty could lead to a social explosion, the bishop warned.', true],
  ['A bomb explosion shook the social security building.', false],
  // "the scene of the bombing" is where it happened, not a film's scene.
  ['Onlookers gathered at the scene of the bombing before police cleared the area.', false],
  ['A freight train was derailed after hitting a dynamite charge.', false],
  ['A bus overturned on the mountain road.', true],
  ['Gunmen attacked the president of the cooperative at his farm.', false],
  ['Rebels attacked the opposition candidate\'s convoy with rifles.', false],
  ['A man left a bomb in a cinema on the base.', false],
  ['Two explosive-laden drones were shot down near the airport.', false],
  ['The air force said the reconnaissance plane was shot down over the sea.', true],
  ['The thriller was the most watched movie of the year.', true],
  ['A bitter political confrontation exploded in congress over the referendum.', true],
  ['Two devices designed to distribute leaflets exploded downtown.', true],
  ['The striker scored twice as the home side crushed the visitors.', true],
  ['Troops fired live rounds during a live-fire drill near the border.', true],
  ['The minister suffered a heart attack on Tuesday.', true],
  ['A cyber attack took the ministry website offline.', true],
  ['Nine pilgrims were killed in a stampede at the shrine.', true],
  ['The court opened the trial of the men accused of the killing.', true],
  ['Gunmen opened fire on a bus in a stadium car park, killing two.', false],
  ['Gunmen opened fire inside the stadium during the match, killing two.', true],
  ['A rocket was shot down over the capital and its debris killed a man.', false],
  ['Gunmen killed a shopkeeper and fled on a motorbike.', false],
  ['Police arrested the actress and her brother after the attack.', true],
  ['TWO SOLDIERS WERE KILLED WHEN THEIR TRUCK HIT A MINE AND OVERTURNED.', false],
];

test('sentences that borrow war words', async (t) => {
  for (const [sentence, expected] of rows) {
    await t.test(sentence, () => assert.equal(isNonConflict(sentence), expected));
    // The word prefilter only saves time: without it every pattern runs, with the same answer.
    await t.test(`${sentence} (no prefilter)`, () => assert.equal(isNonConflict(sentence, false), expected));
  }
});

test('a killing told in the passive at a place is violent context; one in an accident is not', () => {
  // [sentence, expected]
  const cases: [string, boolean][] = [
    ['Despite the appeals, the two teachers were killed in the capital.', true],
    ['The two teachers were killed in a car crash on the coast road.', false],
    ['The two teachers were killed.', false],
  ];
  for (const [s, want] of cases) assert.equal(hasViolentContext(s, 0), want, s);
});

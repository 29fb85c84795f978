import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../sentences/index.js';
import { activeSubject } from './active-subject.js';

const subject = (text: string, verb: string) => {
  const { tokens } = tokenize(text);
  const i = tokens.findIndex((t) => t.text === verb);
  const p = activeSubject(text, tokens, i, []);
  return p ? text.slice(p.start, p.end) : null;
};

test('activeSubject: people who act, described after their head, and "they" for those named before', () => {
  const cases: [string, string, string | null][] = [
    ['Heavily armed men kidnapped the mayor.', 'kidnapped', 'Heavily armed men'],
    ['Two men riding a motorcycle threw a grenade at the bus.', 'threw', 'men'],
    ['A man dressed in a police uniform shot the judge.', 'shot', 'man'],
    ['The police said unidentified persons who threw a grenade fled.', 'threw', 'unidentified persons'],
    ['Four armed men, who posed as police agents, kidnapped the mayor.', 'kidnapped', 'armed men'],
    ['Unidentified gunmen broke into the farm, killed a watchman and burned the house.', 'burned', 'Unidentified gunmen'],
    ['Guerrillas attacked the post and soldiers killed two of them.', 'killed', 'soldiers'],
    ['The rebel commandos (RC) blew up a pylon.', 'blew', 'rebel commandos'],
    // Anyone at all, with nothing that marks them as attackers, is no perpetrator.
    ['Some men burned the tyres.', 'burned', null],
    ['The mayor attacked the plan.', 'attacked', null],
    // "they": the nearest people before it who acted, not the ones hit or those who speak.
    ['Rebels ambushed a convoy and killed two soldiers. They also burned a truck.', 'burned', 'Rebels'],
    ['Gunmen were seen near the bank. Officials said they burned a truck.', 'burned', null],
    ['Guerrillas attacked the post. The soldiers fled. They burned the post.', 'burned', 'Guerrillas'],
  ];
  for (const [text, verb, want] of cases) {
    assert.equal(subject(text, verb), want, text);
    assert.equal(subject(text.toUpperCase(), verb.toUpperCase()), want?.toUpperCase() ?? null, text.toUpperCase());
  }
});

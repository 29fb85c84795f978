import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorSpan } from '../../doc/doc.js';
import { tokenize } from '../sentences/index.js';
import { phraseAfter, phraseBefore } from './noun-phrases.js';
import { perpetratorParts, splitGroupPeople, unknownOrganisation } from './perpetrator-phrase.js';
import type { Actor } from '../../contract/mention.js';

// Invented groups: the lexicon is not read here, the actor spans are given.
const span = (text: string, words: string, generic: boolean): ActorSpan => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, name: generic ? 'Unidentified Armed Group' : words, type: 'rebel_group', country: null, generic };
};

test('perpetratorParts: named groups and the people as written', () => {
  const cases: [string, string, [string, boolean][], string[], string | null][] = [
    ['KILLED BY TERRORISTS OF THE RED DAWN FRONT.', 'BY', [['RED DAWN FRONT', false]], ['RED DAWN FRONT'], 'TERRORISTS'],
    ['KIDNAPPED BY FIVE HEAVILY ARMED MEN.', 'BY', [['ARMED MEN', true]], [], 'FIVE HEAVILY ARMED MEN'],
    ['SHOT BY MEMBERS OF THE RED DAWN FRONT.', 'BY', [['RED DAWN FRONT', false]], ['RED DAWN FRONT'], 'MEMBERS OF THE RED DAWN FRONT'],
    ['SHOT BY MEMBERS OF THE ARMED FORCES.', 'BY', [['ARMED FORCES', true]], ['ARMED FORCES'], 'MEMBERS OF THE ARMED FORCES'],
    ['SHOT BY ALLEGED RED DAWN FRONT GUERRILLAS.', 'BY', [['RED DAWN FRONT', false]], ['RED DAWN FRONT'], 'GUERRILLAS'],
    ['shot by presumed urban guerrillas.', 'by', [], [], 'urban guerrillas'],
    ['SHOT BY RED DAWN FRONT MEMBERS.', 'BY', [['RED DAWN FRONT', false]], ['RED DAWN FRONT'], 'RED DAWN FRONT MEMBERS'],
    ['CLAIMED BY THE RED DAWN FRONT.', 'BY', [['RED DAWN FRONT', false]], ['RED DAWN FRONT'], null],
    ['DAMAGED BY THE STORM.', 'BY', [], [], null],
  ];
  for (const [text, after, spans, groups, people] of cases) {
    const { tokens } = tokenize(text);
    const i = tokens.findIndex((t) => t.text === after) + 1;
    const p = phraseAfter(tokens, i)!;
    const parts = perpetratorParts(tokens, p, spans.map(([w, g]) => span(text, w, g)));
    assert.deepEqual(parts.groups.map((g) => g.text), groups, text);
    assert.equal(parts.people ? text.slice(parts.people.start, parts.people.end) : null, people, text);
  }
});

test('splitGroupPeople: a lexicon name that ends in its people gives the group and the people', () => {
  const a = (text: string, name: string | null): Actor => ({ name, text, type: 'rebel_group', country: null, attribution: 'reported', start: 10, end: 10 + text.length });
  const cases: [Actor, string[]][] = [
    [a('RDF GUERRILLAS', 'Red Dawn Front'), ['RDF', 'GUERRILLAS']],
    [a('RDF MEMBERS', 'Red Dawn Front'), ['RDF', 'RDF MEMBERS']],
    [a('RED DAWN FRONT', 'Red Dawn Front'), ['RED DAWN FRONT']],
    [a('ARMED FORCES', 'Unspecified Military Forces'), ['ARMED FORCES']],
    [a('guerrillas', null), ['guerrillas']],
    // A nationality is no group: the force's people stay whole.
    [{ ...a('RURITANIAN TROOPS', 'Military Forces of Ruritania'), type: 'state_forces' }, ['RURITANIAN TROOPS']],
    [a('TALIBAN GUERRILLAS', 'Taliban'), ['TALIBAN', 'GUERRILLAS']],
  ];
  for (const [actor, want] of cases) assert.deepEqual(splitGroupPeople(actor).map((x) => x.text), want, actor.text);
});

test('unknownOrganisation: an organisation head after a word no dictionary holds', () => {
  const cases: [string, boolean][] = [['BY THE ZORVANI PATRIOTIC FRONT.', true], ['BY THE TERRORIST GROUP.', false], ['BY THE GUNMEN.', false]];
  for (const [text, want] of cases) {
    const { tokens } = tokenize(text);
    const p = phraseAfter(tokens, 1)!;
    assert.equal(unknownOrganisation(tokens, p, (w) => ['terrorist', 'patriotic', 'the'].includes(w)), want, text);
  }
});

test('perpetratorParts: a phrase cut inside a group name takes the whole name', () => {
  const text = 'KILLED BY RED DAWN TERRORISTS.';
  const { tokens } = tokenize(text);
  const head = tokens.find((t) => t.text === 'TERRORISTS')!;
  const p = { start: text.indexOf('DAWN'), end: head.end, head };
  const parts = perpetratorParts(tokens, p, [span(text, 'RED DAWN', false)]);
  // The group is recorded on its own: the people are the terrorists.
  assert.equal(parts.people ? text.slice(parts.people.start, parts.people.end) : null, 'TERRORISTS');
  assert.deepEqual(parts.groups.map((g) => g.text), ['RED DAWN']);
});

test('perpetratorParts: "alleged", "presumed" say the people are only suspected', () => {
  for (const [text, hedged] of [['SHOT BY ALLEGED GUERRILLAS.', true], ['shot by presumed gunmen.', true], ['SHOT BY GUERRILLAS.', false]] as const) {
    const { tokens } = tokenize(text);
    const p = phraseAfter(tokens, tokens.findIndex((t) => t.lower === 'by') + 1)!;
    assert.equal(perpetratorParts(tokens, p, []).hedged, hedged, text);
  }
});

test('perpetratorParts: what unknown people wore stays with them, what they rode in does not', () => {
  const cases: [string, string][] = [
    ['THE NURSE WAS SHOT BY THREE MEN IN PLAIN CLOTHES.', 'THREE MEN IN PLAIN CLOTHES'],
    ['THE NURSE WAS SHOT BY MEN WEARING MILITARY UNIFORMS.', 'MEN WEARING MILITARY UNIFORMS'],
    ['THE NURSE WAS SHOT BY TWO MEN IN A CAR.', 'TWO MEN'],
    ['THE NURSE WAS SHOT BY GUERRILLAS IN UNIFORM.', 'GUERRILLAS'],
  ];
  for (const [text, people] of cases) {
    const { tokens } = tokenize(text);
    const p = phraseAfter(tokens, tokens.findIndex((t) => t.text === 'BY') + 1)!;
    const parts = perpetratorParts(tokens, p, []);
    assert.equal(parts.people ? text.slice(parts.people.start, parts.people.end) : null, people, text);
  }
});

test('perpetratorParts: a span of time or a clock time run into the phrase is not part of the people', () => {
  const cases: [string, string, string][] = [
    ['OFFICIALS NOTED THAT DURING THE LAST FEW HOURS BANDITS STAGED TWO RAIDS.', 'STAGED', 'BANDITS'],
    ['AT 0300 REBEL UNITS ATTACKED THE GARRISON.', 'ATTACKED', 'REBEL UNITS'],
    ['AT NOON 300 REBEL UNITS ATTACKED THE GARRISON.', 'ATTACKED', '300 REBEL UNITS'],
  ];
  for (const [text, verb, people] of cases) {
    const { tokens } = tokenize(text);
    const p = phraseBefore(tokens, tokens.findIndex((t) => t.text === verb))!;
    const parts = perpetratorParts(tokens, p, []);
    assert.equal(parts.people ? text.slice(parts.people.start, parts.people.end) : null, people, text);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateSpan, Span } from '../../doc/doc.js';
import { chooseDate, countedBack, inheritedDate, reportDay } from './date-of.js';

// A day-precision date written at `phrase` in `text`.
function day(text: string, phrase: string, iso: string): DateSpan {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, type: 'DATE', value: iso, mod: null, range: { start: iso, end: iso, precision: 'day' }, relativeToContext: false };
}
function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^.]+\./g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

test('date-of: the dateline date is the report\'s, never the incident\'s', () => {
  const text = 'PORT TOWN, 4 MAR 91 (WIRE) -- A CAR BOMB WENT OFF NEAR THE MARKET.';
  const s = sentencesOf(text)[0];
  const trigger = { start: text.indexOf('BOMB'), end: text.indexOf('BOMB') + 4 };
  assert.equal(chooseDate(text, s, trigger, [day(text, '4 MAR 91', '1991-03-04')]), null);
});

test('date-of: a sentence with no date continues the day the sentences before it stated', () => {
  const text = 'On 2 March gunmen seized the mayor. They drove him to the hills. Police searched the area.';
  const dates = [day(text, '2 March', '1991-03-02')];
  const ss = sentencesOf(text);
  // [sentence index, expected inherited value]: two sentences back at most
  const cases: [number, string | null][] = [[1, '1991-03-02'], [2, '1991-03-02'], [0, null]];
  for (const [k, want] of cases) assert.equal(inheritedDate(text, ss, k, dates)?.value ?? null, want, `sentence ${k}`);
  const longer = 'On 2 March gunmen seized the mayor. A. B. C. Police searched the area.';
  assert.equal(inheritedDate(longer, sentencesOf(longer), 4, [day(longer, '2 March', '1991-03-02')]), null, 'too far back');
});

test('date-of: a year told in the sentence before dates another event, not the next sentence\'s', () => {
  const text = 'The rebels never killed anyone during the war that ended in 1979. The army says a rebel commando shot the minister.';
  const start = text.indexOf('1979');
  const year: DateSpan = { start, end: start + 4, text: '1979', type: 'DATE', value: '1979', mod: null, range: { start: '1979-01-01', end: '1979-12-31', precision: 'year' }, relativeToContext: false };
  assert.equal(inheritedDate(text, sentencesOf(text), 1, [year]), null);
});

test('date-of: the report\'s day is the first day in the week before publication', () => {
  const text = 'TOWN, 9 MAR 91 -- A BOMB DESTROYED A BANK. THE BLAST OCCURRED YESTERDAY. IN 1985 A BANK WAS HIT.';
  const dates = [day(text, '9 MAR 91', '1991-03-09'), day(text, 'YESTERDAY', '1991-03-08')];
  assert.equal(reportDay(text, dates, '1991-03-09')?.value, '1991-03-08');
  const today = 'TOWN, 9 MAR 91 -- POLICE SAID TODAY THAT A BOMB DESTROYED A BANK.';
  assert.equal(reportDay(today, [day(today, 'TODAY', '1991-03-09')], '1991-03-09'), null, 'the day of the report adds nothing');
  assert.equal(reportDay(text, [day(text, 'YESTERDAY', '1991-02-08')], '1991-03-09'), null, 'outside the week');
  assert.equal(reportDay(text, dates, null), null, 'no publication date');
});

test('date-of: the day a toll rose to a figure is not the day of the attack', () => {
  const text = 'The death toll from the bombing at the checkpoint rose to nine on Friday.';
  const s = sentencesOf(text)[0];
  const trigger = { start: text.indexOf('bombing'), end: text.indexOf('bombing') + 7 };
  assert.equal(chooseDate(text, s, trigger, [day(text, 'on Friday', '2026-02-13')]), null);
  const other = 'The bombing at the checkpoint killed nine people on Friday.';
  const t2 = { start: other.indexOf('bombing'), end: other.indexOf('bombing') + 7 };
  assert.equal(chooseDate(other, sentencesOf(other)[0], t2, [day(other, 'on Friday', '2026-02-13')])?.value, '2026-02-13');
});

test('date-of: a part of the day or a time counted to the clock is of the day being told', () => {
  const text = 'The convoy was attacked in the early afternoon and again shortly before midnight.';
  const s = sentencesOf(text)[0];
  const trigger = { start: text.indexOf('attacked'), end: text.indexOf('attacked') + 8 };
  const afternoon = day(text, 'in the early afternoon', '1991-03-05');
  const before = { ...day(text, 'shortly before', '1991-03-05'), relativeToContext: true, range: null, value: 'CONTEXT-0D' };
  assert.equal(chooseDate(text, s, trigger, [afternoon]), null);
  assert.equal(chooseDate(text, s, trigger, [before]), null);
  const counted = 'Shortly before the talks, gunmen attacked the convoy.';
  const rel = { ...day(counted, 'Shortly before', '1991-03-05'), relativeToContext: true, range: null, value: 'CONTEXT-0D' };
  assert.equal(chooseDate(counted, sentencesOf(counted)[0], { start: counted.indexOf('attacked'), end: counted.indexOf('attacked') + 8 }, [rel]), rel);
});

test('date-of: "for three hours before withdrawing" is how long, not a date', () => {
  const text = 'They fought troops for three hours before withdrawing.';
  const rel = { ...day(text, 'hours before', '1991-03-05'), relativeToContext: true, range: null, value: 'CONTEXT-0D' };
  assert.equal(chooseDate(text, sentencesOf(text)[0], { start: text.indexOf('fought'), end: text.indexOf('fought') + 6 }, [rel]), null);
});

test('date-of: the day a group claimed the attack is not the day of the attack', () => {
  const text = 'The front claimed responsibility for the bombing on Tuesday in a statement.';
  const claim = day(text, 'on Tuesday', '1991-03-05');
  assert.equal(chooseDate(text, sentencesOf(text)[0], { start: text.indexOf('bombing'), end: text.indexOf('bombing') + 7 }, [claim]), null);
});

test('date-of: an incident "N days/weeks after" which another came is counted back from that one', () => {
  // [sentence, trigger word, expected start..end and precision]
  const rows: [string, string, string | null][] = [
    ['The raid comes a week after gunmen killed nine guards at the mine.', 'killed', '2024-02-29..2024-03-02 day'],
    ['The raid came three days after rebels shelled the town.', 'shelled', '2024-03-05..2024-03-05 day'],
    ['Gunmen killed nine guards at the mine a week after the raid.', 'killed', null],
    ['The raid comes weeks after gunmen killed nine guards.', 'killed', null],
  ];
  for (const [text, word, want] of rows) {
    const trigger = { start: text.indexOf(word), end: text.indexOf(word) + word.length };
    const d = countedBack(text, { start: 0, end: text.length }, trigger, '2024-03-08');
    assert.equal(d ? `${d.start}..${d.end} ${d.precision}` : null, want, text);
  }
});

test('date-of: the day a government condemned a killing is not the killing\'s, when the sentence gives that too', () => {
  const text = 'The ministry strongly condemned on Friday the murder of three teachers on Thursday in Chalatenango.';
  const s = sentencesOf(text)[0];
  const trigger = { start: text.indexOf('murder'), end: text.indexOf('murder') + 6 };
  const friday = day(text, 'Friday', '2026-02-13'), thursday = day(text, 'Thursday', '2026-02-12');
  assert.equal(chooseDate(text, s, trigger, [friday, thursday])?.value, '2026-02-12');
  // With no other day in the sentence, the day stays: it may be all the report gives.
  assert.equal(chooseDate(text, s, trigger, [friday])?.value, '2026-02-13');
});

test('date-of: "between X and Y" and "from X to Y" date the act by the whole interval', () => {
  const range = (text: string, dates: DateSpan[]) => {
    const trigger = { start: text.indexOf('killed'), end: text.indexOf('killed') + 6 };
    const d = chooseDate(text, sentencesOf(text)[0], trigger, dates);
    return d && [d.range!.start, d.range!.end, d.range!.precision, d.text];
  };
  const long = 'Hired gunmen killed four mayors, among them Ana Ruiz, between 2 June and 20 July.';
  assert.deepEqual(range(long, [day(long, '2 June', '2024-06-02'), day(long, '20 July', '2024-07-20')]), ['2024-06-02', '2024-07-20', 'year', '2 June and 20 July']);
  const week = 'From 3 March to 8 March, raiders killed eleven herders.';
  assert.deepEqual(range(week, [day(week, '3 March', '2024-03-03'), day(week, '8 March', '2024-03-08')]), ['2024-03-03', '2024-03-08', 'week', '3 March to 8 March']);
  const bare = 'Gunmen killed three farmers between 3 and 5 August.';
  assert.deepEqual(range(bare, [day(bare, '5 August', '2024-08-05')]), ['2024-08-03', '2024-08-05', 'day', '3 and 5 August']);
  // Two days that are not an interval: the nearer one.
  const two = 'Gunmen killed a guard on 3 March and a driver on 8 March.';
  assert.deepEqual(range(two, [day(two, '3 March', '2024-03-03'), day(two, '8 March', '2024-03-08')]), ['2024-03-03', '2024-03-03', 'day', '3 March']);
});

test('date-of: a date in a relative clause closed before the act, or in a group\'s name, is not the act\'s', () => {
  const text = 'Police said that Ruiz, envoy during the first years of the government, which took office in 1984, was shot dead near his home.';
  const trigger = { start: text.indexOf('shot dead'), end: text.indexOf('shot dead') + 9 };
  const year = { ...day(text, '1984', '1984-01-01'), range: { start: '1984-01-01', end: '1984-12-31', precision: 'year' as const } };
  assert.equal(chooseDate(text, sentencesOf(text)[0], trigger, [year]), null);
  const named = 'Fighters of the 19 April Movement attacked the post.';
  const t2 = { start: named.indexOf('attacked'), end: named.indexOf('attacked') + 8 };
  assert.equal(chooseDate(named, sentencesOf(named)[0], t2, [day(named, '19 April', '2024-04-19')]), null);
});

test('date-of: the day something began or a day to come does not date the act of the next sentence', () => {
  const text = 'He pledged to defend the peace process begun on 14 January 2021. Gunmen shot the mayor dead.';
  assert.equal(inheritedDate(text, sentencesOf(text), 1, [day(text, '14 January 2021', '2021-01-14')]), null);
  const elected = 'She will lead the party if she is elected chair on 3 June. Gunmen shot the mayor dead.';
  assert.equal(inheritedDate(elected, sentencesOf(elected), 1, [day(elected, '3 June', '2024-06-03')]), null);
  const told = 'Rebels attacked the town on 14 January. Gunmen shot the mayor dead.';
  assert.equal(inheritedDate(told, sentencesOf(told), 1, [day(told, '14 January', '2024-01-14')])?.value, '2024-01-14');
});

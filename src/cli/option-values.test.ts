import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from './command.js';
import { filterFrom } from './filter-options.js';
import { choiceArg, countryArg, dayArg, limitArg, nearArg, publishedDate, statusArg } from './option-values.js';

describe('option values: accepted', () => {
  const today = new Date('2024-03-31T12:00:00Z');
  const cases: [string, () => unknown, unknown][] = [
    ['near', () => nearArg('33.3,44.4,25'), { lat: 33.3, lon: 44.4, km: 25 }],
    ['near with spaces and signs', () => nearArg(' -33.9, +18.4 , 0.5'), { lat: -33.9, lon: 18.4, km: 0.5 }],
    ['date', () => dayArg('--since', '2024-02-29'), '2024-02-29'],
    ['days ago', () => dayArg('--since', '30d', today), '2024-03-01'],
    ['published date-time', () => publishedDate('2024-03-10T08:30:00Z'), '2024-03-10T08:30:00Z'],
    ['country lower case', () => countryArg('iq'), 'IQ'],
    ['status any case', () => statusArg('Claimed'), 'claimed'],
    ['limit', () => limitArg('20'), 20],
    ['format', () => choiceArg('--format', 'csv', ['csv', 'geojson']), 'csv'],
  ];
  for (const [name, run, expected] of cases) it(name, () => assert.deepEqual(run(), expected));
});

describe('option values: rejected with expected versus got', () => {
  const cases: [string, () => unknown, string][] = [
    ['near with two numbers', () => nearArg('33.3,44'), '--near expects LAT,LON,KM (three numbers, e.g. 33.31,44.36,25), got "33.3,44"'],
    ['near with words', () => nearArg('baghdad,1,2'), '--near expects LAT,LON,KM (three numbers, e.g. 33.31,44.36,25), got "baghdad,1,2"'],
    ['near latitude', () => nearArg('91,0,5'), '--near expects a latitude between -90 and 90, got 91'],
    ['near longitude', () => nearArg('0,181,5'), '--near expects a longitude between -180 and 180, got 181'],
    ['near radius', () => nearArg('0,0,0'), '--near expects a radius in km greater than 0, got 0'],
    ['impossible date', () => dayArg('--until', '2023-02-29'), '--until expects a date YYYY-MM-DD or a number of days like 30d, got "2023-02-29"'],
    ['date in another format', () => dayArg('--since', '10/03/2024'), '--since expects a date YYYY-MM-DD or a number of days like 30d, got "10/03/2024"'],
    ['published', () => publishedDate('yesterday'), '--published expects an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM), got "yesterday"'],
    ['country', () => countryArg('IRQ'), '--country expects an ISO 3166-1 alpha-2 code like IQ, got "IRQ"'],
    ['status', () => statusArg('happened'), '--status expects one of occurred, attempted, claimed, threatened, planned, denied, hypothetical, got "happened"'],
    ['limit zero', () => limitArg('0'), '--limit expects a whole number of 1 or more, got "0"'],
    ['limit fraction', () => limitArg('2.5'), '--limit expects a whole number of 1 or more, got "2.5"'],
    ['format', () => choiceArg('--format', 'xml', ['jsonl']), '--format expects jsonl, got "xml"'],
    ['since after until', () => filterFrom({ since: '2024-05-01', until: '2024-04-01' }), '--since expects a date on or before --until, got --since 2024-05-01 after --until 2024-04-01'],
    ['empty type', () => filterFrom({ type: ' ' }), '--type expects some text, got an empty string'],
  ];
  for (const [name, run, message] of cases) {
    it(name, () => assert.throws(run, (err: Error) => err instanceof UsageError && err.message === message));
  }
});

describe('filterFrom', () => {
  it('builds the store filter', () => {
    assert.deepEqual(filterFrom({ since: '2024-01-01', type: ' strike ', country: 'af', background: true, limit: '5', near: '1,2,3' }), {
      since: '2024-01-01', type: 'strike', country: 'AF', includeBackground: true, limit: 5, near: { lat: 1, lon: 2, km: 3 },
    });
  });
});

// Amounts of time units as written in news: "three", "2 1/2", "twenty-four", "a couple of", "several".
import { UNITS } from '../numbers/number-words.js';

const WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen';
/** A regex source for an amount; `amount()` reads what it matched. */
export const AMOUNT = `(?:\\d+(?:\\.\\d+)?(?: 1/2)?|(?:${WORD})(?: and a half)?|(?:a|one|two|three|four|five) hundred|a couple of|couple of|a few|few|several|some|many|an?)`;
/** Units TimeML writes with a designator; decades and centuries become years ("two decades" is P20Y). */
export const UNIT = '(second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))';

/** The amount as a number, 'X' when vague ("several"), null when not an amount. */
export function amount(text: string): number | 'X' | null {
  const t = text.toLowerCase().replace(/-/g, ' ').trim();
  if (/^(a )?couple of$/.test(t)) return 2;
  if (/^(a few|few|several|some|many)$/.test(t)) return 'X';
  if (/^an?$/.test(t)) return 1;
  const half = / (1\/2|and a half)$/.test(t) ? 0.5 : 0;
  const core = t.replace(/ (1\/2|and a half)$/, '');
  if (/^\d+(\.\d+)?$/.test(core)) return Number(core) + half;
  const hundred = /^(a|one|two|three|four|five) hundred$/.exec(core);
  if (hundred) return (hundred[1] === 'a' ? 1 : UNITS[hundred[1]]) * 100;
  if (/^a dozen|dozen$/.test(core)) return 12 + half;
  const words = core.split(' ');
  if (words.every((w) => w in UNITS)) return words.reduce((a, w) => a + UNITS[w], 0) + half;
  return null;
}

const DESIGNATOR: Record<string, [string, number]> = {
  second: ['TS', 1], minute: ['TM', 1], hour: ['TH', 1], day: ['D', 1], week: ['W', 1], month: ['M', 1],
  quarter: ['Q', 1], year: ['Y', 1], decade: ['Y', 10], century: ['Y', 100], centurie: ['Y', 100],
};
// Half a unit in the next smaller one: "2 1/2 years" is P2Y6M.
const HALF: Record<string, string> = { Y: '6M', D: 'T12H', TH: '30M', TM: '30S' };

/** TimeML duration value: P3Y, PT5H30M, PXD. */
export function durationValue(n: number | 'X', unit: string): string | null {
  const [des, factor] = DESIGNATOR[unit.toLowerCase()] ?? [];
  if (!des) return null;
  const letter = des.replace('T', ''), time = des.startsWith('T') ? 'T' : '';
  if (n === 'X') return `P${time}X${letter}`;
  const whole = Math.floor(n * factor), half = n * factor - whole;
  if (half === 0) return `P${time}${whole}${letter}`;
  if (half === 0.5 && HALF[des]) return `P${time}${whole}${letter}${HALF[des].replace(/^T/, time ? '' : 'T')}`;
  return null;
}

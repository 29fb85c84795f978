// Numbers written as digits or words, as spans with values.
import type { NumberSpan, Token } from '../../doc/doc.js';
import type { Stage } from '../../doc/stage.js';
import { layer } from '../../doc/doc.js';
import { digitValue, scaleOf, wordValue } from './number-words.js';

export function findNumbers(text: string, tokens: Token[]): NumberSpan[] {
  const out: NumberSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    let value = digitValue(first.lower) ?? wordValue(first.lower);
    // "a dozen", "a hundred"
    if (value === null && (first.lower === 'a' || first.lower === 'an') && i + 1 < tokens.length) {
      const next = tokens[i + 1].lower;
      if (next === 'dozen' || scaleOf(next) !== undefined) { value = 1; } else { i++; continue; }
    }
    if (value === null) { i++; continue; }
    let total = 0, current = value, j = i + 1;
    // Word sequences: "two hundred and fifty", "three thousand", "1.5 million"
    while (j < tokens.length) {
      const t = tokens[j].lower;
      const scaleWord = scaleOf(t);
      if (scaleWord !== undefined || t === 'dozen') {
        const scale = t === 'dozen' ? 12 : scaleWord!;
        if (scale >= 1000) { total += current * scale; current = 0; } else { current = (current || 1) * scale; }
        j++;
      } else if (t === 'and' && j + 1 < tokens.length && wordValue(tokens[j + 1].lower) !== null && current >= 100) {
        j++;
      } else {
        // "twenty-five" may come as three tokens: twenty, -, five
        const hyphen = t === '-' && j + 1 < tokens.length;
        const w = wordValue(hyphen ? tokens[j + 1].lower : t);
        if (w !== null && w > 0 && w < 100 && canAdd(current, w) && (digitValue(first.lower) === null)) {
          current += w; j += hyphen ? 2 : 1;
        } else break;
      }
    }
    const end = tokens[j - 1].end;
    out.push({ start: first.start, end, text: text.slice(first.start, end), value: total + current });
    i = j;
  }
  return out;
}

/** "two hundred" + "fifty", "twenty" + "five": the smaller word fills the empty places of the larger. */
function canAdd(current: number, w: number): boolean {
  const rest = current % 100;
  if (current >= 100 && rest === 0) return true;
  return rest >= 20 && rest % 10 === 0 && w < 10;
}

export const numbersStage: Stage = {
  name: 'numbers',
  needs: ['tokens'],
  adds: ['numbers'],
  run(doc) {
    doc.layers.numbers = findNumbers(doc.text, layer(doc, 'tokens'));
  },
};

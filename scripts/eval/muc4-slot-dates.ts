// Gold MUC-4 incident dates ("15 JAN 90", "- 15 JAN 90", ranges, " / " alternatives) and the date rule of
// muc4-slots.ts: a mention's date is right when its [start, end] overlaps one gold alternative.
import type { Mention } from '../../src/contract/mention.js';

/** Splits on "/" outside parentheses and drops one pair of parentheses around each alternative. */
export function alternatives(fill: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of fill.replace(/^\s*\?\s*/, '')) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '/' && depth === 0) [out[out.length], cur] = [cur, ''];
    else cur += ch;
  }
  out.push(cur);
  return out.map(unwrap).filter((s) => s && s !== '-' && s !== '*');
}

function unwrap(s: string): string {
  s = s.trim().replace(/^\?\s*/, '');
  if (!s.startsWith('(')) return s;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    if (s[i] === ')' && --depth === 0) return i === s.length - 1 ? unwrap(s.slice(1, -1)) : s;
  }
  return s;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
export interface Range { lo: string; hi: string } // ISO dates; lo '' = open

/** "15 JAN 90" -> [1990-01-15, 1990-01-15]; "JAN 90" -> the month; no year -> the publication year. */
export function parseMucDate(s: string, pubYear: number | null): Range | null {
  const m = s.trim().match(/^(\d{1,2})?\s*([A-Z]{3})[A-Z]*\.?\s*(\d{2}|\d{4})?$/i);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2].toUpperCase()) + 1;
  if (month === 0) return null;
  const year = m[3] ? (m[3].length === 2 ? 1900 + Number(m[3]) : Number(m[3])) : pubYear;
  if (year === null) return null;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (m[1]) return { lo: `${ym}-${m[1].padStart(2, '0')}`, hi: `${ym}-${m[1].padStart(2, '0')}` };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { lo: `${ym}-01`, hi: `${ym}-${last}` };
}

export type DateForm = 'day' | 'range' | 'on or before' | 'alternatives' | 'other';

export function goldDateRanges(fill: string, pubYear: number | null): { ranges: Range[]; form: DateForm } {
  const alts = alternatives(fill);
  const ranges: Range[] = [];
  let form: DateForm = alts.length > 1 ? 'alternatives' : 'other';
  for (const alt of alts) {
    const [a, b] = alt.split(/\s+-\s*|^-\s*/).length > 1 ? splitRange(alt) : [alt, null];
    if (a === '' && b) {
      const hi = parseMucDate(b, pubYear);
      if (hi) ranges.push({ lo: '', hi: hi.hi });
      if (alts.length === 1) form = 'on or before';
    } else if (b) {
      const lo = parseMucDate(a, pubYear);
      const hi = parseMucDate(b, pubYear);
      if (lo && hi) ranges.push({ lo: lo.lo, hi: hi.hi });
      if (alts.length === 1) form = 'range';
    } else {
      const r = parseMucDate(a, pubYear);
      if (r) ranges.push(r);
      if (alts.length === 1) form = r && r.lo === r.hi ? 'day' : 'other';
    }
  }
  return { ranges, form };
}

function splitRange(s: string): [string, string] {
  const i = s.indexOf('-');
  return [s.slice(0, i).trim(), s.slice(i + 1).trim()];
}

export function dateCorrect(m: Mention, ranges: Range[]): boolean {
  const start = m.date?.start;
  if (!start) return false;
  const end = m.date?.end ?? start;
  return ranges.some((r) => start.slice(0, 10) <= r.hi && end.slice(0, 10) >= r.lo);
}


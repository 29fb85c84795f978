// Time expressions chrono-node does not handle: bare years with modifiers, durations, sets, and vague references.
import { UNITS } from '../numbers/number-words.js';

export interface ExtraTimex { start: number; end: number; text: string; type: 'DATE' | 'DURATION' | 'SET'; value: string; mod: string | null }

const MOD: Record<string, string> = { early: 'START', mid: 'MID', late: 'END', 'end of': 'END', 'beginning of': 'START' };
const UNIT: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', hour: 'H', decade: 'DE' };
const NUM = `(\\d+|${Object.keys(UNITS).join('|')}|a|an|several|a few)`;

const RULES: { re: RegExp; make: (m: RegExpMatchArray) => Omit<ExtraTimex, 'start' | 'end' | 'text'> | null }[] = [
  {
    re: /\b(?:(early|mid|late|end of|beginning of)[- ]?)?((?:19|20)\d{2})\b(?![-\/]\d)/gi,
    make: (m) => ({ type: 'DATE', value: m[2], mod: m[1] ? MOD[m[1].toLowerCase()] : null }),
  },
  {
    re: new RegExp(`\\b(?:(?:for|over|past|last|nearly|almost|more than|the)\\s+)+${NUM}\\s+(day|week|month|year|hour|decade)s?\\b(?!\\s+(ago|later|earlier|before|after))`, 'gi'),
    make: (m) => {
      const n = /^\d+$/.test(m[1]) ? m[1] : m[1].toLowerCase() in UNITS ? String(UNITS[m[1].toLowerCase()]) : m[1].toLowerCase().startsWith('a') && m[1].length <= 2 ? '1' : 'X';
      const u = UNIT[m[2].toLowerCase()];
      return { type: 'DURATION', value: u === 'H' ? `PT${n}H` : `P${n}${u}`, mod: null };
    },
  },
  { re: /\b(daily|every day|each day)\b/gi, make: () => ({ type: 'SET', value: 'P1D', mod: null }) },
  { re: /\b(weekly|every week)\b/gi, make: () => ({ type: 'SET', value: 'P1W', mod: null }) },
  { re: /\b(recently|in the past|previously|in recent (weeks|months|years))\b/gi, make: () => ({ type: 'DATE', value: 'PAST_REF', mod: null }) },
  { re: /\b(currently|now|at present|at the moment)\b/gi, make: () => ({ type: 'DATE', value: 'PRESENT_REF', mod: null }) },
  { re: /\b(in the (coming|next) (days|weeks|months)|in the future|soon)\b/gi, make: () => ({ type: 'DATE', value: 'FUTURE_REF', mod: null }) },
];

export function findExtraTimex(text: string): ExtraTimex[] {
  const out: ExtraTimex[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const made = rule.make(m);
      if (made) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], ...made });
    }
  }
  return out;
}

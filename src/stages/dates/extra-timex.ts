// Time expressions chrono-node does not handle: years (written or spoken) with modifiers, decades, centuries,
// sets, and vague references. Each vague word is here because TimeBank annotates it more often than not
// ("now", "currently", "recently"); words it mostly leaves alone ("soon", "previously") are not.
import type { DateSpan } from '../../doc/doc.js';
import { UNITS } from '../numbers/number-words.js';
import { yearRange } from './calendar.js';
import { holdsAny } from './cues.js';

type Made = Pick<DateSpan, 'type' | 'value'> & Partial<Pick<DateSpan, 'mod' | 'range'>>;

const MOD: Record<string, string> = { early: 'START', mid: 'MID', late: 'END', 'end of': 'END', 'beginning of': 'START' };
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const DAY_NUMBER: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

// A rule runs only on texts holding one of its `keys` (lower case): most texts have no decade or season, and a
// scan for a plain word is far cheaper than one for a pattern with optional words in front.
const RULES: { keys?: string[]; re: RegExp; make: (m: RegExpMatchArray) => Made | null }[] = [
  {
    // "2019", "fiscal 2026"; not "$1999", "1,999" or "2150 shares". The "late" of "late 2017" is read below.
    // Not a clock in wire copy either: "at 1930", "AT 2030 ON 2 MAY", "1545 (2145 GMT)".
    re: /\b(?<![$,.\d]|\d[,.]|\bat (?:about |around |approximately )?)((?:19|20)\d{2})\b(?![-/]\d|,\d|\.\d|\s*(?:%|percent|shares|points|to \d|gmt\b|hours\b|hrs\b|local time\b|\(\d{4} gmt\)))/gi,
    make: (m) => ({ type: 'DATE', value: m[1], range: yearRange(Number(m[1])) }),
  },
  {
    keys: ['nineteen'],
    // Broadcast transcripts spell years out: "nineteen eighty-four".
    re: new RegExp(`\\bnineteen (${TENS})(?:[- ](${ONES}))?\\b`, 'gi'),
    make: (m) => {
      const y = 1900 + UNITS[m[1].toLowerCase()] + (m[2] ? UNITS[m[2].toLowerCase()] : 0);
      return { type: 'DATE', value: String(y), range: yearRange(y) };
    },
  },
  { keys: ['two thousand'], re: /\b(?:the )?year two thousand\b/gi, make: () => ({ type: 'DATE', value: '2000', range: yearRange(2000) }) },
  {
    keys: ['0s'],
    // Decades: TimeML writes the 1990s as "199".
    re: /\b(?:the\s+)?(?:(early|mid|late)[- ])?(?:((?:1[89]|20)\d)0|'(\d)0)'?s\b/gi,
    make: (m) => ({ type: 'DATE', value: m[2] ?? `19${m[3]}`, mod: m[1] ? MOD[m[1].toLowerCase()] : null }),
  },
  { keys: ['century'], re: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi, make: (m) => ({ type: 'DATE', value: String(Number(m[1]) - 1).padStart(2, '0') }) },
  // Sets: "daily" (not a newspaper, "the state daily Tribune"), "every month", "each Thursday".
  { keys: ['daily'], re: /\bdaily\b(?<!\baverage daily)(?! [A-Z])/g, make: () => ({ type: 'SET', value: 'P1D' }) },
  { keys: ['each', 'every', 'per '], re: /\b(?:each|every|per) (day|week|month|year|quarter)\b/gi, make: (m) => ({ type: 'SET', value: `P1${m[1][0].toUpperCase()}` }) },
  { keys: ['each', 'every'], re: /\b(?:every|each) (sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi, make: (m) => ({ type: 'SET', value: `XXXX-WXX-${DAY_NUMBER[m[1].toLowerCase()] || 7}` }) },
  { keys: ['days'], re: /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)s\b/gi, make: (m) => ({ type: 'SET', value: `XXXX-WXX-${DAY_NUMBER[m[1].toLowerCase()] || 7}` }) },
  // Vague references.
  { keys: ['now', 'current', 'present', 'moment', 'these days'], re: /\b(?:right now|now|currently|current|at present|at the moment|these days|nowadays)\b/gi, make: () => ({ type: 'DATE', value: 'PRESENT_REF' }) },
  { keys: ['recently', 'in the past'], re: /\b(?:recently|in the past)\b(?! \d| (?:few|several|two|three|four|five|six|seven|eight|nine|ten)\b)/gi, make: () => ({ type: 'DATE', value: 'PAST_REF' }) },
  { keys: ['future', ' term'], re: /\b(?:(?:in )?the (?:near |distant )?future|in future|the (?:near|short) term)\b/gi, make: () => ({ type: 'DATE', value: 'FUTURE_REF' }) },
  {
    keys: ['recent', 'coming'],
    re: /\b(?:in )?(?:the )?(recent|coming) (day|week|month|year|quarter)s\b/gi,
    make: (m) => ({ type: 'DURATION', value: `PX${m[2][0].toUpperCase()}` }),
  },
];

const YEAR_MODIFIER = /\b(early|mid|late|end of|beginning of)[- ]?$/i;

export function findExtraTimex(text: string, lower = text.toLowerCase()): DateSpan[] {
  const out: DateSpan[] = [];
  for (const rule of RULES) {
    if (rule.keys && !holdsAny(lower, rule.keys)) continue;
    for (const m of text.matchAll(rule.re)) {
      const made = rule.make(m);
      if (made) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], mod: null, range: null, ...made, relativeToContext: false });
    }
  }
  // "late 2017": the modifier belongs to the year (looked for behind each year, not at every word).
  for (const y of out) {
    const mod = /^\d{4}$/.test(y.text) ? YEAR_MODIFIER.exec(text.slice(Math.max(0, y.start - 13), y.start)) : null;
    if (mod) Object.assign(y, { start: y.start - mod[0].length, text: mod[0] + y.text, mod: MOD[mod[1].toLowerCase()] });
  }
  return out;
}

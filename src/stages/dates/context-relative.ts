// Expressions whose day is counted from the incident they follow, not from the publication date:
// "earlier in the day", "hours later", "the next day". The events stage anchors them.
import { holdsAny } from './cues.js';

export interface ContextRelative { start: number; end: number; text: string; offsetDays: number }

// Each pattern with words of which every match holds one (lower case): a text with none of them is not scanned
// with the pattern, and most texts have none of most (the scans were 8% of the dates stage).
const PATTERNS: [RegExp, number, string[]][] = [
  [/\b(just |only )?(earlier|later) (in|on) (the|that) (same )?day\b/gi, 0, ['earlier ', 'later ']],
  [/\b(earlier|later) that (same )?(day|morning|afternoon|evening|night)\b/gi, 0, ['r that ']],
  [/\b(hours|minutes|moments|shortly) (later|after(wards)?|before|earlier)\b/gi, 0, ['hours ', 'minutes ', 'moments ', 'shortly ']],
  [/\b(an hour|a few hours|several hours) (later|earlier|before)\b/gi, 0, ['hour ', 'hours ']],
  [/\bthe same day\b/gi, 0, ['the same day']],
  [/\b(the )?(next|following) (day|morning)\b/gi, 1, ['next day', 'next morning', 'following day', 'following morning']],
  [/\ba day (later|after)\b/gi, 1, ['a day later', 'a day after']],
  [/\bthe (day before|previous day)\b/gi, -1, ['the day before', 'the previous day']],
];

export function findContextRelative(text: string, lower = text.toLowerCase()): ContextRelative[] {
  const out: ContextRelative[] = [];
  for (const [re, offsetDays, keys] of PATTERNS) {
    if (!holdsAny(lower, keys)) continue;
    for (const m of text.matchAll(re)) {
      const start = m.index!, end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, text: m[0], offsetDays });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// Expressions whose day is counted from the incident they follow, not from the publication date:
// "earlier in the day", "hours later", "the next day". The events stage anchors them.

export interface ContextRelative { start: number; end: number; text: string; offsetDays: number }

const PATTERNS: [RegExp, number][] = [
  [/\b(just |only )?(earlier|later) (in|on) (the|that) (same )?day\b/gi, 0],
  [/\b(earlier|later) that (same )?(day|morning|afternoon|evening|night)\b/gi, 0],
  [/\b(hours|minutes|moments|shortly) (later|after(wards)?|before|earlier)\b/gi, 0],
  [/\b(an hour|a few hours|several hours) (later|earlier|before)\b/gi, 0],
  [/\bthe same day\b/gi, 0],
  [/\b(the )?(next|following) (day|morning)\b/gi, 1],
  [/\ba day (later|after)\b/gi, 1],
  [/\bthe (day before|previous day)\b/gi, -1],
];

export function findContextRelative(text: string): ContextRelative[] {
  const out: ContextRelative[] = [];
  for (const [re, offsetDays] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index!, end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, text: m[0], offsetDays });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

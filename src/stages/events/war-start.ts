// "killed in an air raid in the opening days of this war": the day the report says the war began ("this war
// triggered by strikes on Iran on February 28", "since the war broke out on 7 October").
import type { DateSpan, Span } from '../../doc/doc.js';

const AT_START = /\b(?:at|in) the (?:very )?(?:beginning|start|outset|opening days?) of (?:this|the) war\b/i;
const WAR_BEGAN = /\bwar\b[^.;]{0,120}?\b(?:triggered|began|started|erupted|broke out|was launched|was sparked)\b/i;

/** The date the report gives for the war's start, when the incident's sentence places it at that start. */
export function warStartDate(text: string, sentence: Span, sentences: Span[], dates: DateSpan[]): DateSpan | null {
  if (!AT_START.test(text.slice(sentence.start, sentence.end))) return null;
  for (const s of sentences) {
    const m = WAR_BEGAN.exec(text.slice(s.start, s.end));
    if (!m) continue;
    // The first day-precise date after the verb, in the same sentence.
    const from = s.start + m.index + m[0].length;
    const d = dates.find((x) => x.start >= from && x.end <= s.end && x.range?.precision === 'day');
    if (d) return d;
  }
  return null;
}

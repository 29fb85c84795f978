// The parts of a text worth handing to chrono-node: around a month or weekday name, a casual day word or a clock
// time. chrono runs a few dozen regexes per call, so giving it only these windows keeps the stage fast; the
// windows are wide enough to hold any expression chrono reads ("9 a.m. GMT, Dec. 9, 2026").
export interface Window { start: number; end: number }

const TRIGGER = new RegExp([
  '\\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b', '\\bmay\\.',
  '\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\b',
  '\\b(mon|tues?|wed|thu(rs?)?|fri|sat|sun)(day|nesday|rsday|urday)?\\b',
  '\\b(today|tonight|tomorrow|yesterday|noon|midday|midnight|morning|afternoon|evening|night)\\b',
  '\\d:\\d\\d', '\\d\\.\\d\\d\\s*\\(?(gmt|utc)', '\\d\\s*[ap]\\.?m\\b', "o'clock", '\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}',
].join('|'), 'gi');
const RADIUS = 60;

export function chronoWindows(text: string): Window[] {
  const out: Window[] = [];
  for (const m of text.matchAll(TRIGGER)) {
    let start = Math.max(0, m.index! - RADIUS), end = Math.min(text.length, m.index! + m[0].length + RADIUS);
    // Snap to whitespace so that no window starts or ends inside a word.
    if (start > 0) { const sp = text.slice(start, m.index!).search(/\s/); start = sp < 0 ? m.index! : start + sp + 1; }
    if (end < text.length) { const tail = text.slice(m.index! + m[0].length, end); const sp = tail.search(/\s\S*$/); end = sp < 0 ? m.index! + m[0].length : m.index! + m[0].length + sp; }
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

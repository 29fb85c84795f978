// Scraped text pages carry their date in the header ("Published 17 November 2025 - 11:42", "April 7, 2026
// 10:18 PM"). Only a full date with a year in the first short lines counts: a bare dateline ("BAGHDAD, April 7")
// has no year, and dates further down belong to the story.
import * as chrono from 'chrono-node';

const HEADER_LINES = 15;
const FIXED_DAY = new Date('2001-06-15T12:00:00Z');
const ANOTHER_DAY = new Date('2013-02-03T12:00:00Z');
/** Words that make a date relative to the day it is read. */
const RELATIVE = /\b(today|tonight|yesterday|tomorrow|now|ago|last|this|next|earlier|later)\b/i;

export function publishedFromText(text: string): string | null {
  const lines = text.split('\n').slice(0, HEADER_LINES);
  for (const line of lines) {
    if (line.length > 160) break; // the story has started
    // Day-first reading: "06/03/2026" on a page outside the US is 6 March. Month names read the same either way.
    // Read against two far-apart reference days: a date that moves with them ("in 3 days", "over the last few days")
    // is counted from the day the file is read, not written, whatever words it uses.
    // The second reading is made only for a line that gives a full date (most header lines give none).
    let other: number[] | null = null;
    for (const r of chrono.en.GB.parse(line, FIXED_DAY)) {
      // chrono makes "today" or "yesterday" a certain date: the day the file is read, not the day it was written.
      if (RELATIVE.test(r.text)) continue;
      const c = r.start;
      other ??= chrono.en.GB.parse(line, ANOTHER_DAY).map((x) => x.start.date().getTime());
      if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day') && other.includes(c.date().getTime())) {
        const iso = `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
        if (/^(19|20)\d{2}-/.test(iso)) return iso;
      }
    }
  }
  return null;
}

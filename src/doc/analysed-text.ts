// The text the analysing stages read: the report with its excluded (boilerplate) ranges blanked out.
// No incident may come from an excluded range, yet a quarter of a typical scraped page is boilerplate
// ("Latest Stories" lists, share lines, bylines). Blanking it, instead of cutting it out, keeps every offset and
// line break, so tokens, sentences, dates and places found in the blanked text index the original text unchanged.
import type { ExcludedRange } from '../contract/mention.js';
import type { Span } from './doc.js';
import { type Doc, layer } from './doc.js';

/** text with every character inside a range replaced by a space, line breaks kept; the same string when no range. */
export function blankRanges(text: string, ranges: readonly Span[]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '', from = 0;
  for (const r of sorted) {
    const start = Math.max(from, Math.min(r.start, text.length)), end = Math.min(r.end, text.length);
    if (end <= start) continue;
    out += text.slice(from, start) + spacesFor(text, start, end);
    from = end;
  }
  return out + text.slice(from);
}

/** text.slice(start, end).replace(/[^\n]/g, ' '), a run of spaces per line instead of a regex per character. */
function spacesFor(text: string, start: number, end: number): string {
  let out = '', from = start;
  for (let i = text.indexOf('\n', from); i >= 0 && i < end; i = text.indexOf('\n', from)) {
    out += ' '.repeat(i - from) + '\n';
    from = i + 1;
  }
  return out + ' '.repeat(end - from);
}

/**
 * The excluded ranges that hold no text of the report at all. A heading stays: no incident is taken from a
 * headline, but it names the story's places and days, which the annotate layers mark (GeoWebNews and TempEval
 * count the toponyms and dates in headlines).
 */
const NOT_REPORT_TEXT = new Set(['related-list', 'list-age', 'widget', 'share', 'byline', 'copyright', 'footnote']);

// Three stages ask for the same document's text in turn: keyed by its excluded layer, one array per document.
const cache = new WeakMap<object, string>();

/** doc.text with the boilerplate ranges of the excluded layer blanked (needs the clean stage's layer). */
export function analysedText(doc: Doc): string {
  const excluded = layer(doc, 'excluded');
  let text = cache.get(excluded);
  if (text === undefined) {
    text = blankRanges(doc.text, blanked(excluded));
    cache.set(excluded, text);
  }
  return text;
}

/** The excluded ranges the analysing stages do not read: all but headings. */
export function blanked(excluded: readonly ExcludedRange[]): ExcludedRange[] {
  return excluded.filter((e) => NOT_REPORT_TEXT.has(e.reason));
}

/** The spans that do not overlap a blanked range: for a layer partly found by searching doc.text itself. */
export function outsideExcluded<T extends Span>(doc: Doc, spans: T[]): T[] {
  const ranges = blanked(layer(doc, 'excluded'));
  if (ranges.length === 0) return spans;
  return spans.filter((s) => !ranges.some((e) => e.start < s.end && s.start < e.end));
}


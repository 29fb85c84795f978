// Named rules that recognise one boilerplate line each. A rule returns its reason, or null.

export interface LineInfo { text: string; trimmed: string; index: number; lines: string[] }
export type LineRule = (line: LineInfo) => string | null;

const WIDGET = /^(audio by \w+|listen to (this|the) (article|story)|listen\b.*\bmin(ute)?s?\b|advertisement|sponsored( content)?|skip to (main )?content|print( this)?( article)?|toggle navigation|menu|loading\.{0,3}|font size|text size|reading time:?.*|\d+ min(ute)?s? read)$/i;
const SHARE = /^(share( this( article| story| on \w+)?)?|share on (facebook|twitter|x|whatsapp|linkedin)|tweet|email|copy link|follow us( on .*)?|subscribe( to .*)?|sign up( for .*)?|join (our|us on) .*|get (our|the) .* newsletter.*|download (our|the) app.*|click here.*|comments?( \(\d+\))?)$/i;
// "Reporting by A; Editing by B" (the agencies' credit line) and "Example Post staff | 3 May 2026" are bylines too.
const BYLINE = /^([Bb]y\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,4}(\s*(,|and|&)\s*[A-Z][\w.'’ -]+){0,3}|([Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast updated)( on| at)?:?\s.{0,60}|([Pp]hoto|[Ii]mage|[Vv]ideo|[Ff]ile photo|[Cc]redit)s?:.{0,120}|([Aa]dditional )?[Rr]eporting by [^.;]{1,80}(; ?([Ww]riting|[Ee]diting) by [^.;]{1,80}){0,2}|[A-Z][\w’' -]{1,40} staff( \| .{1,40})?)$/;
// A notice ending a short line; a whole page flattened onto one line may end with one too, and stays text.
const COPYRIGHT = /^(©|\(c\)|copyright\b).{0,200}$|^.{0,200}all rights reserved\.?$/i;
// "*Daesh (also known as ISIS) is a terrorist organisation outlawed in Russia": a publisher's standing footnote.
const FOOTNOTE = /^\*\s*\S/;
const AGE = /^(-|–|—|•)?\s*(\d+|an?|one)\s+(sec|second|min|minute|hour|hr|day|week|month)s?( ago)?\s*(-|–|—|•)?$/i;
const LONE_DASH = /^[-–—•|]+$/;

export const widgetLine: LineRule = ({ trimmed }) => (WIDGET.test(trimmed) ? 'widget' : null);
export const shareLine: LineRule = ({ trimmed }) => (SHARE.test(trimmed) ? 'share' : null);
export const bylineLine: LineRule = ({ trimmed }) => (BYLINE.test(trimmed) ? 'byline' : null);
export const copyrightLine: LineRule = ({ trimmed }) => (mayBeCopyright(trimmed) && COPYRIGHT.test(trimmed) ? 'copyright' : null);

/**
 * Can COPYRIGHT match at all? It spans the whole line, so the line is at most 220 characters, and begins with
 * "©", "(c)" or "copyright" or ends with "all rights reserved(.)". Asked of every line: the pattern's .{0,200}
 * tries every length of a long paragraph before failing.
 */
function mayBeCopyright(trimmed: string): boolean {
  if (trimmed.length > 220) return false;
  const c0 = trimmed.charCodeAt(0);
  return c0 === 0xa9 || c0 === 40 || (c0 | 32) === 99 || /all rights reserved\.?$/i.test(trimmed.slice(-20));
}
export const footnoteLine: LineRule = ({ trimmed }) => (FOOTNOTE.test(trimmed) ? 'footnote' : null);
export const ageLine: LineRule = ({ trimmed }) => (AGE.test(trimmed) || LONE_DASH.test(trimmed) ? 'list-age' : null);

/** A short line with no closing punctuation standing between lines: a heading, not a sentence. */
export const headingLine: LineRule = ({ trimmed, index, lines }) => {
  if (trimmed.length === 0 || trimmed.length > 200) return null;
  if (/[.!?:;,"”’)]$/.test(trimmed)) return null;
  const words = trimmed.split(/\s+/).length;
  // Above the first paragraph of the story (the page header) a headline may run to 30 words. (Whether the line is
  // above it is asked only when the answer matters, of 13 to 30 words: it reads every line before this one.)
  if (words > 30 || (words > 12 && !inHeader(lines, index))) return null;
  // A lone line with nothing else around is the whole report (a headline feed item): keep it.
  return lines.some((l, i) => i !== index && l.trim().length > 0) ? 'heading' : null;
};

const inHeader = (lines: string[], index: number) => !lines.slice(0, index).some((l) => /[.!?"”]$/.test(l.trim()) && l.trim().split(/\s+/).length >= 12);

export const LINE_RULES: LineRule[] = [widgetLine, shareLine, copyrightLine, footnoteLine, ageLine, bylineLine, headingLine];

/** "Latest Stories", "Related", "Read more": a list of other headlines starts here. */
export const LIST_HEADING = /^(latest( stories| news| headlines)?|related( stories| articles| news| content| coverage)?|read (more|also|next)|more (stories|news|from .*)|you (may|might) also like|recommended( for you| stories)?|trending( now| stories)?|most (read|popular|viewed)|top stories|editor'?s picks|also read|see also|what to read next)\s*:?$/i;

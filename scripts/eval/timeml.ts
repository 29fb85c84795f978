// TimeML (.tml) to plain text with the gold TIMEX3 offsets in that text.
// The text is the content of <TEXT> with every tag removed and entities decoded, so a TIMEX3 outside <TEXT>
// (the document creation time in <DCT>) is not gold. The DCT is the TIMEX3 with functionInDocument="CREATION_TIME".
import { attributes, decodeEntities } from './xml-text.js';

export interface Timex { start: number; end: number; tid: string; type: string; value: string }
export interface TimemlDoc { text: string; timexes: Timex[]; dct: string | null; emptyTimexes: number }

export function parseTimeml(xml: string): TimemlDoc {
  const open = xml.search(/<TEXT>/);
  const close = xml.search(/<\/TEXT>/);
  if (open < 0 || close < open) throw new Error('timeml: expected one <TEXT> element, got none');
  const body = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const timexes: Timex[] = [];
  const stack: { attrs: Record<string, string>; start: number }[] = [];
  let emptyTimexes = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w-]*)([^>]*?)(\/?)>|[^<]+/g)) {
    if (m[2] === undefined) {
      text += decodeEntities(m[0]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[4]) emptyTimexes++; // <TIMEX3 .../>: an implicit time with no words to find
    else if (!m[1]) stack.push({ attrs: attributes(m[3]), start: text.length });
    else {
      const t = stack.pop();
      if (!t) throw new Error('timeml: expected an open TIMEX3 before </TIMEX3>, got none');
      timexes.push({ start: t.start, end: text.length, tid: t.attrs.tid ?? '', type: t.attrs.type ?? '', value: t.attrs.value ?? '' });
    }
  }
  const dctTag = xml.match(/<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/);
  const dct = dctTag ? attributes(dctTag[0]).value ?? null : null;
  return { text, timexes: timexes.sort((a, b) => a.start - b.start), dct, emptyTimexes };
}

/** The DCT value as the ISO date `--published` wants ("1998-01-08T10:00" -> "1998-01-08"); null if it has no day. */
export function dctDate(value: string | null): string | null {
  return value?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
}

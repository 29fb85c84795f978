// Marks boilerplate as excluded ranges; never deletes or rewrites text.
import type { ExcludedRange } from '../../contract/mention.js';
import type { Stage } from '../../doc/stage.js';
import { LINE_RULES, LIST_HEADING, ageLine } from './line-rules.js';

interface Line { start: number; end: number; text: string }

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i;
      if (end > start && text[end - 1] === '\r') end--;
      out.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Lines after a "Latest Stories" heading are other headlines until a real paragraph returns: several sentences,
 * or one sentence ended by a full stop, which a headline never has ("Top Stories" above a page's own headline and
 * lead, "Read more" between two paragraphs of the story).
 */
function isListItem(trimmed: string, next: string): boolean {
  if (trimmed === '' || isAge(trimmed)) return true;
  const sentences = trimmed.split(/[.!?]["”’]?\s+[A-Z“"]/).length;
  // A teaser sentence with its age under it ("... in the capital.", "3 hours ago") is still an item.
  return trimmed.length < 220 && sentences < 2 && (!SENTENCE_END.test(trimmed) || isAge(next));
}

const isAge = (trimmed: string) => ageLine({ text: trimmed, trimmed, index: 0, lines: [] }) !== null;

const SENTENCE_END = /\.["”’)]?$/;

export function findBoilerplate(text: string): ExcludedRange[] {
  const lines = splitLines(text);
  const raw = lines.map((l) => l.text);
  const out: ExcludedRange[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    if (LIST_HEADING.test(trimmed)) {
      let j = i + 1;
      while (j < lines.length && isListItem(lines[j].text.trim(), lines[j + 1]?.text.trim() ?? '')) j++;
      out.push({ start: line.start, end: lines[j - 1].end, reason: 'related-list' });
      i = j - 1;
      continue;
    }
    for (const rule of LINE_RULES) {
      const reason = rule({ text: line.text, trimmed, index: i, lines: raw });
      if (reason) { out.push({ start: line.start, end: line.end, reason }); break; }
    }
  }
  return out;
}

export const cleanStage: Stage = {
  name: 'clean',
  needs: [],
  adds: ['excluded'],
  run(doc) {
    // Hard-wrapped wire copy (MUC-style) has no one-line headings or widgets; its short lines are wrapped text.
    doc.layers.excluded = isHardWrapped(doc.text) ? [] : findBoilerplate(doc.text);
  },
};

// The clean and sentences stages both ask about each document, with runPipelineBatch a whole batch apart: the
// answers for the last few hundred texts are kept.
const wrappedOf = new Map<string, boolean>();

/** Text wrapped at a fixed width with blank lines between paragraphs: single newlines are not boundaries. */
export function isHardWrapped(text: string): boolean {
  let wrapped = wrappedOf.get(text);
  if (wrapped === undefined) {
    wrapped = hardWrapped(text);
    if (wrappedOf.size >= 256) wrappedOf.clear();
    wrappedOf.set(text, wrapped);
  }
  return wrapped;
}

function hardWrapped(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 4) return false;
  const wrapped = lines.filter((l) => l.length >= 40 && l.length <= 90).length;
  // Wrapped lines stop mid-sentence; one-paragraph-per-line text ends its lines with punctuation.
  const open = lines.filter((l) => !/[.!?"”:]\s*$/.test(l)).length;
  return (wrapped / lines.length >= 0.6 && open / lines.length >= 0.4) || filledToWidth(text);
}

/**
 * Short paragraphs wrap into a full line and a short one, too few full lines for the test above. Wrapping still
 * shows: every line that stops mid-sentence is full, its next word would not have fitted within the widest line.
 * A heading stops mid-sentence too, but short, so a page with headings is not taken for wrapped copy.
 */
export function filledToWidth(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trimEnd());
  const width = Math.max(...lines.map((l) => l.length));
  if (width < 50 || width > 100) return false;
  let open = 0, full = 0, nonBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    nonBlank++;
    const next = lines[i + 1]?.trim() ?? '';
    if (next === '' || /[.!?"”:]$/.test(lines[i])) continue;
    open++;
    // (Two characters of slack: the widest line may be a word longer than the width wrapped to.)
    if (lines[i].length + 1 + next.split(/\s/)[0].length > width - 2) full++;
  }
  return open >= 2 && open / nonBlank >= 0.3 && full / open >= 0.9;
}

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

/** Lines after a "Latest Stories" heading are other headlines until a real paragraph (several sentences) returns. */
function isListItem(trimmed: string): boolean {
  if (trimmed === '' || ageLine({ text: trimmed, trimmed, index: 0, lines: [] })) return true;
  const sentences = trimmed.split(/[.!?]["”’]?\s+[A-Z“"]/).length;
  return trimmed.length < 220 && sentences < 2;
}

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
      while (j < lines.length && isListItem(lines[j].text.trim())) j++;
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

// The clean and sentences stages both ask about the same document in turn: remember the last answer.
let lastText: string | null = null, lastWrapped = false;

/** Text wrapped at a fixed width with blank lines between paragraphs: single newlines are not boundaries. */
export function isHardWrapped(text: string): boolean {
  if (text !== lastText) { lastWrapped = hardWrapped(text); lastText = text; }
  return lastWrapped;
}

function hardWrapped(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 4) return false;
  const wrapped = lines.filter((l) => l.length >= 40 && l.length <= 90).length;
  // Wrapped lines stop mid-sentence; one-paragraph-per-line text ends its lines with punctuation.
  const open = lines.filter((l) => !/[.!?"”:]\s*$/.test(l)).length;
  return wrapped / lines.length >= 0.6 && open / lines.length >= 0.4;
}

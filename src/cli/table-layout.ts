// Plain-text tables that fit a terminal: the widest shrinkable columns give way first, cut with an ellipsis.

export interface Column { title: string; shrink: boolean; align?: 'left' | 'right' }

const GAP = 2;
const MIN_WIDTH = 4; // "Ab…" still hints at the word; narrower says nothing

export function renderTable(columns: Column[], rows: string[][], maxWidth = Infinity): string {
  const widths = columns.map((c, i) => Math.max(len(c.title), ...rows.map((r) => len(clean(r[i])))));
  let excess = widths.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1) - maxWidth;
  while (excess > 0) {
    let widest = -1;
    columns.forEach((c, i) => { if (c.shrink && widths[i] > MIN_WIDTH && (widest < 0 || widths[i] > widths[widest])) widest = i; });
    if (widest < 0) break; // nothing left to shrink: let the terminal wrap rather than hide the fixed columns
    widths[widest]--;
    excess--;
  }
  const line = (cells: string[]) =>
    cells.map((cell, i) => pad(fit(clean(cell), widths[i]), widths[i], columns[i].align)).join(' '.repeat(GAP)).trimEnd();
  return [line(columns.map((c) => c.title)), ...rows.map(line)].join('\n') + '\n';
}

/** A cell is one line: reports may put newlines or tabs in names. */
function clean(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Length in code points, so a cut never splits a surrogate pair. */
function len(s: string): number {
  return [...s].length;
}

export function fit(s: string, width: number): string {
  const chars = [...s];
  return chars.length <= width ? s : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - len(s)));
  return align === 'right' ? fill + s : s + fill;
}

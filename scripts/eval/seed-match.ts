// Best-fit matching of predicted mentions to expected rows, and the text helpers the seed checks need.
import type { Evidence, Mention } from '../../src/contract/mention.js';
import { distanceKm } from './metrics.js';

export interface Crit {
  name: string;
  test: (m: Mention) => boolean;
  /** what the mention has instead, for failure details */
  got: (m: Mention) => string;
}

export interface Row {
  id: string;
  crits: Crit[];
  /** evidence overlapping one of these spans breaks ties between rows with the same criteria */
  anchors?: Span[];
}

export interface Span { start: number; end: number }

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function evidenceOverlaps(m: Mention, spans: Span[]): boolean {
  return m.evidence.some((e) => spans.some((s) => overlaps(e, s)));
}

function fit(row: Row, m: Mention): number {
  const n = row.crits.filter((c) => c.test(m)).length;
  return n + (row.anchors && evidenceOverlaps(m, row.anchors) ? 0.5 : 0);
}

/** Assigns distinct mentions to rows maximising the total fit (rows are few: exhaustive search). */
export function assign(rows: Row[], pool: Mention[]): (Mention | null)[] {
  let best: (Mention | null)[] = rows.map(() => null);
  let bestScore = -1;
  const pick: (Mention | null)[] = [];
  const go = (i: number, used: Set<Mention>, score: number) => {
    if (i === rows.length) {
      if (score > bestScore) [bestScore, best] = [score, [...pick]];
      return;
    }
    for (const m of pool) {
      if (used.has(m)) continue;
      pick[i] = m;
      go(i + 1, new Set(used).add(m), score + fit(rows[i], m));
    }
    pick[i] = null;
    go(i + 1, used, score);
  };
  go(0, new Set(), 0);
  return best;
}

const count = (c: Mention['fatalities']) => (c ? `${c.best ?? '?'}[${c.low},${c.high ?? '∞'}]` : 'null');

export function summarise(m: Mention): string {
  const loc = m.location
    ? `${m.location.name}@${m.location.lat?.toFixed(3)},${m.location.lon?.toFixed(3)}/${m.location.precision}/${m.location.country}`
    : 'null';
  const weapons = m.weapons.map((w) => `${w.type}x${w.count ?? '?'}`).join(',');
  return (
    `${m.id} "${m.sub_event_type}" ${m.status}${m.background ? ' background' : ''} date=${m.date?.start ?? 'null'}` +
    ` loc=${loc} weapons=[${weapons}] killed=${count(m.fatalities)} injured=${count(m.injuries)} casualties=${count(m.casualties)}`
  );
}

// ---- criteria -------------------------------------------------------------------------------------------

export const subType = (t: string): Crit => ({
  name: `sub_event_type "${t}"`,
  test: (m) => m.sub_event_type === t,
  got: (m) => `"${m.sub_event_type}"`,
});

export const dateStart = (d: string): Crit => ({
  name: `date.start ${d}`,
  test: (m) => m.date?.start === d,
  got: (m) => String(m.date?.start ?? null),
});

export const near = (lat: number, lon: number, km: number): Crit => ({
  name: `location within ${km} km of ${lat},${lon}`,
  test: (m) => m.location?.lat != null && m.location.lon != null && distanceKm(lat, lon, m.location.lat, m.location.lon) <= km,
  got: (m) =>
    m.location?.lat != null && m.location.lon != null
      ? `${distanceKm(lat, lon, m.location.lat, m.location.lon).toFixed(1)} km away (${m.location.name})`
      : `no coordinates (${m.location?.name ?? 'no location'})`,
});

const ROCKET = /rocket|katyusha|missile|projectile/i;
export const rockets = (n: number): Crit => ({
  name: `a rocket-like weapon with count ${n}`,
  test: (m) => m.weapons.some((w) => (ROCKET.test(w.type) || ROCKET.test(w.text)) && w.count === n),
  got: (m) => `[${m.weapons.map((w) => `${w.type}x${w.count ?? '?'}`).join(', ')}]`,
});

export const crit = (name: string, test: (m: Mention) => boolean, got: (m: Mention) => string): Crit => ({ name, test, got });

// ---- text -----------------------------------------------------------------------------------------------

const SENTENCE_END = /[.!?][”"’)]*\s+(?=[A-Z“"‘])/g;

/** The sentence (bounded by line breaks and sentence-final punctuation) around text[at, at+len). */
export function sentenceAround(text: string, at: number, len: number): Span {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at + len);
  const lineEnd = nl < 0 ? text.length : nl;
  let start = lineStart;
  for (const m of text.slice(lineStart, lineEnd).matchAll(SENTENCE_END)) {
    if (lineStart + m.index + m[0].length <= at) start = lineStart + m.index + m[0].length;
  }
  const after = text.slice(at + len, lineEnd);
  const m = new RegExp(SENTENCE_END.source).exec(after);
  const end = m ? at + len + m.index + m[0].trimEnd().length : lineEnd;
  return { start, end };
}

export function phraseSentences(text: string | undefined, phrase: string): Span[] {
  const spans: Span[] = [];
  if (!text) return spans;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) spans.push(sentenceAround(text, i, phrase.length));
  return spans;
}

export const evidenceText = (e: Evidence[]): string => e.map((x) => `[${x.start},${x.end})`).join('');

// State and province abbreviations after a town ("Kent, Wash.", "Salem, OR", "Perth, WA") from
// data/place-abbreviations.json. Postal codes are words or initials too often ("IN", "OK", "ME") to count
// anywhere else; dotted forms with two or more stops ("N.J.", "D.C.") also count on their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../../doc/doc.js';
import type { Gazetteer, Place } from '../../gazetteer/gazetteer.js';
import { normalizeName } from '../../gazetteer/normalize.js';
import { dataDir } from '../../lexicon/data-dir.js';
import type { Candidate } from './recognise.js';

let table: Map<string, { cc: string; admin1: string }[]> | null = null;

function abbreviations(): Map<string, { cc: string; admin1: string }[]> {
  if (table) return table;
  table = new Map();
  const data = JSON.parse(readFileSync(join(dataDir(), 'place-abbreviations.json'), 'utf8')) as Record<string, Record<string, string[]> | string>;
  for (const [cc, states] of Object.entries(data)) {
    if (typeof states === 'string') continue;
    for (const [admin1, forms] of Object.entries(states)) for (const f of forms) table.set(f, [...(table.get(f) ?? []), { cc, admin1 }]);
  }
  return table;
}

export function findAbbreviations(text: string, tokens: Token[], g: Gazetteer, allCaps: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const states = abbreviations().get(t.text);
    if (!states) continue;
    const afterTown = k >= 2 && tokens[k - 1].text === ',' && /^[A-Z]/.test(tokens[k - 2].text) && tokens[k - 2].sentence === t.sentence;
    const dotted = (t.text.match(/\./g) ?? []).length >= 2;
    const postal = /^[A-Z]{2,3}$/.test(t.text);
    if (!(afterTown || dotted) || (postal && (allCaps || !afterTown))) continue;
    const places: Place[] = states.flatMap((s) => (g.byName.get(normalizeName(s.admin1)) ?? []).filter((p) => p.kind === 'admin1' && p.cc === s.cc));
    if (places.length > 0) out.push({ start: t.start, end: t.end, text: t.text, places, tokenIndex: k, tokenEnd: k + 1 });
  }
  return out;
}

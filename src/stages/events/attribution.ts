// Sourcing: outlets and officials cited, with citation chains ("Al Arabiya reported citing AFP" -> AFP via
// Al Arabiya), anonymity noted ("a security source", "officials who spoke on condition of anonymity").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceRef } from '../../contract/mention.js';
import { dataDir } from '../../lexicon/data-dir.js';
import { FragmentSet } from '../../lexicon/fragments.js';

let outletRe: RegExp | null = null;
const canonical = new Map<string, string>();
// Prefilter: most sentences name no outlet, and one scan for the names is cheaper than trying the long
// alternation at every offset. The names as written serve the case-sensitive pattern; in lower case (which short
// names like "ap" make all but useless) the any-case one.
let outletNames: FragmentSet | null = null;
let outletNamesLower: FragmentSet | null = null;

// Wire copy in capitals asks for the outlets in any case: compiled once, not for every incident (the list is long).
let outletAnyCaseRe: RegExp | null = null;
function outletsAnyCase(): RegExp {
  return (outletAnyCaseRe ??= new RegExp(outlets().source, 'gi'));
}

function outlets(): RegExp {
  if (outletRe) return outletRe;
  const table = JSON.parse(readFileSync(join(dataDir(), 'outlets.json'), 'utf8')) as Record<string, string[] | string>;
  const names: string[] = [];
  for (const [name, aliases] of Object.entries(table)) {
    if (name.startsWith('_')) continue;
    for (const a of [name, ...(aliases as string[])]) { names.push(a); canonical.set(a.toLowerCase(), name); }
  }
  names.sort((a, b) => b.length - a.length);
  outletNames = new FragmentSet(names);
  outletNamesLower = new FragmentSet(names.map((n) => n.toLowerCase()));
  const esc = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Outlet names are matched case-sensitively so "AP" is not "ap" and "Dawn" is not "dawn" (ALL-CAPS text aside).
  outletRe = new RegExp(`(?<![\\w])(?:the )?(${esc.join('|')})(?: news agency| news agencies| TV| television)?(?![\\w])`, 'g');
  return outletRe;
}

/** Outlet names anywhere in a text, whatever their case: the names a truecased copy of ALL-CAPS text restores. */
export function outletSpans(text: string): { start: number; end: number }[] {
  const re = new RegExp(outlets().source, 'gi');
  return [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

const ANON = String.raw`(?:an? |two |three |several |the )?(?:[A-Z][a-z]+ )?(?:senior |local |military |police |medical |hospital |government |intelligence )?(?:security )?(?:source|sources|official|officials|spokesman|spokeswoman|spokesperson|witness|witnesses|resident|residents|medic|medics|doctor|doctors|officer|officers)`;
// Compiled once (they were built for every call), and run only on a sentence holding their literal words: most hold
// none ("citing", "told", "according to"), and the unanchored ANON alternation is slow to try at every offset.
const CITING = new RegExp(`(?:reported|said|quoted|reports|says)[^.]{0,40}?citing (${ANON}|[A-Z][\\w]*(?: [A-Z][\\w]*)*)`, 'g');
const TOLD = new RegExp(`(${ANON}|[A-Z][\\w]+(?: [A-Z][\\w]+)*) told `, 'g');
const ACCORDING_TO = new RegExp(`[Aa]ccording to (${ANON}|(?:the )?[A-Z][\\w]+(?: [A-Z][\\w]+)*|the (?:\\w+ )?(?:ministry|police|army|military|government|authorities|governor|mayor)(?: of [A-Z]\\w+)?)`, 'g');
const ONLY_ANON = new RegExp(`^${ANON}$`, 'i');

// Outlets the list does not know hold one of these words ("news agency", "TV", "Radio"), as written.
const UNKNOWN_OUTLET = /(?:the )?((?:[A-Z][\w'’-]+ ){1,3}(?:news agency|agency|newspaper|daily|TV|television|radio)|Radio (?:[A-Z][\w'’-]+ ?){1,3})/g;
const UNKNOWN_OUTLET_WORDS = new FragmentSet(['agency', 'newspaper', 'daily', 'TV', 'television', 'radio', 'Radio ']);

/**
 * anyCase: match outlet names in any case (truecased ALL-CAPS text, where "Afp" is AFP).
 * prefilter false runs every pattern on every sentence; the output is the same (the test compares them).
 */
export function findSources(sentence: string, offset: number, anyCase = false, prefilter = true): SourceRef[] {
  const re = anyCase ? outletsAnyCase() : outlets();
  const found: { name: string; start: number; end: number; text: string }[] = [];
  const named = !prefilter || (anyCase ? outletNamesLower!.foundIn(sentence.toLowerCase()) : outletNames!.foundIn(sentence)).length > 0;
  for (const m of named ? sentence.matchAll(re) : []) {
    found.push({ name: canonical.get(m[1].toLowerCase()) ?? m[1], start: offset + m.index!, end: offset + m.index! + m[0].length, text: m[0] });
  }
  // Outlets the list does not know, named by what they are: "the Khaama agency", "Radio Dalsan", "Al Naba newspaper".
  const unknown = !prefilter || UNKNOWN_OUTLET_WORDS.foundIn(sentence).length > 0;
  for (const m of unknown ? sentence.matchAll(UNKNOWN_OUTLET) : []) {
    const start = offset + m.index!, end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    found.push({ name: m[1].trim(), start, end, text: m[0] });
  }
  found.sort((a, b) => a.start - b.start);
  const refs: SourceRef[] = [];
  const ref = (name: string, via: string[], start: number, end: number, anonymous = false): SourceRef =>
    ({ name, via, text: sentence.slice(start - offset, end - offset), start, end, ...(anonymous ? { anonymous } : {}) });
  // "X reported ... citing Y": Y is the source, X passed it on.
  for (const m of sentence.includes('citing ') ? sentence.matchAll(CITING) : []) {
    const citeStart = offset + m.index! + m[0].length - m[1].length;
    const reporter = found.filter((f) => f.end <= offset + m.index!).pop();
    const cited = found.find((f) => f.start === citeStart || (f.start >= citeStart && f.start < citeStart + m[1].length));
    const isAnon = !cited && ONLY_ANON.test(m[1]);
    refs.push(ref(cited?.name ?? normaliseAnon(m[1]), reporter ? [reporter.name] : [], reporter?.start ?? citeStart, citeStart + m[1].length, isAnon));
  }
  // "a security source told Al Jazeera", "security sources told the AP and Reuters agencies"
  for (const m of sentence.includes(' told ') ? sentence.matchAll(TOLD) : []) {
    const told = offset + m.index! + m[0].length;
    const targets = found.filter((f) => f.start >= told && f.start < told + 60);
    const isAnon = ONLY_ANON.test(m[1]);
    for (const t of targets) refs.push(ref(normaliseAnon(m[1]), [t.name], offset + m.index!, t.end, isAnon));
  }
  // Outlets not already in a chain stand as sources on their own ("Al Sumaria TV reported").
  for (const f of found) {
    if (refs.some((r) => r.start <= f.start && f.end <= r.end)) continue;
    refs.push(ref(f.name, [], f.start, f.end));
  }
  for (const m of sentence.includes('ccording to ') ? sentence.matchAll(ACCORDING_TO) : []) {
    const start = offset + m.index!, end = start + m[0].length;
    if (refs.some((r) => r.start < end && start < r.end)) continue;
    refs.push(ref(normaliseAnon(m[1]), [], start, end, ONLY_ANON.test(m[1])));
  }
  return refs.sort((a, b) => a.start - b.start);
}

function normaliseAnon(s: string): string {
  return s.replace(/^(an?|the|two|three|several) /i, '').trim();
}

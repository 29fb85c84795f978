// Killed, injured and unspecified casualties in one sentence: digits, number words, vague quantifiers,
// bounds, sums ("two soldiers and three civilians were killed"), explicit zeros and tolls that rose.
import type { Count } from '../../contract/mention.js';
import { UNITS, digitValue, wordValue } from '../numbers/number-words.js';

export interface Casualties { fatalities: Count | null; injuries: Count | null; casualties: Count | null }
type Kind = keyof Casualties;

// "a" counts one only before a person: "a woman ... died", never "a bar in Irapuato died".
const PERSON = 'woman|man|child|boy|girl|soldier|civilian|policeman|police officer|officer|person|guard|driver|contractor|worker|student|passenger|journalist|resident|villager|farmer|teacher|priest|guerrilla|rebel|militant|member|pilot|nurse|doctor';
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|(?:${Object.keys(UNITS).join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: hundred)?(?: thousand)?)`;
const VAGUE = String.raw`(?:several|dozens(?: of)?|scores(?: of)?|hundreds(?: of)?|a few|many|a number of|a dozen)`;
const BOUND = String.raw`(?:at least|more than|over|up to|as many as|nearly|almost|about|around|some|an estimated|approximately)`;
const QUANT = String.raw`(?:(${BOUND}) )?(${NUMBER}|${VAGUE}|(?:an?|one)(?= (?:${PERSON})\b))`;
// Up to four words saying who ("people", "police officers"); a preposition ends them: "rose to 12 on Wednesday
// after an injured constable died" has no 12 injured. An apposition may follow ("11 people, including seven
// policemen, were killed").
const WHO = String.raw`(?:(?!(?:on|in|at|after|before|when|while|from|by|with|than|since|as|during)\b)[\w'’-]+ ){0,4}?(?:[\w'’-]+, (?:including|among them|most of them|mostly|all of them) [^,.;]{1,40}, )?`;
const KILLED = 'killed|dead|died|slain|murdered|shot dead|lost their lives';
const INJURED = 'injured|wounded|hurt|injuries';

const AND_NUMBER = new RegExp(String.raw`\b(?:and|,) (${NUMBER}) `, 'gi');

// keys: lower-case words of which every match holds one (none: the sentence prefilter below is enough).
const PATTERNS: { re: RegExp; kind: Kind | 'verb'; keys?: string[] }[] = [
  // "12 people were killed", "two dead": a passive or a state. Without an auxiliary, "a bomber killed 11 people"
  // would count the bomber, so bare participles need one.
  { re: new RegExp(String.raw`\b${QUANT} ${WHO}(?:(?:(?:were|was|have been|has been|had been|are|is|being|got) (?:(?:reportedly|reported|confirmed|also|later|all) )?(${KILLED}|${INJURED}))|(dead|died|lost their lives|injured|wounded))\b`, 'gi'), kind: 'verb' },
  { re: new RegExp(String.raw`\b(killing|killed|kill|injuring|injured|wounding|wounded|left|leaving)(?: at least| more than| about| some| up to)? (${NUMBER}|${VAGUE})\b(?! (?:years|days|hours|minutes|km|kilometres|miles|times|percent|%))`, 'gi'), kind: 'verb' },
  { re: new RegExp(String.raw`\bnumber of (?:people|persons|civilians|soldiers)? ?(?:killed|dead) (?:\w+ ){0,2}?to (${NUMBER})\b`, 'gi'), kind: 'toll-to' as Kind, keys: ['number of'] },
  // "the number of people killed in yesterday evening's suicide car bombing near the junction has risen to nine",
  // "the number of soldiers killed when ISWAP (Islamic State) fighters attacked a base in Damboa, Borno State, on
  // Sunday night has risen to seven": any words of the clause, commas and brackets included.
  { re: new RegExp(String.raw`\bnumber of (?:people|persons|civilians|soldiers)? ?(?:killed|dead)(?: [^\s.;:]+){0,30}? (?:has |had )?(?:rose|risen|climbed|increased|jumped|reached)(?: to)? (${NUMBER})\b`, 'gi'), kind: 'toll-to' as Kind, keys: ['number of'] },
  // "the death toll from Tuesday's suicide attack on a police checkpoint in Bannu rose to 12"
  { re: new RegExp(String.raw`\b(?:death toll|toll|number of (?:dead|deaths))(?: [\w'’-]+){0,16}? (?:rose|risen|climbed|reached|stands|stood|increased|jumped|is|was|at|to)(?: to| at)?(?: (${BOUND}))? (${NUMBER})\b`, 'gi'), kind: 'fatalities', keys: ['toll', 'number of'] },
  { re: new RegExp(String.raw`\b${QUANT} (?:\w+ )?(casualties)\b`, 'gi'), kind: 'casualties', keys: ['casualties'] },
];

const ZEROS: { re: RegExp; kind: Kind; keys: string[] }[] = [
  { re: /\bno (?:one|body|people|person|civilians?|soldiers?) (?:was |were |had been )?(?:killed|dead)\b|\bno (?:deaths|fatalities)\b/gi, kind: 'fatalities', keys: ['no '] },
  { re: /\bno (?:one|body|people|person|civilians?|soldiers?) (?:was |were |had been )?(?:injured|hurt|wounded|harmed)\b|\bno injuries\b/gi, kind: 'injuries', keys: ['no '] },
  { re: /\bno (?:casualties|victims)\b|\bwithout (?:causing )?casualties\b/gi, kind: 'casualties', keys: ['no ', 'without'] },
];

function quantity(bound: string | undefined, q: string): { best: number | null; low: number; high: number | null } | null {
  const lower = q.toLowerCase().replace(/ of$/, '');
  const vague: Record<string, [number, number | null]> = { several: [2, null], dozens: [24, null], scores: [40, null], hundreds: [200, null], 'a few': [2, 5], many: [2, null], 'a number of': [2, null], 'a dozen': [12, 12] };
  if (lower in vague) { const [low, high] = vague[lower]; return { best: low === high ? low : null, low, high }; }
  const n = lower === 'a' || lower === 'an' ? 1 : digitValue(lower) ?? wordsValue(lower);
  if (n === null) return null;
  switch ((bound ?? '').toLowerCase()) {
    case 'at least': case 'some': return { best: n, low: n, high: null };
    case 'more than': case 'over': return { best: n + 1, low: n + 1, high: null };
    case 'up to': case 'as many as': return { best: null, low: 0, high: n };
    default: return { best: n, low: n, high: n };
  }
}

function wordsValue(s: string): number | null {
  let total = 0, current = 0;
  for (const w of s.split(/[\s-]+/)) {
    if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') { total += (current || 1) * 1000; current = 0; }
    else { const v = wordValue(w); if (v === null) return null; current += v; }
  }
  return total + current;
}

const INJURY_VERB = new RegExp(`^(${INJURED}|injuring|wounding)$`, 'i');

function verbKind(verb: string): Kind {
  return INJURY_VERB.test(verb) ? 'injuries' : 'fatalities';
}

// Every pattern below needs one of these words: most sentences hold none, and the patterns are long.
const CASUALTY_WORD = /kill|dead|death|died|slain|murder|lives|injur|wound|hurt|harm|casualt|toll|fatalit|victim|left|leaving/i;

/** prefilter false runs every pattern; the output is the same (the test compares them). */
export function findCasualties(sentence: string, offset: number, prefilter = true): Casualties {
  const out: Casualties = { fatalities: null, injuries: null, casualties: null };
  if (prefilter && !CASUALTY_WORD.test(sentence)) return out;
  // A pattern runs only when the sentence holds one of its key words.
  const lower = sentence.toLowerCase();
  const wakes = (keys: string[] | undefined) => !prefilter || !keys || keys.some((k) => lower.includes(k));
  const put = (kind: Kind, c: Count, add: boolean) => {
    const prev = out[kind];
    // "two soldiers and three civilians were killed": counts of one kind in one sentence add up.
    if (prev && add && prev.best !== null && c.best !== null && prev.end <= c.start) {
      out[kind] = { best: prev.best + c.best, low: prev.low + c.low, high: prev.high !== null && c.high !== null ? prev.high + c.high : null, text: sentence.slice(prev.start - offset, c.end - offset), start: prev.start, end: c.end };
    } else if (!prev || !add) out[kind] = c;
  };
  for (const z of ZEROS) for (const m of wakes(z.keys) ? sentence.matchAll(z.re) : []) put(z.kind, { best: 0, low: 0, high: 0, text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length }, false);
  for (const p of PATTERNS) {
    for (const m of wakes(p.keys) ? sentence.matchAll(p.re) : []) {
      if ((p.kind as string) === 'toll-to') {
        const v = quantity(undefined, m[1]);
        if (v) put('fatalities', { ...v, text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length }, false);
        continue;
      }
      const [bound, q, word] = p.kind === 'verb' && /^(killing|killed|kill|injuring|injured|wounding|wounded|left|leaving)$/i.test(m[1] ?? '') ? [undefined, m[2], m[1]] : [m[1], m[2], m[3] ?? m[4]];
      let v = quantity(bound, q);
      if (!v) continue;
      // "two soldiers and three civilians were killed": further "and N" groups inside the match add up.
      if (p === PATTERNS[0]) {
        for (const extra of m[0].slice(m[0].indexOf(q) + q.length).matchAll(AND_NUMBER)) {
          const e = quantity(undefined, extra[1]);
          if (e && v.best !== null && e.best !== null) v = { best: v.best + e.best, low: v.low + e.low, high: v.high !== null && e.high !== null ? v.high + e.high : null };
        }
      }
      const kind: Kind = p.kind === 'verb' ? (/^(left|leaving)$/i.test(word) ? 'casualties' : verbKind(word)) : p.kind;
      const count: Count = { ...v, text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length };
      put(kind, count, p.kind === 'verb');
    }
  }
  return out;
}

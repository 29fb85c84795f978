// Weapons named in a sentence, with type and count ("three Katyusha rockets" -> rocket x3).
import type { Weapon } from '../../contract/mention.js';
import type { NumberSpan } from '../../doc/doc.js';
import { FragmentSet } from '../../lexicon/fragments.js';

// Each rule's keys: lower-case words of which every match holds at least one (the prefilter below relies on it).
const WEAPONS: [RegExp, string, string[]][] = [
  [/\b(katyusha\s+)?(rocket\s+launchers?|rockets?|katyushas?)\b/gi, 'rocket', ['rocket', 'katyusha']],
  [/\b(ballistic\s+|cruise\s+)?(missiles?|projectiles?)\b/gi, 'missile', ['missile', 'projectile']],
  [/\bmortars?(\s+rounds|\s+shells)?\b/gi, 'mortar', ['mortar']],
  [/\b(artillery(\s+shells)?|shells)\b/gi, 'artillery', ['artillery', 'shells']],
  [/\bdrones?\b/gi, 'drone', ['drone']],
  [/\b(air\s*strikes?|warplanes?|fighter\s+jets|jets|(?<!suicide\s+)bombers)\b/gi, 'aircraft', ['strike', 'warplane', 'jets', 'bombers']],
  [/\b(hand\s+)?grenades?\b/gi, 'grenade', ['grenade']],
  // The kind of charge as written ("dynamite sticks", "explosive charges", "high-power bombs"): what analysts record.
  [/\b((dynamite|explosive|tnt)\s+(charges?|sticks?|devices?|packages?)|(sticks?|charges?)\s+of\s+dynamite|firebombs?|(high-?power(ed)?|powerful|medium-sized|homemade|home-made|incendiary|fragmentation)\s+(bombs?|explosives?|devices?|charges?)|molotov\s+cocktails?)\b/gi, 'explosive',
    ['dynamite', 'explosive', 'tnt', 'bomb', 'device', 'charge', 'molotov']],
  [/\b(car(?:-|\s+)?bombs?|truck(?:-|\s+)?bombs?|roadside\s+bombs?|(improvised\s+)?explosive\s+devices?|ieds?|bombs?|explosives?|dynamite|tnt|landmines?|mines|booby(?:-|\s+)traps?)\b/gi, 'explosive',
    ['bomb', 'explosive', 'ied', 'dynamite', 'tnt', 'mine', 'booby']],
  [/\b(suicide\s+vests?|explosive\s+belts?)\b/gi, 'explosive', ['vest', 'belt']],
  [/\b((sub)?machine(?:-|\s+)?guns?|automatic\s+(weapons|rifles)|m-16\s+rifles?|ak-47\s+rifles?|ak-47s?|fal\s+rifles?|galil\s+rifles?|uzi\s+submachine(?:-|\s+)?guns?|revolvers?|shotguns?)\b/gi, 'firearm',
    ['machine', 'automatic', 'rifle', 'ak-47', 'revolver', 'shotgun']],
  // "riddled with bullets", "hit by 12 bullets": the rounds say how a body was found, and analysts record the gun
  // when one is named; only "a bullet" (wound) stands for the weapon.
  [/\b(guns?|gunfire|rifles?|firearms?|pistols?|kalashnikovs?|bullet)\b/gi, 'firearm', ['gun', 'rifle', 'firearm', 'pistol', 'kalashnikov', 'bullet']],
  [/\b(knives|knife|machetes?|axes?)\b/gi, 'bladed weapon', ['knives', 'knife', 'machete', 'axe']],
];

// Prefilter: most regions name no weapon, and one scan for every rule's keys is cheaper than 13 patterns.
const KEYS = new FragmentSet(WEAPONS.flatMap(([, , keys]) => keys));
const RULES_OF_KEY = KEYS.fragments.map((k) => WEAPONS.flatMap(([, , keys], r) => (keys.includes(k) ? [r] : [])));

/** numbers: the document's number layer; a number right before the weapon (adjectives allowed) is its count. */
export function findWeapons(sentence: string, offset: number, numbers: NumberSpan[], prefilter = true): Weapon[] {
  const out: Weapon[] = [];
  const awake = new Array<boolean>(WEAPONS.length).fill(!prefilter);
  if (prefilter) for (const k of KEYS.foundIn(sentence.toLowerCase())) for (const r of RULES_OF_KEY[k]) awake[r] = true;
  for (let r = 0; r < WEAPONS.length; r++) {
    if (!awake[r]) continue;
    const [re, type] = WEAPONS[r];
    for (const m of sentence.matchAll(re)) {
      const start = offset + m.index!, end = start + m[0].length;
      if (out.some((w) => w.start < end && start < w.end)) continue;
      out.push({ type, text: m[0], count: countBefore(sentence, offset, start, m[0], numbers), start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function countBefore(sentence: string, offset: number, start: number, word: string, numbers: NumberSpan[]): number | null {
  const before = sentence.slice(0, start - offset);
  const n = numbers.filter((x) => x.end <= start && x.start >= offset).pop();
  if (n) {
    const gap = sentence.slice(n.end - offset, start - offset);
    if (/^(\s+[A-Za-z-]+){0,2}\s+$/.test(gap) && !/\b(of|and|people|men|were)\b/i.test(gap)) return n.value;
  }
  if (/\b(a|an|one|single)\s+([A-Za-z-]+\s+)?$/i.test(before) && !/s$/i.test(word)) return 1;
  return null;
}

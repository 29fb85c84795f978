// The ONE place where our mention types are mapped to MUC-4 incident types (docs/EVAL.md quotes this table).
//
// What MUC-4 counts: terrorist acts and state-sponsored violence against civilian or government targets
// (murder, shooting, bombing, kidnapping, arson, robbery by armed groups, forced work stoppages). It does
// NOT count military engagements: combat between the army and guerrillas is not a relevant incident.
// The answer keys also tell ATTACK from BOMBING by the instrument, not by the damage: BOMBING is an
// explosive device that is placed, planted or thrown (bomb, dynamite, car bomb, mine, mostly grenades);
// mortar, rocket, artillery fire and bombs dropped from aircraft are ATTACKs.
import type { Mention } from '../../src/contract/mention.js';

export const MUC_TYPES = ['ATTACK', 'BOMBING', 'KIDNAPPING', 'ARSON', 'ROBBERY', 'FORCED WORK STOPPAGE'] as const;
export type MucType = (typeof MUC_TYPES)[number];

/**
 * sub_event_type (ACLED, or one of our extensions; compared case-insensitively) -> MUC-4 type.
 * null: not a MUC-4 incident. A function entry decides from the mention's weapons and evidence.
 */
export const SUB_EVENT_TO_MUC: Record<string, MucType | null | ((m: Mention) => MucType | null)> = {
  // Violence against civilians
  'attack': 'ATTACK',
  'abduction/forced disappearance': 'KIDNAPPING',
  'sexual violence': 'ATTACK',
  // Explosions/Remote violence
  'remote explosive/landmine/ied': 'BOMBING',
  'suicide bomb': 'BOMBING',
  'grenade': 'BOMBING', // the keys file most grenade incidents under BOMBING
  // Mortar, rocket and artillery fire and aerial bombs are ATTACK in the keys, but only when they fall on people or
  // civilian places: fire traded between army units and guerrilla positions is a military engagement.
  'shelling/artillery/missile attack': (m) => (harmsCivilians(m) ? 'ATTACK' : null),
  'air/drone strike': (m) => (harmsCivilians(m) ? 'ATTACK' : null), // state-sponsored violence
  'chemical weapon': 'ATTACK',
  // Battles: army versus armed group is a military engagement, not a MUC-4 incident ...
  // ... but civilians or named people hit in the crossfire (a reporter killed covering a skirmish) are an ATTACK.
  'armed clash': (m) => (m.victims.some((v) => CIVILIAN_VICTIM.test(v.text) || (v.name !== null && v.type === 'person')) ? 'ATTACK' : null),
  'government regains territory': null,
  'non-state actor overtakes territory': null,
  // Protests and riots are not MUC-4 incidents; violence by security forces against protesters is
  'peaceful protest': null,
  'protest with intervention': null,
  'excessive force against protesters': 'ATTACK',
  'violent demonstration': null,
  'mob violence': null,
  // Strategic developments
  'looting/property destruction': (m) => (mentions(m, ROBBERY_WORDS) ? 'ROBBERY' : 'ARSON'),
  // A bomb defused or found where it was planted is an attempted bombing; a seized arms cache is not an incident.
  'disrupted weapons use': (m) => (mentions(m, FOILED_BOMB) ? 'BOMBING' : null),
  'agreement': null,
  'arrests': null,
  'change to group/activity': null,
  'headquarters or base established': null,
  'non-violent transfer of territory': null,
  'other': null,
  // Our extensions (names as in the schema document; unknown names map to nothing)
  'arson': 'ARSON',
  'robbery': 'ROBBERY',
  'armed robbery': 'ROBBERY',
  'kidnapping': 'KIDNAPPING',
  'assassination': 'ATTACK',
  'general strike': 'FORCED WORK STOPPAGE',
  'forced work stoppage': 'FORCED WORK STOPPAGE',
  'security advisory': null,
  'threat': null,
};

// People or civilian places hit, or anyone killed or hurt: what makes artillery or air fire more than an engagement.
const CIVILIAN_HARM = /\b(civilians?|peasants?|villagers?|residents?|children|women|students?|workers|passengers|journalists?|reporters?|priests?|homes?|houses?|bus|school|church|market|hospital|embassy|residence|neighbou?rhoods?|towns?|villages?|population|people|persons|dead|killed|wounded|injured)\b/i;
// Victims that are not combatants.
const CIVILIAN_VICTIM = /\b(civilians?|peasants?|villagers?|children|wom[ae]n|students?|journalists?|reporters?|photographers?|cameram[ae]n|technicians?|priests?|daughters?|sons?|wife|ambulances?|bus|passengers?|residents?)\b/i;
const ROBBERY_WORDS = /\b(loot\w*|rob\w*|steal\w*|stole\w*|theft|plunder\w*|hold-?up)\b/i;
const FOILED_BOMB = /\b(defus\w*|deactivat\w*|dismantl\w*|disarm\w*|bomb squad|(found|discovered|located|planted|placed) (\w+ ){0,3}(bombs?|explosive devices?|explosive charges?|dynamite|car bombs?|ieds?))\b/i;

// Civilians hit: a civilian or named victim, a civilian place targeted, or a toll beside people or civilian places.
// Evidence words alone are not enough: "the indiscriminate bombing of populated areas" is spoken of in general.
function harmsCivilians(m: Mention): boolean {
  return m.victims.some((v) => CIVILIAN_VICTIM.test(v.text) || (v.name !== null && v.type === 'person')) ||
    m.targets.some((t) => CIVILIAN_HARM.test(t.text)) || ((m.fatalities !== null || m.injuries !== null) && mentions(m, CIVILIAN_HARM));
}

function mentions(m: Mention, re: RegExp): boolean {
  return (
    m.weapons.some((w) => re.test(w.type) || re.test(w.text)) || m.evidence.some((e) => re.test(e.text))
  );
}

/** The MUC-4 type of a mention, ignoring its status. */
export function mucTypeOf(m: Mention): MucType | null {
  const rule = SUB_EVENT_TO_MUC[m.sub_event_type.trim().toLowerCase()];
  if (rule === undefined || rule === null) return null;
  return typeof rule === 'function' ? rule(m) : rule;
}

// A threat to kill, bomb or burn: the keys file such threats as incidents of stage THREATENED (59 of the 1,300
// templates, mostly ATTACK), so a threat of violence counts as an ATTACK; a threat to resign or to strike does not.
const VIOLENT_THREAT = /\b(kill\w*|murder\w*|attack\w*|bomb\w*|blow\w*|destroy\w*|burn\w*|execut\w*|death|assassinat\w*|dynamit\w*|kidnap\w*|shoot\w*)\b/i;

/**
 * A mention counts as a MUC-4 incident when it is reported as news (background false), it happened or was
 * tried (status occurred or attempted: MUC-4's ACCOMPLISHED and ATTEMPTED stages), and its type maps.
 * A threat of violence (our Threat extension, status threatened) counts as an ATTACK: MUC-4's THREATENED stage.
 */
export function mucIncidentType(m: Mention): MucType | null {
  if (m.background) return null;
  if (m.status === 'threatened' && m.sub_event_type.trim().toLowerCase() === 'threat') return mentions(m, VIOLENT_THREAT) ? 'ATTACK' : null;
  if (m.status !== 'occurred' && m.status !== 'attempted') return null;
  return mucTypeOf(m);
}

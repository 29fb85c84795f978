// ACLED codes violence between two organised armed groups as a battle, not as violence against civilians:
// an "attack" whose only victims or targets are fighters or military sites is an armed clash. Decided twice:
// from the sentence's words when the incident is drafted (onlyCombatantsHit), and again from its victims and
// targets once roles are attached (retypeAttackOnForces), which sees what the sentence test cannot (a victim
// named in the next sentence). The second reads one role's phrase, not a verb frame, hence its own word list.
import type { Actor, Mention } from '../../contract/mention.js';

const FIGHTERS = String.raw`(soldiers?|troops|terrorists|extremists|servicem[ae]n|guerrill?as?|rebels?|insurgents?|militants?|subversives?|fighters|combatants|army (patrols?|units?|posts?|bases?|positions?)|military (posts?|bases?|positions?|installations?|detachments?|garrisons?|outposts?|patrols?|convoys?|units?|targets?)|battalions?|brigades?|garrisons?|barracks|detachments?|checkpoints?|police (posts?|stations?|positions?)|(army|military) helicopters?|(defen[cs]e )?positions|bases?|outposts?|convoys?|civil defen[cs]e( units?| patrols?)?|national police|security forces|patrols?)`;
// The fighters are the ones hit: objects of the attack ("attacked an army post", "killing three soldiers") or
// subjects of a passive ("three guerrillas were killed").
const HIT_FIGHTERS = new RegExp(String.raw`\b(on|against|at|attack|attacked|ambushed|targeted|hit|killing|killed|wounding|wounded|injuring)\s+(the\s+|a\s+|an\s+|two\s+|three\s+|several\s+|\d+\s+)?([\w-]+\s+){0,2}${FIGHTERS}\b|\b${FIGHTERS}\s+((were|was|have been|has been|had been)\s+(\w+\s+)?)(killed|wounded|injured|ambushed|attacked)\b`, 'i');
const CIVILIAN = /\b(civilians?|peasants?|villagers?|residents?|children|women|students?|workers|passengers|worshippers|shoppers|journalists?|reporters?|photographers?|newsmen|cameram[ae]n|lawyers?|attorneys?|doctors?|nurses?|priests?|teachers?|farmers|families|family|mayor|judge|politicians?|leaders?|businessm[ae]n|homes?|houses?|bus|school|church|market|hospital|embassy|offices?|bank|store|shop|vehicles?|pylons?|towers?|power lines?|bridge|people|persons)\b/i;

/** The sentence names only fighters or military sites as the ones hit. */
export function onlyCombatantsHit(sentence: string, _triggerEnd: number): boolean {
  return HIT_FIGHTERS.test(sentence) && !CIVILIAN.test(sentence);
}

// Roles: a force is named in the phrase itself ("an army patrol", "African Union forces' base").
const ARMED_FORCE = /\b(soldiers?|troops|army|military|patrols?|battalions?|brigades?|garrisons?|barracks|regiments?|convoys?|outposts?|(guard|military|army|police|command) posts?|detachments?|guardsm[ae]n|servicem[ae]n|marines|paratroopers|air force|navy|gunships?|enemy|forces|(rebel|guerrill?a|insurgent|militant) (positions|camps?|bases?)|(military|army|air|naval) bases?|airbases?|bases? of (the )?\w+ (forces|troops|army))\b/i;
// Not a force: a retired officer, a soldier's family, a civilian post (power or telephone posts are poles).
const NOT_A_FORCE = /\b(retired|former|ex-|off-duty|wife|wives|daughters?|sons?|family|families|relatives|civilians?|children|power|telephone|electric\w*)\b/i;

const isForce = (a: Actor) => ARMED_FORCE.test(a.text) && !NOT_A_FORCE.test(a.text);

export function retypeAttackOnForces(m: Mention): void {
  if (m.sub_event_type !== 'Attack') return;
  const hit = [...m.victims, ...m.targets];
  if (hit.length === 0 || !hit.every(isForce)) return;
  m.event_type = 'Battles';
  m.sub_event_type = 'Armed clash';
}

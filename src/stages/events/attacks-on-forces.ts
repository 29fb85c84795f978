// ACLED's "Attack" is violence against civilians. When everyone and everything an attack hit is an armed force
// (troops, a patrol, a garrison), ACLED codes it as a battle: an armed clash. MUC-4 likewise leaves attacks on
// military targets out of its terrorist incidents. Run after roles are attached: the decision needs the victims.
import type { Actor, Mention } from '../../contract/mention.js';

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

// Trigger rules for political violence: explosions and remote violence, battles, violence against civilians.
// Order is priority: when two rules match the same words, the earlier, more specific one keeps them.
import type { TriggerRule } from './triggers.js';

export const VIOLENCE_TRIGGERS: TriggerRule[] = [
  { name: 'chemical', re: /\b(chemical (weapons?|attacks?|agents?|munitions)|sarin|chlorine (gas|attacks?|bombs?|barrels?)|mustard gas|nerve (agent|gas)|toxic gas attacks?|poison(ous)? gas|gas attack)\b/gi, subType: 'Chemical weapon', weapon: 'chemical' },
  { name: 'suicide', re: /\bsuicide (bomb(ings?|ers?|s)?|attack(er|ers|s)?|blast|car bomb(ing|er|s)?|truck bomb(ing|s)?|vests?|vehicle[- ]borne|bombers?)\b|\bblew (himself|herself|themselves) up\b|\bkilling (himself|herself|themselves)\b/gi, subType: 'Suicide bomb', weapon: 'explosive' },
  { name: 'air-strike', re: /\b(air ?strikes?|air raids?|drone (strikes?|attacks?)|(attack |kamikaze |armed )?drones? (struck|hit|slammed|targeted|attacked|crashed into)|aerial (bombardment|attacks?)|warplanes? (struck|bombed|hit|attacked)|(jets|aircraft|helicopters?) (struck|bombed|attacked|fired on))\b/gi, subType: 'Air/drone strike', weapon: 'aircraft' },
  { name: 'strikes-hit', re: /\b((?!the\b|this\b|that\b|these\b|those\b|its\b|their\b)\w+ )?strikes? (hit|struck|targeted|killed|destroyed|on)\b/gi, subType: 'Air/drone strike', weapon: 'aircraft' },
  { name: 'air-raids', re: /\b(carried out (\w+ )?(air ?strikes|air raids|bombing raids|strikes on)|(warplanes|jets|aircraft|planes|drones|helicopters|gunships) (pounded|bombed|hit|targeted|struck|attacked|shelled|destroyed|fired (on|at))|bombarded from the air)\b/gi, subType: 'Air/drone strike', weapon: 'aircraft' },
  { name: 'air-bombing', re: /\b((air force|aircraft|planes?|helicopters?|warplanes?|jets|a-37s?)\b[^.;]{0,60}\b(bomb(ed|ing|ings)|strafed|strafing|straffing|rocketed|machine-?gunned)|(strafed|strafing|straffing|aerial bombing|bombing raids?))\b/gi, subType: 'Air/drone strike', weapon: 'aircraft' },
  { name: 'missile', re: /\b(katyusha )?(rockets?|missiles?|mortars?( rounds| shells)?|projectiles?|artillery( shells| fire)?|shells?|shelling|katyushas?)\b/gi, subType: 'Shelling/artillery/missile attack', needsImpact: true },
  { name: 'shelled', re: /\b(shelled|shelling of|bombarded|bombardment of)\b/gi, subType: 'Shelling/artillery/missile attack', weapon: 'artillery' },
  { name: 'grenade', re: /\bgrenades? (attacks?|was thrown|were thrown|exploded|hurled)|\bwith (a |two |hand |several )?grenades?\b|\b(threw|hurled|lobbed) (a |two |several )?grenades?\b/gi, subType: 'Grenade', weapon: 'grenade' },
  { name: 'ied', re: /\b(roadside bombs?|car bombs?|(improvised )?explosive devices?|ieds?|landmines?|land mines?|bombs? (exploded|went off|blast|attack)|(bomb|dynamite|explosive) (attack|blast|explosion)s?|booby[- ]trap(ped)?|dynamite attacks?)\b/gi, subType: 'Remote explosive/landmine/IED', weapon: 'explosive' },
  { name: 'blast', re: /\b(explosions?|blasts?|bombings?|exploded|detonated|blew up|blown up|dynamited|destroyed with dynamite|sabotaged)\b/gi, subType: 'Remote explosive/landmine/IED', weapon: 'explosive', generic: true },
  { name: 'clash', re: /\b(clash(es|ed)?|shoot-?outs?|confrontations?|in combat|combat(s|ed)?|engaged in (combat|fighting)|gun ?battles?|firefights?|fighting (between|with|broke out)|exchanged? (of )?fire|skirmish(es)?|fought|battled|ambush(ed)?)\b/gi, subType: 'Armed clash' },
  { name: 'abduction', re: /\b(kidnapp?(ed|ing|ings)|abduct(ed|ion|ions)|taken hostage|held hostage|took (\w+ ){0,4}(as )?hostages?|seized (\w+ )?hostages?|hostage[- ]taking|forcibly disappeared)\b/gi, subType: 'Abduction/forced disappearance' },
  { name: 'shooting', re: /\b(opened fire|fired (a |their |his )?(rifles?|guns?|shots) at|found dead|bodies were found|shot dead|shot and killed|gunned down|massacred?|murdered|assassinat(ed|ion)|executed|stabbed|hacked to death|beheaded|machine-gunned)\b/gi, subType: 'Attack' },
  // Weak triggers: generic words that report an attack only when nothing more specific is in the sentence.
  { name: 'attack-generic', re: /\b(killed|killing|attacked|attacks?|raid(ed)?|stormed|shooting|shot|murder)\b/gi, subType: 'Attack', weak: true },
  { name: 'sexual', re: /\b((gang-?)?rap(ed|es|ing)|rape|sexual(ly)? (assault(ed)?|violence|abuse(d)?|slavery|exploit(ed|ation))|sexually violated|molest(ed|ing)|abused (women|girls|children))\b/gi, subType: 'Sexual violence' },
];

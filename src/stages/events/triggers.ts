// Trigger lexicon: words and phrases that report an incident, with the sub-event type they signal.
// Patterns run on one sentence at a time, case-insensitively (ALL-CAPS wire copy reads the same).

export interface TriggerRule {
  name: string;
  re: RegExp;
  subType: string;
  /** weapon triggers ("three rockets") report an incident only with an impact verb or an attack noun nearby */
  needsImpact?: boolean;
  weapon?: string;
  /** generic words ("attack", "killed"): absorbed by a more specific trigger in the same sentence */
  weak?: boolean;
  /** a word for any explosion ("the blast"): the same incident as a more specific explosive event in the report */
  generic?: boolean;
}

const IMPACT = String.raw`(struck|strike|strikes|hit|hits|hitting|fell|landed|land|lands|fired|launched|slammed|exploded|impacted|rained|pounded|targeted|attack|attacks|attacked|barrage|salvo|fire|shelled|shelling)`;

export const TRIGGERS: TriggerRule[] = [
  { name: 'suicide', re: /\bsuicide (bomb(ing|er|ers|s)?|attack(er|ers|s)?|blast|car bomb(ing|er|s)?|truck bomb(ing|s)?|vest)\b|\bblew (himself|herself|themselves) up\b/gi, subType: 'Suicide bomb', weapon: 'explosive' },
  { name: 'air-strike', re: /\b(air ?strikes?|air raids?|drone (strikes?|attacks?)|(attack |kamikaze |armed )?drones? (struck|hit|slammed|targeted|attacked|crashed into)|aerial (bombardment|attacks?)|warplanes? (struck|bombed|hit|attacked)|(jets|aircraft|helicopters?) (struck|bombed|attacked|fired on))\b/gi, subType: 'Air/drone strike', weapon: 'aircraft' },
  { name: 'strikes-hit', re: /\b((?!the\b|this\b|that\b|these\b|those\b|its\b|their\b)\w+ )?strikes? (hit|struck|targeted|killed|destroyed|on)\b/gi, subType: 'Air/drone strike', weapon: 'aircraft' },
  { name: 'air-bombing', re: /\b((air force|aircraft|planes?|helicopters?|warplanes?|jets|a-37s?)\b[^.;]{0,60}\b(bomb(ed|ing|ings)|strafed|strafing|straffing|rocketed|machine-?gunned)|(strafed|strafing|straffing|aerial bombing|bombing raids?))\b/gi, subType: 'Air/drone strike', weapon: 'aircraft' },
  { name: 'missile', re: /\b(katyusha )?(rockets?|missiles?|mortars?( rounds| shells)?|projectiles?|artillery( shells| fire)?|shells?|shelling|katyushas?)\b/gi, subType: 'Shelling/artillery/missile attack', needsImpact: true },
  { name: 'shelled', re: /\b(shelled|shelling of|bombarded|bombardment of)\b/gi, subType: 'Shelling/artillery/missile attack', weapon: 'artillery' },
  { name: 'grenade', re: /\bgrenades? (attack|was thrown|were thrown|exploded|hurled)|\b(threw|hurled|lobbed) (a |two |several )?grenades?\b/gi, subType: 'Grenade', weapon: 'grenade' },
  { name: 'ied', re: /\b(roadside bombs?|car bombs?|(improvised )?explosive devices?|ieds?|landmines?|land mines?|bombs? (exploded|went off|blast|attack)|(bomb|dynamite|explosive) (attack|blast|explosion)s?|booby[- ]trap(ped)?|dynamite attacks?)\b/gi, subType: 'Remote explosive/landmine/IED', weapon: 'explosive' },
  { name: 'blast', re: /\b(explosions?|blasts?|bombings?|exploded|detonated|blew up|blown up|dynamited|destroyed with dynamite|sabotaged)\b/gi, subType: 'Remote explosive/landmine/IED', weapon: 'explosive', generic: true },
  { name: 'clash', re: /\b(clash(es|ed)?|confrontations?|in combat|combat(s|ed)?|engaged in (combat|fighting)|gun ?battles?|firefights?|fighting (between|with|broke out)|exchanged? (of )?fire|skirmish(es)?|fought|battled|ambush(ed)?)\b/gi, subType: 'Armed clash' },
  { name: 'abduction', re: /\b(kidnapp?(ed|ing|ings)|abduct(ed|ion|ions)|taken hostage|held hostage|took (\w+ ){0,4}(as )?hostages?|seized (\w+ )?hostages?|hostage[- ]taking|forcibly disappeared)\b/gi, subType: 'Abduction/forced disappearance' },
  { name: 'shooting', re: /\b(opened fire|fired (a |their |his )?(rifles?|guns?|shots) at|found dead|bodies were found|shot dead|shot and killed|gunned down|massacred?|murdered|assassinat(ed|ion)|executed|stabbed|hacked to death|beheaded|machine-gunned)\b/gi, subType: 'Attack' },
  // Weak triggers: generic words that report an attack only when nothing more specific is in the sentence.
  { name: 'attack-generic', re: /\b(killed|killing|attacked|attacks?|raid(ed)?|stormed|shooting|shot|murder)\b/gi, subType: 'Attack', weak: true },
  { name: 'protest', re: /\b(protest(s|ed|ers|ors)?|demonstrat(ion|ions|ors)|demonstrated(?! that)|rall(y|ies|ied)|marched(?= (through|to|in|on|against|from|peacefully|along|towards))|sit-in|strikers)\b/gi, subType: 'Peaceful protest' },
  { name: 'riot', re: /\b(riot(s|ers|ing|ed)?|mob (attacked|lynched|violence)|lynch(ed|ing))\b/gi, subType: 'Mob violence' },
  { name: 'arson', re: /\b(set (\w+ ){0,3}(on )?fire|set fire to|torched|burned down|burnt down|arson|firebomb(ed|ing)?|incendiary (bomb|device)s?)\b/gi, subType: 'Looting/property destruction' },
  { name: 'looting', re: /\b(looted|looting|pillag(e|ed|ing)|plunder(ed|ing)|ransacked|robbed|robbery|stole|hold-?up)\b/gi, subType: 'Looting/property destruction' },
  { name: 'arrest', re: /\b(arrested|detained|captured|rounded up)\b/gi, subType: 'Arrests' },
  { name: 'advisory', re: /\b(security alert|travel advisory|travel warning|level 4|do not travel|urged (\w+ )?(citizens|nationals|americans|britons) (\w+ )?to (leave|depart)|ordered (the )?departure|evacuat(ed|ion of) (its )?(embassy|diplomatic) staff)\b/gi, subType: 'Security advisory' },
  { name: 'threat', re: /\b(threatened to|issued (a )?threats?|death threats?|reward (of|to anyone)|putting \$?[\d,]+ as a reward|bounty on|warned (it|they|that it|that they) would)\b/gi, subType: 'Threat' },
  { name: 'political', re: /\b(voted to expel|voted to|signed (a|an) (agreement|deal|ceasefire)|agreed (a|to a) ceasefire|ceasefire (agreement|deal))\b/gi, subType: 'Other' },
];

export const IMPACT_NEAR = new RegExp(`\\b${IMPACT}\\b`, 'i');

/** Nouns that refer back to an incident already reported ("the attack", "Saturday's strike"). */
export const ANAPHORIC_NOUN = /^(assassination|killing|murder|attack|strike|blast|explosion|bombing|incident|assault|shelling|raid|projectile|missile|rocket|shooting|kidnapping|abduction|ambush|clash)(e?s)?$/i;

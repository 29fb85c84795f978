// Sub-types that depend on the rest of the sentence: who took territory, and how a protest went.

const STATE = /\b(army|troops|soldiers|government (forces|troops)|security forces|military|forces loyal|national guard|police|marines|federal forces|armed forces|SAF|FARDC|IDF)\b/i;
const NON_STATE = /\b(militants?|rebels?|insurgents?|jihadists?|fighters|militia(men|s)?|guerrill?as?|taliban|al-shabaab|islamic state|isis|isil|boko haram|iswap|houthis?|hts|rsf|m23|jnim|gangs?|cartel|separatists?)\b/i;

const EXCESSIVE = /\b((police|security forces|troops|soldiers|army|officers)\b[^.;]{0,50}\b(shot|killed|opened fire|fired live)|live (rounds|ammunition|fire|bullets)|(protesters?|demonstrators?)\b[^.;]{0,40}\b((were|was) (shot|killed|shot dead)|died)|killing (\w+ ){0,2}(protesters?|demonstrators?)|violently (suppressed|dispersed|crushed|cracked down)|excessive force|(hits?|beat|beats|beating|clubbed) (a |an |the )?(\w+ )?(protesters?|demonstrators?))\b/i;
const INTERVENTION = /\b(tear ?gas|water cannons?|rubber bullets|dispersed|batons?|baton-charged|pepper spray|stun grenades|broke up|arrested (\w+ ){0,3}(protesters|demonstrators|activists)|detained (\w+ ){0,3}(protesters|demonstrators))\b/i;
const VIOLENT = /\b((protesters|demonstrators|rioters|crowds?)\b[^.;]{0,50}\b(torched|burned|set fire|threw (stones|rocks|petrol bombs|molotov)|hurled (stones|rocks)|pelted|stormed|looted|vandali[sz]ed|smashed|attacked|clashed)|violent (protests?|demonstrations?)|rioters|rioting|throw(s|ing)? (bottles|stones|rocks|objects|a fence|petrol bombs|molotov)|blocked (streets|roads|highways)|unrest|violence (has )?returned|clash(ed|es)? with (the )?(police|security forces|officers)|broke into|defied (a |the )?(police )?ban|deadly violence)\b/i;

const AIRBORNE = /\b(jets|warplanes|aircraft|planes|drones?|helicopters?|air[- ]launched|air missiles|air force)\b/i;

// "civilians were looting stores", "looters raided the houses": looting by a crowd is a riot, not an armed group's raid.
const CROWD_LOOTING = /\b(looters|crowds?|mobs?|civilians|residents|rioters|demonstrators|protesters|hundreds of people|thousands of people)\b[^.;]{0,40}\b(looted|looting|ransacked|plundered|pillaged)\b|\b(waves?|outbreaks?) of looting\b|\blooting (by|of) (\w+ ){0,2}(crowds?|mobs?|civilians|residents)\b/i;

export function refineSubType(subType: string, sentence: string, triggerStart: number): string {
  if (subType === 'Looting/property destruction' && CROWD_LOOTING.test(sentence)) return 'Mob violence';
  // "the relentless bombing by the air force": bombing from the air, an air strike.
  if (subType === 'Remote explosive/landmine/IED' && /^bombings?\b/i.test(sentence.slice(triggerStart)) && /\b(air force|aircraft|planes?|warplanes?|helicopters?|jets|aerial)\b/i.test(sentence)) return 'Air/drone strike';
  // "missiles fired by Israeli jets": launched from the air, an air strike.
  if (subType === 'Shelling/artillery/missile attack' && AIRBORNE.test(sentence)) return 'Air/drone strike';
  if (subType === 'Government regains territory') {
    const before = sentence.slice(0, triggerStart);
    if (NON_STATE.test(before) && !STATE.test(before)) return 'Non-state actor overtakes territory';
    if (/\bfell to\b/i.test(sentence.slice(triggerStart, triggerStart + 10)) && NON_STATE.test(sentence.slice(triggerStart))) return 'Non-state actor overtakes territory';
    return subType;
  }
  if (subType === 'Peaceful protest' || subType === 'Mob violence') {
    if (subType === 'Mob violence' && !/\b(protest|demonstrat|rioters|rioting|riots?)\w*/i.test(sentence)) return subType;
    if (EXCESSIVE.test(sentence)) return 'Excessive force against protesters';
    if (VIOLENT.test(sentence)) return 'Violent demonstration';
    if (INTERVENTION.test(sentence)) return 'Protest with intervention';
    return subType === 'Mob violence' ? 'Violent demonstration' : subType;
  }
  return subType;
}

// The words the role frames read: verbs that harm people or hit things, nouns that open a frame ("attack on"),
// heads that name people, parts of buildings or places, and cues that say who did it. Kept apart from the
// frames in roles.ts so each list can be read and extended on its own.

export const NON_STATE = new Set(['rebel_group', 'militia', 'identity_militia']);
export const ARMED = new Set(['rebel_group', 'state_forces', 'militia', 'identity_militia', 'police', 'other']);
export const HARM = /^(killed|killing|kill|murdered|murdering|assassinated|kidnapped|kidnapping|abducted|abducting|wounded|wounding|injured|injuring|shot|massacred|executed|slain|beheaded|hurt|seized|took|gunned|machinegunned|machine-gunned|riddled|stabbed|tortured|strangled|lynched|slaughtered|intercepted|ambushed|held|taken)$/;
// "held hostage", "took the mayor hostage": these verbs harm only so ("taken aback", "took the wounded to hospital").
export const HOSTAGE = /^(hostages?|captives?|prisoners?)$/;
export const HIT = /^(attacked|attacking|assaulted|bombed|bombing|struck|striking|hit|hitting|destroyed|destroying|damaged|damaging|burned|burnt|burning|torched|dynamited|raided|stormed|shelled|targeted|targeting|blew|blown|broken|sabotaged|set|fired|opened|looted|ransacked|sacked|strafed|rocketed|machinegunned|machine-gunned|planted|placed|thrown|threw|hurled|tossed|lobbed|launched|detonated)$/;
export const NOUN_FRAME = /^(attack|attacks|sabotage|activities|actions|bombing|explosion|blast|assault|raid|strike|strikes|ambush|death|murder|assassination|kidnapping|abduction|killing|burning|destruction|dynamiting|looting|occupation|takeover)$/;
export const PERSON = /^(people|persons?|civilians?|peasants?|villagers?|residents?|children|child|women|woman|men|man|soldiers?|troops|officers?|policem[ae]n|police|guards?|students?|workers?|passengers?|journalists?|priests?|jesuits?|nuns?|monks?|clergym[ae]n|missionar(y|ies)|bishops?|seminarians?|catechists?|maids?|cooks?|judges?|leaders?|members?|mayor|councilm[ae]n|candidates?|politicians?|farmers?|teachers?|drivers?|family|families|relatives?|son|daughter|wife|husband|brother|minister|official|officials|diplomats?|businessm[ae]n|worshippers|customers|staff|guerrill?as?|rebels?|militants?|fighters|terrorists?|subversives?|contractors?|nationals?|citizens?|americans|sympathizers|activists?|unionists?|employees?)$/i;
export const AUX = /^(was|were|been|being|be|is|are|got)$/;
// Words between a subject and its verb: "guerrillas today attacked", "the rebels have killed".
// Devices and their going off; AT: where they were put or went off.
export const PLACED = /^(exploded|explode|went|detonated|placed|planted|hurled|thrown|threw|launched|left|occurred|bombs?|dynamite|explosives?|device|charges?|grenades?|car-?bombs?|carbombs?|attacks?|explosions?|blasts?)$/;
// Words that open another clause: where the device went off is said before them.
export const CLAUSE = /^(and|but|when|while|after|who|which|that|as|killing|injuring|wounding|causing|according|said|says|reported|told|added|stated)$/;
export const AT = /^(against|at|in|inside|outside|into|onto|on|under|beneath|behind|between|opposite|across|near)$/;
export const PART = /^(front|fronts|door|doors|window|windows|top|roof|part|wall|walls|facade|entrance|side|rear|back|showcases|installations|facilities|number|series|couple|dozens?|hundreds|floor|floors|basement|engine|tires)$/;
// Streets say where it happened, not what was hit.
export const STREET = /\b(street|avenue|boulevard|alley)\b/i;
// Heads that name where it happened, not what was hit.
export const GEO_HEAD = /^(province|department|neighbou?rhood|street|alley|avenue|district|municipality|zone|sector|village|villages|hamlet|jurisdiction|canton|outskirts|vicinity|downtown|sites?|places?)$/;
// "carried out by", "perpetrated by", "attributed to", "blamed on", "launched by", "shooting by"
export const AGENT_CUE = /^(out|claimed|perpetrated|committed|attributed|blamed|launched|staged|shooting|ordered|masterminded|organized|planned|executed)$/;
export const RANK = /^(colonel|col\.?|major|maj\.?|general|gen\.?|captain|capt\.?|lieutenant|lt\.?|sergeant|sgt\.?|corporal|cpl\.?|commander|dr\.?)$/;
export const SUBJECT_GAP = /^(today|yesterday|tonight|reportedly|allegedly|also|then|later|have|has|had|apparently|presumably|this|last|morning|evening|afternoon|night)$/;
// Heads that name the event, its instrument or its time, never a participant.
export const NOT_A_PARTICIPANT = /^(attacks?|strikes?|bombings?|explosions?|blasts?|assaults?|raids?|incidents?|missiles?|rockets?|mortars?|bombs?|shells?|grenades?|drones?|weapons?|fire|gunfire|beginning|end|start|time|day|night|morning|evening|war|conflict|area|areas|place|scene|region|way|part|hours?|minutes?|days?|weeks?|months?|years?|country|countries|towns?|cities|city|shots?|kg|kilos?|kilograms?|pounds|sticks|rounds|bullets?|dynamite|explosives?|charges?|devices?|damage|population|times?|capital|state|air|hands?|bodies|body|january|february|march|april|may|june|july|august|september|october|november|december|statements?|broadcasts?|communiques?|interviews?|reports?|messages?|bulletins?|speech|letters?|leaflets?|response|retaliation|connection|addition|context)$/i;

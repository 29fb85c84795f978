// Is a trigger an incident that happened? Reads the words before it in its clause. Returns null when the
// trigger must yield no incident at all (negated, habitual, aggregate, hypothetical), else status and whether
// the report mentions it as earlier context.
import type { Status } from '../../contract/mention.js';

export interface Modality { status: Status; background: boolean; reason: string }

// "denied reports that a military unit in the suburbs was attacked": a denied report, however long its subject.
const NEGATION = /\b(no|not|never|none|neither|nor|without|n't)\s+(\w+\s+){0,3}$|\b(denied|deny|denies|dismissed|rejected|refuted|false)\b[^.;]{0,60}$|\b(denied|deny|denies|dismissed|rejected|refuted)\s+(the\s+)?(reports?|rumou?rs?|allegations?|claims?|charges?|versions?|information)\s+(that|of)\b[^.;]{0,200}$/i;
// "all the parties rejected the murder of Galan" (Spanish "rechazar"): a condemnation of an act that was done,
// not a denial that it was.
const REPUDIATED = /\b(rejected|rejects|repudiated|repudiates)\s+(the|this|yesterday's|[\w]+['’]s)\s+(?![^.;]*\b(reports?|rumou?rs?|allegations?|claims?|charges?|versions?|accusations?)\b)([\w-]+\s+){0,2}$/i;
// The month, not the modal: "ON 30 MAY", "IN MAY 1989" (wire copy in capitals cannot tell them apart by case).
const MAY = String.raw`(?<!\d\s|\b(?:in|of|last|since|early|late|mid|until|from|next|this|on)\s)may(?!\s+\d)`;
// A modal anywhere earlier in the clause ("an attack could happen at any time, particularly at rallies").
const HYPOTHETICAL = new RegExp(String.raw`\b(${MAY}|might|could|would|should|must|cannot|can't|if|whether|possible|possibly|feared|fears|risk of|likely|unless|in case of|potential)\b`, 'i');
// "it may have been members of the ELN who murdered the 77 followers": unsure who did it, not whether it was done.
const UNSURE_WHO = new RegExp(String.raw`\b(${MAY}|might|could) (have been|be) [^.;]{1,120}\b(who|that) ((have|has|had) )?$`, 'i');
const PLEDGE = /\b(vowed|vows|pledged|pledges|promised|promises|threatened|threatens|warned|warns|will|intends? to|plann?(ed|ing|s)? to|plot(ted|ting)? to|preparing to|(are|is|were|was) (now )?(planning|plotting|preparing))\b(\s+[\w'’-]+){0,5}\s*$/i;
const ATTEMPT = /\b(foiled|thwarted|failed|attempted|tried to|trying to|averted|defused|intercepted|repelled|prevented)\b(\s+[\w'’-]+){0,4}\s*$/i;
// "another explosive device hurled at the credit office, by the town hall, failed to go off": the failure told after the device,
// with nothing going off between.
const FAILED_AFTER = /^([^.;]{0,100}?)\b(failed to (go off|explode|detonate)|did not (go off|explode|detonate)|(was|were) (defused|deactivated|disarmed|dismantled))\b/i;
const WENT_OFF = /\b(exploded|went off|blew up|detonated|killed|destroyed|damaged|wounded|injured)\b/i;
// ("a bomb exploded in a restaurant, and a second device placed there was deactivated": another device, and this one
// went off.)
const failedAfter = (trigger: string, after: string) => {
  const m = FAILED_AFTER.exec(after);
  return !!m && !WENT_OFF.test(trigger) && !WENT_OFF.test(m[1]) && !/\band\b/i.test(m[1]);
};
// "in the past" is a habit; "in the past few hours" is when one act happened.
const IN_THE_PAST = String.raw`in the past(?! (few |\d+ |twenty-four |48 |24 )?(hours?|days?|night))`;
const HABIT = new RegExp(String.raw`\b((\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|numerous) times (since|this|in|over|during)|keeps?|ha(s|ve) long|frequent(ly)?|repeated|many|more than \d+ (bombs|attacks)|repeatedly|daily|regularly|frequently|often|routinely|always|constantly|time and again|on several occasions|every (day|week|night)|${IN_THE_PAST}|a series of|a spate of|a wave of|numerous|countless|(dozens|hundreds|scores) of (attacks|bombings|strikes|killings|incidents|raids|assaults))\b`, 'i');
const AFTER_HYPOTHETICAL = new RegExp(String.raw`^[^.;:,]{0,50}\b(cannot be ruled out|can't be ruled out|could|${MAY}|might|would|is (feared|expected|possible|likely|planned)|remains? possible)\b`, 'i');
// "The insurgency, which began in 2009, has killed more than 40,000 people": a war's toll, not an incident.
export const AGGREGATE_TOLL = /\b(insurgency|conflict|war|violence|fighting|campaign|crisis)\b[^.;]{0,60}\bha(s|ve) (killed|claimed|left)\b/i;
// "1,300 policemen have been killed", "the killing of over 70,000 Salvadorans", "thousands killed": a count this large
// is the toll of a war or a campaign, not one incident.
const MASS = String.raw`(\d{1,3}(,\d{3})+|(?!(19|20)\d\d\b)\d{4,}|[3-9]\d\d|hundreds|thousands|tens of thousands)`;
const MASS_BEFORE = new RegExp(String.raw`\b${MASS}\s+(of\s+)?([\w-]+\s+){0,3}((have|has|had)\s+been|were|are|being)?\s*$`, 'i');
const MASS_AFTER = new RegExp(String.raw`^\s+(of\s+)?((more than|over|some|about|nearly|at least|almost)\s+)?${MASS}\b(?!\s+(years|hours|days|meters|metres|km|gmt))`, 'i');
const AFTER_HABIT = new RegExp(String.raw`^[^.;:]{0,40}\b(${IN_THE_PAST}|every (day|week|night)|on a daily basis|almost daily|for years|over the years)\b`, 'i');
// Earlier context: the trigger stands in a clause that explains what came before the news.
const BACKGROUND = /\b(on that occasion|recent|at the time|after|following|since|triggered by|sparked by|in response to|in retaliation for|retaliation for|avenge|revenge for|anniversary of|ago|last (year|month)|earlier this (year|month)|previous(ly)?|the beginning of)\b/i;
// "Romero was assassinated 10 years ago", "... killed by the mafias last year": the age told after the verb.
const AFTER_PAST = /^[^.;:]{0,60}?\b((\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (years?|decades?) ago|last year|the previous year)\b/i;
const SAME_DAY_AFTER = /\b(shortly|hours|minutes|moments|soon|just|immediately) (after|before)\b/i;

// "came here to massacre", "to prevent judges from being murdered", "in order to attack", "calling for the
// assassination of": a purpose or a demand, not an event.
// ("similar to the assassination of", "prior to the attack": "to" after such words is not a purpose.)
const PURPOSE = /\b((?<!\b(similar|akin|comparable|identical|compared|prior)\s+)to|from being|in order to|aimed at|designed to|intended to|so as to|call(ed|ing|s)? for)\s+(\w+\s+)?$/i;

export function modalityOf(before: string, trigger: string, after: string): Modality | null {
  const clause = before.split(/[;:“”"]|\b(?:but|while|whereas)\b/i).pop() ?? before;
  if (NEGATION.test(clause) && !REPUDIATED.test(clause)) return null;
  if (HYPOTHETICAL.test(clause) && !UNSURE_WHO.test(clause)) return null;
  if (HABIT.test(clause) || AFTER_HABIT.test(after) || AGGREGATE_TOLL.test(before + trigger + after)) return null;
  if (/^(killed|killing|killings|murdered|murders?|massacred?|assassinated|executed|dead|kidnapp?ed|abducted)\b/i.test(trigger.split(/\s/)[0]) && (MASS_BEFORE.test(clause) || MASS_AFTER.test(after))) return null;
  // "exploded before they could throw it": what could not happen is the next act, not this one.
  // "set off more than 260 bombs": a campaign's count in the trigger itself.
  if (/\b[1-9]\d{2,}\s+(\w+\s+)?(bombs|attacks|charges|explosions)\b/i.test(trigger)) return null;
  if (AFTER_HYPOTHETICAL.test(after) && !/^\s*(struck|hit|killed|exploded|landed|fell)\b/i.test(after) && !/^\s*before \w+ (could|can)\b/i.test(after)) return null;
  // A pledge or warning is not an attack; a concrete threat (a bounty, an ultimatum) has its own trigger.
  // "will look into the circumstances of the attack that killed ten": the pledge is about an act already done.
  const namedAct = /\b(of|into|about|for|behind)\s+(the|this|that|last|yesterday's|[\w]+['’]s)\s+([\w-]+\s+)?$/i.test(clause);
  if (PLEDGE.test(clause) && !namedAct) return /plann?|plot|prepar/i.test(clause) ? { status: 'planned', background: false, reason: 'plan' } : null;
  if (ATTEMPT.test(clause) || failedAfter(trigger, after)) return { status: 'attempted', background: false, reason: 'attempt' };
  if (PURPOSE.test(clause)) return null;
  // "civilians are immediately executed", "M-19 members are being murdered", "all those who have been kidnapped": a
  // present state of affairs or an unnamed class of victims, not one incident.
  if (/^(killed|murdered|executed|kidnapp?ed|abducted|massacred|attacked|tortured|assassinated|shot)$/i.test(trigger) && (/\b(are|is|am)\s+((being\s+)(\w+ly\s+)?|(immediately|routinely|systematically|regularly|constantly)\s+)$/i.test(clause) || /\b(those|all those|anyone|everyone)\s+who\s+(have|had)\s+been\s+(\w+ly\s+)?$/i.test(clause))) return null;
  // "so far 8 civilians have been killed", "90 of its members have been killed by police in the past year": a running toll
  // over a period, not one incident.
  if (/^(killed|murdered|kidnapp?ed|abducted|assassinated)$/i.test(trigger) && /\b(have|has)\s+been\s+$/i.test(clause) && /\b(so far|to date|this year|in recent (months|years)|(in|during|over) the (last |past |first )?(\w+ )?(years?|months?|weeks?))\b/i.test(before + ' ' + after)) return null;
  // "the number of people killed in the war", "who have killed many judges", "most of the murders of": a tally.
  // ("killed dozens of people" is one attack's toll, and stays.)
  // "The number of soldiers killed when fighters attacked the base on Sunday has risen to seven": one attack's toll.
  const oneIncidentToll = /^\s+(when|as|after|during)\b/i.test(after) || /\b(has|have|had) (risen|climbed|increased|gone up) to\b|\brose to\b/i.test(after);
  if ((/\bthe (total )?number of (\w+ ){0,3}$/i.test(clause) && !oneIncidentToll) || /\b(most|many|all|some) of the\s+$/i.test(clause)) return null;
  if (/^(killed|murdered|kidnapp?ed|abducted|assassinated|attacked)$/i.test(trigger) && /^\s+(many|numerous|countless)\b/i.test(after)) return null;
  // "the criminals who attack the civilian population": what they do, not something they did.
  // "stated that the attack occurred": there "that" introduces a clause and "attack" is a noun.
  if (/^attack$/i.test(trigger) && /\b(who|that|which)\s+((?!(the|a|an|this|its|their|his|her)\s)\w+\s+)?$/i.test(clause)) return null;
  // "Four people were injured after aircraft carried out airstrikes": the harm and its cause are one event.
  const causeOfHarm = /\b(killed|injured|wounded|died|dead|sustained injuries|hurt)\b[^.;]{0,60}\b(after|following)\b[^.;]*$/i.test(before);
  const background = (BACKGROUND.test(before) && !SAME_DAY_AFTER.test(before) && !causeOfHarm) || AFTER_PAST.test(after);
  return { status: 'occurred', background, reason: background ? 'background-marker' : 'reported' };
}

// "the end of bomb explosions", "practices like kidnapping", "halt the murder of activists": the kind of act, not one act.
const GENERIC_NOUN = /^(bombings?|bomb explosions?|explosions?|shelling|kidnapping|kidnappings|murders?|killings?|killing|massacres?|assassinations?|abductions?|violence|terrorism|attacks)$/i;
const GENERIC_FRAME = /\b(end of|end to|cease|halt|stop|suspend|abandon|condemn(s|ed)?|denounce(s|d)?|repudiate(s|d)?|protect (\w+ )?(from|against)|practices like|such as|fight(ing)? against|struggle against|escalation of|wave of|campaign of|acts of|threat of|fear of|risk of|responsible for|accused of|linked (to|with)|involved in)\s+(the\s+|all\s+)?([\w-]+\s+){0,2}$/i;

const CONDEMNED_ONE = /\b(condemn(s|ed)?|denounce(s|d)?|repudiate(s|d)?)\s+(the|this|that)\s+([\w-]+\s+){1,2}$/i;
// "Bombing" is also the kind ("we denounce the indiscriminate bombing" of a campaign from the air).
const ONE_ACT_NOUN = /^(murder|assassination|massacre|kidnapping|abduction)$/i;

// "an end to the killing of ...", "practices like the kidnapping of ...": the kind of act even when its victim is named.
const KIND_FRAME = /\b(end of|end to|cease|halt|stop|practices like|such as|fight(ing)? against|struggle against|campaign of|acts of|threat of|fear of|risk of)\s+(the\s+|all\s+)?$/i;

export function isGenericNominal(before: string, trigger: string, hasDayDate: boolean): boolean {
  // "the murder of <victim>": one act; condemning it, or being accused of it, does not make it general.
  if (/\sof$/i.test(trigger)) return KIND_FRAME.test(before);
  if (!GENERIC_NOUN.test(trigger.trim())) return false;
  // "condemned the treacherous murder committed against X": one act, condemned; "condemned killings" is the kind.
  if (CONDEMNED_ONE.test(before) && ONE_ACT_NOUN.test(trigger.trim())) return false;
  if (GENERIC_FRAME.test(before)) return true;
  if (hasDayDate) return false;
  // No article, number or possessive in front: "TORTURE AND MURDER", "KIDNAPPING".
  return !/\b(a|an|the|this|that|its|their|his|her|one|\d+|two|three|[\w]+['’]s)\s+([\w-]+\s+){0,2}$/i.test(before);
}

// "Attacks on ballot boxes were reported in Arcatao, Las Vueltas and Nueva Trinidad": incidents counted by the places
// named (place-lists.ts makes one per place), not a kind of act or a campaign.
const REPORTED_IN = /^\s+((on|against) [^.;]{1,60}?\s)?(were|have been) (reported|carried out|staged|recorded) in\b/i;
export const reportedInPlaces = (after: string) => REPORTED_IN.test(after);

/** "attacks", "strikes" with no number, article or date: many incidents spoken of together, not one. */
export function isAggregate(before: string, trigger: string, hasDayDate: boolean): boolean {
  if (hasDayDate) return false;
  // "carried out several drone attacks on the air base": one operation, counted.
  if (/\b(carried out|launched|conducted|staged|mounted)\s+(several|multiple|a string of|a series of|a wave of|a number of|\w+)\s+([\w-]+\s+)?$/i.test(before)) return false;
  if (!/^(attacks|strikes|airstrikes|air strikes|bombings|raids|killings|shootings|kidnappings|abductions|rocket attacks|drone attacks)$/i.test(trigger)) return false;
  if (/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twin|both)\s+([\w-]+\s+){0,2}$/i.test(before)) return false;
  // "continued their attacks against Nicaragua", "resumed its attacks on the sectors": a campaign going on.
  if (/\b(continu\w*|resum\w*|stepped up|step up|intensif\w*|escalat\w*)\s+(\w+\s+){0,2}$/i.test(before)) return true;
  // "the recent attacks by the guerrillas", "its attacks against Nicaragua", "the latest terrorist attacks": with a
  // word between the article and the noun, a campaign spoken of as a whole ("the attacks" alone refers back).
  if (/^attacks$/i.test(trigger) && /\b(the|these|those|its|their|his)\s+([\w-]+\s+){1,2}$/i.test(before)) return true;
  return !/\b(the|these|those|its|their)\s+([\w-]+\s+){0,2}$/i.test(before);
}

// Trigger lexicon: words and phrases that report an incident, with the sub-event type they signal.
// Patterns run on one sentence at a time, case-insensitively (ALL-CAPS wire copy reads the same).

import { VIOLENCE_TRIGGERS } from './triggers-violence.js';
import { DEMONSTRATION_TRIGGERS } from './triggers-demonstrations.js';
import { STRATEGIC_TRIGGERS } from './triggers-strategic.js';

export interface TriggerRule {
  name: string;
  /**
   * Lower-case fragments of which every match of `re` contains at least one: a sentence with none of them
   * cannot match, so the rule is skipped without running its regex (find-triggers.ts; checked by its test).
   */
  keys: string[];
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

export const TRIGGERS: TriggerRule[] = [...VIOLENCE_TRIGGERS, ...DEMONSTRATION_TRIGGERS, ...STRATEGIC_TRIGGERS];

export const IMPACT_NEAR = new RegExp(`\\b${IMPACT}\\b`, 'i');

/** Nouns that refer back to an incident already reported ("the attack", "Saturday's strike"). */
export const ANAPHORIC_NOUN = /^(assassination|killing|murder|attack|strike|blast|explosion|bombing|incident|assault|shelling|raid|projectile|missile|rocket|shooting|kidnapping|abduction|ambush|clash|device|bomb)(e?s)?$/i;

// Trigger rules for demonstrations. The protest sub-type (peaceful, with intervention, excessive force,
// violent) is refined from the rest of the sentence by refine-subtype.ts.
import type { TriggerRule } from './triggers.js';

export const DEMONSTRATION_TRIGGERS: TriggerRule[] = [
  { name: 'protest', keys: ['protest', 'demonstrat', 'rall', 'march', 'sit-in', 'strikers', 'streets', 'staged', 'blocked', 'disobedience', 'picket', 'vigil'], re: /\b(protest(s|ed|ers|ors)?|demonstrat(ion|ions|ors)|demonstrated(?! that)|rall(y|ies|ied)|marched(?= (through|to|in|on|against|from|peacefully|along|towards))|sit-in|strikers|took to the streets|staged (a |an )?(sit-in|march|rally|vigil|walkout)|(peaceful |protest |silent |solidarity )march(es)?|march(es)? (against|for|through|to)|blocked (streets|roads|highways|the road)|civil disobedience|picket(ed|ing|s)?|candlelight vigil)\b/gi, subType: 'Peaceful protest' },
  { name: 'riot', keys: ['riot', 'mob', 'lynch'], re: /\b(riot(s|ers|ing|ed)?|mob (attacked|lynched|violence)|lynch(ed|ing))\b/gi, subType: 'Mob violence' },
];

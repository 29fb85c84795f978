// ACLED codes violence between two organised armed groups as a battle, not as violence against civilians:
// an "attack" whose only victims or targets are fighters or military sites is an armed clash.

const COMBATANT = /\b(soldiers?|troops|servicem[ae]n|guerrill?as?|rebels?|insurgents?|militants?|subversives?|terrorists?|fighters|combatants|extremists|enemy|army (patrol|unit|post|base|positions?)|military (post|base|positions?|installations?|detachment|garrison|outpost|patrol|convoy|unit)|battalion|brigade|garrison|barracks|detachment|checkpoint|positions|police (post|station|positions)|helicopters?|aircraft)\b/i;
const CIVILIAN = /\b(civilians?|peasants?|villagers?|residents?|children|women|students?|workers|passengers|worshippers|shoppers|journalists?|priests?|teachers?|farmers|families|family|mayor|judge|politicians?|leaders?|businessm[ae]n|homes?|houses?|bus|school|church|market|hospital|embassy|offices?|bank|store|shop|vehicles?|pylons?|towers?|power lines?|bridge)\b/i;

/** The sentence's clause after the trigger names only combatants as the ones hit. */
export function onlyCombatantsHit(sentence: string, triggerEnd: number): boolean {
  const after = sentence.slice(triggerEnd);
  const before = sentence.slice(0, triggerEnd);
  const hit = `${after} ${/(\b(were|was) (killed|wounded|injured)\b)/i.test(after) ? before : ''}`;
  return COMBATANT.test(hit) && !CIVILIAN.test(sentence);
}

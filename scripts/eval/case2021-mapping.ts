// The ONE place where our sub_event_type names are mapped to the CASE 2021 label names (docs/EVAL.md quotes it).
// CASE 2021 codes the 25 ACLED sub-event types under short names; five more labels lie outside ACLED and our
// extractor has no type for them, so a snippet about one of those can at best produce no mention ("none").

/** ACLED sub-event type (as our contract spells it, compared case-insensitively) -> CASE 2021 label. */
export const SUB_EVENT_TO_CASE: Record<string, string | null> = {
  'armed clash': 'ARMED_CLASH',
  'government regains territory': 'GOV_REGAINS_TERIT',
  'non-state actor overtakes territory': 'NON_STATE_ACTOR_OVERTAKES_TER',
  'chemical weapon': 'CHEM_WEAP',
  'air/drone strike': 'AIR_STRIKE',
  'suicide bomb': 'SUIC_BOMB',
  'shelling/artillery/missile attack': 'ART_MISS_ATTACK',
  'remote explosive/landmine/ied': 'REM_EXPLOS',
  'grenade': 'GRENADE',
  'sexual violence': 'SEX_VIOL',
  'attack': 'ATTACK',
  'abduction/forced disappearance': 'ABDUCT_DISSAP',
  'peaceful protest': 'PEACE_PROTEST',
  'protest with intervention': 'PROTEST_WITH_INTER',
  'excessive force against protesters': 'FORCE_AGAINST_PROTEST',
  'violent demonstration': 'VIOL_DEMONSTR',
  'mob violence': 'MOB_VIOL',
  'agreement': 'AGREEMENT',
  'arrests': 'ARREST',
  'change to group/activity': 'CHANGE_TO_GROUP_ACT',
  'disrupted weapons use': 'DISR_WEAP',
  'headquarters or base established': 'HQ_ESTABLISHED',
  'looting/property destruction': 'PROPERTY_DISTRUCT',
  'non-violent transfer of territory': 'NON_VIOL_TERRIT_TRANSFER',
  'other': 'OTHER',
  // Our extensions have no CASE label: such mentions are passed over when choosing the snippet's label.
  'security advisory': null,
  'threat': null,
};

/** The 25 ACLED labels, in the order of the mapping. */
export const ACLED_LABELS: string[] = Object.values(SUB_EVENT_TO_CASE).filter((v): v is string => v !== null);

/** Labels of the CASE 2021 task outside ACLED (its "unseen" types). */
export const NON_ACLED_LABELS = ['ORG_CRIME', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'DIPLO', 'ATTRIB'];

/** What we predict for a snippet with no usable mention. It is never a gold label. */
export const NONE = 'none';

export function caseLabel(subEventType: string): string | null {
  return SUB_EVENT_TO_CASE[subEventType.trim().toLowerCase()] ?? null;
}

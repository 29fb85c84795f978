// ACLED event types and sub-event types, plus the extensions sitrep adds (see docs/SCHEMA.md).

export const BATTLES = 'Battles';
export const EXPLOSIONS = 'Explosions/Remote violence';
export const VAC = 'Violence against civilians';
export const PROTESTS = 'Protests';
export const RIOTS = 'Riots';
export const STRATEGIC = 'Strategic developments';

export const SUB_EVENT_TYPES: Record<string, string> = {
  'Armed clash': BATTLES,
  'Government regains territory': BATTLES,
  'Non-state actor overtakes territory': BATTLES,
  'Chemical weapon': EXPLOSIONS,
  'Air/drone strike': EXPLOSIONS,
  'Suicide bomb': EXPLOSIONS,
  'Shelling/artillery/missile attack': EXPLOSIONS,
  'Remote explosive/landmine/IED': EXPLOSIONS,
  'Grenade': EXPLOSIONS,
  'Sexual violence': VAC,
  'Attack': VAC,
  'Abduction/forced disappearance': VAC,
  'Peaceful protest': PROTESTS,
  'Protest with intervention': PROTESTS,
  'Excessive force against protesters': PROTESTS,
  'Violent demonstration': RIOTS,
  'Mob violence': RIOTS,
  'Agreement': STRATEGIC,
  'Arrests': STRATEGIC,
  'Change to group/activity': STRATEGIC,
  'Disrupted weapons use': STRATEGIC,
  'Headquarters or base established': STRATEGIC,
  'Looting/property destruction': STRATEGIC,
  'Non-violent transfer of territory': STRATEGIC,
  'Other': STRATEGIC,
  // Extensions (not in ACLED): an official warning to people in an area, and a threat that is not an attack.
  'Security advisory': STRATEGIC,
  'Threat': STRATEGIC,
};

export function eventTypeOf(subType: string): string {
  const t = SUB_EVENT_TYPES[subType];
  if (!t) throw new Error(`events: expected a known sub-event type, got "${subType}"`);
  return t;
}

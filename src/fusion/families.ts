// Which sub-types may describe the same real-world event. Reports of one event disagree on detail (one outlet
// says missile, another drone; one says gunmen attacked soldiers, another that troops clashed with them), but
// a bombing and a shelling on one day in one city are two events (the example corpus's Mogadishu pair).
const CLASSES: Record<string, string[]> = {
  'armed-attack': ['Attack', 'Armed clash'],
  'remote-fire': ['Shelling/artillery/missile attack', 'Air/drone strike'],
  'explosive': ['Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade'],
  'protest': ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  'riot': ['Violent demonstration', 'Mob violence'],
  'territory': ['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory'],
};

const CLASS_OF = new Map<string, string>(Object.entries(CLASSES).flatMap(([c, subs]) => subs.map((s) => [s.toLowerCase(), c] as [string, string])));

/** The fusion class of a sub-type: sub-types of one class may be one event; any other sub-type only with itself. */
export function fusionClass(subEventType: string): string {
  const s = subEventType.toLowerCase();
  return CLASS_OF.get(s) ?? `sub:${s}`;
}

// "Guerrillas blew up the bridge" in a report that names one guerrilla front throughout: the guerrillas are that
// front's, and analysts record the front as the perpetrator beside the people. Only a report whose named non-state
// groups come down to one name of that kind says whose they are; with two fronts named it says nothing.
import type { Actor, Mention } from '../../contract/mention.js';
import type { ActorSpan, Span } from '../../doc/doc.js';

// People written as fighters of a front, not as any armed men: "guerrillas", "urban commandos", "rebels".
const FIGHTERS = /\b(guerrill?as?|rebels?|subversives?|insurgents?|commandos?|terrorists?)$/i;
const BOMBS = new Set(['Remote explosive/landmine/IED', 'Grenade', 'Looting/property destruction']);
const REBEL = new Set(['rebel_group']);

/** The one rebel group a report names outside its excluded ranges; null when it names none or several. */
export function reportGroup(actors: ActorSpan[], excluded: Span[]): ActorSpan | null {
  let found: ActorSpan | null = null;
  for (const a of actors) {
    if (a.generic || !REBEL.has(a.type ?? '') || excluded.some((e) => e.start < a.end && a.start < e.end)) continue;
    if (found && found.name !== a.name) return null;
    found ??= a;
  }
  return found;
}

// "No group has claimed responsibility": the report says who did it is unknown, whatever group it names elsewhere.
const UNCLAIMED = /\b(no|none|nobody|no one)\s+([\w-]+\s+){0,3}(has|have|had|was|were)\s+(yet\s+|so far\s+)?(claimed|taken|been blamed)\b/i;

export function saysUnclaimed(text: string): boolean {
  return UNCLAIMED.test(text);
}

/**
 * Adds the report's group to an incident whose perpetrators are only fighters written without their group, or to
 * a bombing or an arson no one is named for (bombs and fire are the fronts' weapons, not the troops'), unless the report
 * says it is unclaimed.
 */
export function addReportGroup(m: Mention, group: ActorSpan, unclaimed = false): void {
  if ((m.perpetrators.length === 0 && (unclaimed || !BOMBS.has(m.sub_event_type))) || m.perpetrators.some((a) => a.name === group.name)) return;
  if (!m.perpetrators.every((a) => (a.name === null || a.name.startsWith('Unidentified')) && FIGHTERS.test(a.text.trim()))) return;
  const a: Actor = { name: group.name, text: group.text, type: group.type, country: group.country, attribution: 'suspected', start: group.start, end: group.end };
  m.perpetrators.push(a);
}

// Perpetrators, targets and victims among the actors of a sentence, by their position around the trigger.
import type { Actor } from '../../contract/mention.js';
import type { ActorSpan, PlaceSpan, Span } from '../../doc/doc.js';

const VICTIM_TYPES = new Set(['civilians']);
const ARMED = new Set(['rebel_group', 'state_forces', 'militia', 'identity_militia', 'police', 'other']);

export interface Roles { perpetrators: Actor[]; targets: Actor[]; victims: Actor[] }

export function assignRoles(text: string, sentence: Span, trigger: Span, actors: ActorSpan[], places: PlaceSpan[]): Roles {
  const roles: Roles = { perpetrators: [], targets: [], victims: [] };
  for (const a of actors) {
    if (a.start < sentence.start || a.end > sentence.end) continue;
    const before = text.slice(Math.max(sentence.start, a.start - 40), a.start);
    const actor = (attribution: Actor['attribution']): Actor => ({ name: a.name, text: a.text, type: a.type, country: a.country, attribution, start: a.start, end: a.end });
    if (/\b(blamed on|accused|suspected)\s+(the\s+)?$/i.test(before)) roles.perpetrators.push(actor(/accused/i.test(before) ? 'accused' : 'suspected'));
    else if (/\bclaimed responsibility\b/i.test(text.slice(a.end, a.end + 40))) roles.perpetrators.push(actor('claimed'));
    else if (/\bby\s+(the\s+)?([\w-]+\s+){0,2}$/i.test(before) || (a.end <= trigger.start && ARMED.has(a.type ?? '') && !VICTIM_TYPES.has(a.type ?? ''))) roles.perpetrators.push(actor('reported'));
    else if (VICTIM_TYPES.has(a.type ?? '') || /\b(killing|killed|wounding|injuring|kidnapped|abducted)\s+([\w-]+\s+){0,3}$/i.test(before)) roles.victims.push(actor('reported'));
    else if (a.start >= trigger.end) roles.targets.push(actor('reported'));
  }
  // A facility struck is a target ("struck the US embassy").
  for (const p of places) {
    if (p.precision !== 'facility' || p.start < trigger.end || p.end > sentence.end) continue;
    if (roles.targets.some((t) => t.start === p.start)) continue;
    roles.targets.push({ name: p.name, text: p.text, type: 'facility', country: p.country, attribution: 'reported', start: p.start, end: p.end });
  }
  return roles;
}

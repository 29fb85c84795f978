// MUC-4 incident date and location accuracy. Rules (quoted in docs/EVAL.md):
// - Gold templates: the non-optional templates of relevant documents (both perpetrator categories), as in muc4.ts.
//   A template whose slot is empty ("-", "*") or unreadable is left out of that slot's denominator.
// - Alignment: each gold template is given the counted mention (muc4-mapping.ts: background false, occurred or
//   attempted) of one of its types that scores best on the two slots (date + location, ties to the first); several
//   templates may take the same mention. No mention of the type: both slots wrong. Variant "any type": any counted mention.
// - Date: a gold fill is one or more " / " alternatives, each a day ("15 JAN 90"), a range ("12 JAN 90 - 15 JAN 90"),
//   an upper bound ("- 15 JAN 90": on or before), a month ("JAN 90"), or a day without year (the publication year).
//   Correct when the mention's [date.start, date.end] overlaps one alternative.
// - Location: "COUNTRY: DEPARTMENT (KIND): TOWN (KIND)"; " - " joins places of the same level, " / " alternatives.
//   Names are compared normalised (lower case, no accents or punctuation, words such as department/province dropped).
//   A gold town, city, neighbourhood... matches the mention location's name (also without a bracketed city at its
//   end: "Dora (Baghdad)") or its text as written; a gold
//   department, province or region also its admin1; the gold country one of the names of the location's country
//   (English or Spanish). Correct (strict) when a place of the most specific gold level matches; "any level" when a
//   place of any level below the country does (the country when the gold has only one); "country" when it matches.
import type { ExtractRecord, Mention } from '../../src/contract/mention.js';
import { GROUPS, type MucDoc, normaliseType, type Template } from './muc4.js';
import { mucIncidentType } from './muc4-mapping.js';
import { alternatives, dateCorrect, type DateForm, goldDateRanges } from './muc4-slot-dates.js';
import { type GoldPlace, type LocVerdict, locationVerdict, parseMucLocation } from './muc4-slot-places.js';

export interface SlotTemplate { doc: string; split: string; n: string; types: string[]; date: ReturnType<typeof goldDateRanges> | null; location: GoldPlace[][][] | null }

/** The scored templates of a document: non-optional, not "*". */
export function slotTemplates(doc: MucDoc & { published?: string | null }): SlotTemplate[] {
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  const out: SlotTemplate[] = [];
  for (const t of doc.templates) {
    const msg = (t['MESSAGE: TEMPLATE'] ?? ['*'])[0].trim();
    if (msg === '*' || /\(OPTIONAL\)/i.test(msg)) continue;
    const types = [...new Set((t['INCIDENT: TYPE'] ?? []).flatMap((f) => f.split('/').map(normaliseType)).filter((x) => x && x !== '*' && x !== '-'))];
    const dateFill = first(t, 'INCIDENT: DATE');
    const date = dateFill ? goldDateRanges(dateFill, pubYear) : null;
    const locFill = first(t, 'INCIDENT: LOCATION');
    const location = locFill ? alternatives(locFill).map(parseMucLocation).filter((l) => l.length) : null;
    out.push({ doc: doc.id, split: doc.split, n: msg, types, date: date?.ranges.length ? date : null, location: location?.length ? location : null });
  }
  return out;
}

function first(t: Template, slot: string): string | null {
  const v = (t[slot] ?? []).map((x) => x.trim()).find((x) => x && x !== '-' && x !== '*');
  return v ?? null;
}

export interface SlotVerdict { template: SlotTemplate; mention: Mention | null; date: boolean | null; location: LocVerdict | null }

/** anyType: align with any counted mention, not only those of the template's types. */
export function alignTemplate(t: SlotTemplate, mentions: Mention[], anyType = false): SlotVerdict {
  let best: SlotVerdict = { template: t, mention: null, date: t.date ? false : null, location: t.location ? { strict: false, anyLevel: false, country: false } : null };
  let bestScore = -1;
  for (const m of mentions) {
    const type = mucIncidentType(m);
    if (!type || (!anyType && !t.types.includes(type))) continue;
    const date = t.date ? dateCorrect(m, t.date.ranges) : null;
    const location = t.location ? locationVerdict(m, t.location) : null;
    const score = Number(!!date) + Number(!!location?.strict) + 0.1 * Number(!!location?.anyLevel) + 0.01 * Number(!!location?.country);
    if (score > bestScore) [best, bestScore] = [{ template: t, mention: m, date, location }, score];
  }
  return best;
}

export interface SlotCounts {
  templates: number;
  withMention: number;
  dateGold: number;
  date: number;
  locGold: number;
  locStrict: number;
  locAny: number;
  locCountry: number;
  anyTypeDate: number;
  anyTypeLoc: number;
  byDateForm: Map<DateForm, { n: number; ok: number }>;
}

export interface Muc4SlotsResult { groups: { name: string; counts: SlotCounts }[]; verdicts: SlotVerdict[] }

export function scoreMuc4Slots(docs: (MucDoc & { published?: string | null })[], records: ExtractRecord[]): Muc4SlotsResult {
  const byId = new Map(records.map((r) => [r.id, r]));
  const rows = docs.flatMap((d) => {
    const mentions = byId.get(d.id)?.incidents ?? [];
    return slotTemplates(d).map((t) => ({ split: d.split, v: alignTemplate(t, mentions), any: alignTemplate(t, mentions, true) }));
  });
  const groups = GROUPS.flatMap((g) => {
    const sel = rows.filter((r) => g.splits === null || g.splits.includes(r.split));
    if (sel.length === 0) return [];
    const c: SlotCounts = { templates: sel.length, withMention: 0, dateGold: 0, date: 0, locGold: 0, locStrict: 0, locAny: 0, locCountry: 0, anyTypeDate: 0, anyTypeLoc: 0, byDateForm: new Map() };
    for (const { v, any } of sel) {
      if (v.mention) c.withMention++;
      if (v.date !== null) {
        c.dateGold++;
        c.date += Number(v.date);
        c.anyTypeDate += Number(!!any.date);
        const f = c.byDateForm.get(v.template.date!.form) ?? { n: 0, ok: 0 };
        c.byDateForm.set(v.template.date!.form, { n: f.n + 1, ok: f.ok + Number(v.date) });
      }
      if (v.location) {
        c.locGold++;
        c.locStrict += Number(v.location.strict);
        c.locAny += Number(v.location.anyLevel);
        c.locCountry += Number(v.location.country);
        c.anyTypeLoc += Number(!!any.location?.strict);
      }
    }
    return [{ name: g.name, counts: c }];
  });
  return { groups, verdicts: rows.map((r) => r.v) };
}

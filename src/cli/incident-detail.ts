// `sitrep incidents --detail`: one block per incident with its sources and every figure each gave, so a
// reader sees why the table shows the number it shows.
import type { Count } from '../contract/mention.js';
import { FIGURES } from '../fusion/reconcile.js';
import type { Incident } from '../store/store.js';
import { countText, dateText, outletName, placeText, typeText } from './incident-fields.js';

const LABEL: Record<(typeof FIGURES)[number], string> = { fatalities: 'killed', injuries: 'injured', casualties: 'casualties' };

export function incidentDetail(inc: Incident): string {
  const lines = [
    `incident ${inc.id}: ${typeText(inc)}, ${inc.status}${inc.background ? ' (background only)' : ''}`,
    `  date     ${dateText(inc)}${inc.date ? ` (${inc.date.precision})` : ''}`,
    `  place    ${placeText(inc)}${inc.location ? `, ${inc.location.country ?? '?'} (${inc.location.precision})` : ''}`,
    `  reported ${inc.first_reported ?? '?'} first, ${inc.last_updated ?? '?'} last; ${inc.reports.length} report${inc.reports.length === 1 ? '' : 's'}, ${inc.independent_sources.length} independent source${inc.independent_sources.length === 1 ? '' : 's'}: ${inc.independent_sources.join(', ') || '-'}`,
  ];
  for (const f of FIGURES) {
    const { reported, chosen } = inc.figures[f];
    if (reported.length === 0) { if (f !== 'casualties') lines.push(`  ${LABEL[f].padEnd(8)} ? (no report gives a figure)`); continue; }
    const per = reported.map((r) => `${r.origin} ${figure(r.count)}`).join('; ');
    lines.push(`  ${LABEL[f].padEnd(8)} ${countText(chosen.count)} (rule ${chosen.rule}, from ${chosen.origin}); by source: ${per}`);
  }
  for (const r of inc.reports) {
    const m = r.mention;
    const cited = m.sources.length ? ` citing ${m.sources.map((s) => (s.via.length ? `${s.name} via ${s.via.join(', ')}` : s.name)).join('; ')}` : '';
    const copy = r.document.duplicateOf !== null ? ' (near-duplicate of an earlier report)' : '';
    lines.push(`  - ${r.document.published ?? '?'} ${outletName(r.document)}${cited}${copy}: ${m.id}${m.background ? ' [background]' : ''}`);
    const evidence = m.evidence[0]?.text.replace(/\s+/g, ' ');
    if (evidence) lines.push(`      "${evidence.length > 160 ? `${evidence.slice(0, 157)}...` : evidence}"`);
  }
  return `${lines.join('\n')}\n`;
}

function figure(c: Count): string {
  return countText(c) + (c.text ? ` ("${c.text}")` : '');
}

// The `sitrep incidents` table.
import type { Incident } from '../store/store.js';
import { countText, dateText, outlets, placeText, typeText } from './incident-fields.js';
import { renderTable, type Column } from './table-layout.js';

const COLUMNS: Column[] = [
  { title: 'id', shrink: false, align: 'right' },
  { title: 'date', shrink: false },
  { title: 'type', shrink: true },
  { title: 'place', shrink: true },
  { title: 'country', shrink: false },
  { title: 'killed', shrink: false, align: 'right' },
  { title: 'injured', shrink: false, align: 'right' },
  // [independent sources] then the outlets: a copied wire story or a cited agency counts once in the number.
  { title: '[independent] sources', shrink: true },
];

export function incidentTable(incidents: Incident[], width?: number): string {
  const rows = incidents.map((inc) => [
    String(inc.id), dateText(inc), typeText(inc), placeText(inc), inc.location?.country ?? '?',
    countText(inc.fatalities), countText(inc.injuries), `[${inc.independent_sources.length}] ${outlets(inc).join(', ')}`,
  ]);
  return renderTable(COLUMNS, rows, width);
}

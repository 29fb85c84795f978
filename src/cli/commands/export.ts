// `sitrep export`: incidents as ACLED-style CSV, GeoJSON points, or JSON lines, to standard output or a file.
import type { Incident } from '../../store/store.js';
import { EXIT_FAILED, EXIT_OK, UsageError, type Command } from '../command.js';
import { csvHeader, incidentCsvRow } from '../export/acled-csv.js';
import { GeoJsonWriter, hasPoint } from '../export/geojson.js';
import { openOutput, type Output } from '../export/output.js';
import { FILTER_HELP, FILTER_OPTIONS, filterFrom } from '../filter-options.js';
import type { Io } from '../io.js';
import { openExistingStore, type OpenStore } from '../open-store.js';
import { choiceArg } from '../option-values.js';
import { parseOptions } from '../parse-options.js';

const FORMATS = ['csv', 'geojson', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

export async function runExport(args: string[], io: Io, openStore: OpenStore = openExistingStore): Promise<number> {
  const { values } = parseOptions(args, { ...FILTER_OPTIONS, format: { type: 'string' }, out: { type: 'string' } }, false);
  if (values.format === undefined) throw new UsageError(`--format is required: expected one of ${FORMATS.join(', ')}`);
  const format = choiceArg('--format', values.format as string, FORMATS);
  const filter = filterFrom(values);
  const file = (values.db as string | undefined) ?? 'sitrep.db';
  let incidents: Incident[];
  try {
    const store = await openStore(file);
    try { incidents = await store.listIncidents(filter); } finally { await store.close(); }
  } catch (err) {
    io.err(`sitrep export: ${(err as Error).message}\n`);
    return EXIT_FAILED;
  }
  let out: Output;
  try {
    out = openOutput(values.out as string | undefined, io);
  } catch (err) {
    io.err(`sitrep export: ${(err as Error).message}\n`);
    return EXIT_FAILED;
  }
  try {
    writeIncidents(format, incidents, out, io);
    out.commit();
  } catch (err) {
    out.abort();
    throw err;
  }
  return EXIT_OK;
}

function writeIncidents(format: Format, incidents: Incident[], out: Output, io: Io): void {
  if (format === 'jsonl') {
    for (const inc of incidents) out.write(`${JSON.stringify(inc)}\n`);
  } else if (format === 'csv') {
    out.write(csvHeader());
    for (const inc of incidents) out.write(incidentCsvRow(inc));
  } else {
    const geo = new GeoJsonWriter((s) => out.write(s));
    let unplaced = 0;
    for (const inc of incidents) { if (hasPoint(inc)) geo.feature(inc); else unplaced++; }
    geo.end();
    if (unplaced > 0) io.err(`sitrep export: left out ${unplaced} incident${unplaced === 1 ? '' : 's'} without coordinates\n`);
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write incidents as ACLED-style CSV, GeoJSON or JSON lines',
  help: `usage: sitrep export --format csv|geojson|jsonl [--out FILE] [--db FILE] [filters]

  --format csv         ACLED column names (event_id_cnty, event_date, ... fatalities), then sitrep's own:
                       sitrep_incident_id, status, background, date_precision, location_precision, radius_km,
                       injuries, casualties, source_docs, evidence_offsets, confidence. Unlike ACLED, an unknown
                       count is an empty cell, not 0; 0 means a report said no one was.
  --format geojson     a FeatureCollection of points; incidents without coordinates are left out (counted on stderr)
  --format jsonl       one incident per line, with every report and its evidence
  --out FILE           write to FILE (it appears only once complete) instead of standard output
${FILTER_HELP}
`,
  run: (args, io) => runExport(args, io),
};

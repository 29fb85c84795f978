// Who independently stands behind a report. "Al Arabiya reported citing AFP" is AFP; a wire story republished
// by ten sites is the original once; an anonymous "security source" is only as independent as the outlet
// that quotes it.
import type { FusionReport } from './report.js';

/** The independent origins of one report, as keys ("afp", "outlet:al arabiya", "doc:<hash>"). */
export function originsOf(r: FusionReport): string[] {
  const named = r.mention.sources.filter((s) => !s.anonymous && s.name).map((s) => norm(s.name));
  if (named.length > 0) return [...new Set(named)];
  const outlet = r.originalOutlet ?? r.outlet;
  return [outlet ? norm(outlet) : `doc:${r.originalHash.slice(0, 12)}`];
}

/** The one origin a report's figures are counted under: the first it cites, else its outlet. */
export function primaryOrigin(r: FusionReport): string {
  return originsOf(r)[0];
}

/** Distinct independent origins behind a set of reports. */
export function independentOrigins(reports: FusionReport[]): string[] {
  return [...new Set(reports.flatMap(originsOf))].sort();
}

function norm(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

// Turns a CPU profile into hotspots: self time by function and by module (a package or a project file), and
// inclusive time of the project's own functions (what each of our functions costs with everything it calls).
import { fileURLToPath } from 'node:url';
import type { CpuProfile } from './profile.js';

export interface Hotspot { name: string; where: string; ms: number; share: number }
export interface ProfileSummary { totalMs: number; selfByFunction: Hotspot[]; selfByModule: Hotspot[]; inclusiveProject: Hotspot[] }

type Frame = CpuProfile['nodes'][number]['callFrame'];

/** "chrono-node", "src/stages/dates/chrono-dates.ts", "node internals", or the V8 pseudo-frame name. */
export function moduleOf(frame: Frame, repoRoot: string): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  return path.startsWith(`${repoRoot}/`) ? path.slice(repoRoot.length + 1) : path;
}

const top = (m: Map<string, { name: string; where: string; ms: number }>, total: number, n: number): Hotspot[] =>
  [...m.values()].sort((a, b) => b.ms - a.ms).slice(0, n).map((h) => ({ ...h, share: h.ms / total }));

export function summariseProfile(profile: CpuProfile, repoRoot: string, n = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  const counts = new Map<number, number>();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);

  const label = (f: Frame) => `${f.functionName || '(anonymous)'}`;
  // Lines of project files are those of the code tsx transpiled, not of the .ts source: shown for packages only.
  const where = (f: Frame) => {
    if (!f.url) return '';
    const mod = moduleOf(f, repoRoot);
    return mod.startsWith('src/') ? mod : `${mod}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, { name: string; where: string; ms: number }>();
  const modules = new Map<string, { name: string; where: string; ms: number }>();
  const inclusive = new Map<string, { name: string; where: string; ms: number }>();
  let totalMs = 0;
  for (const [id, count] of counts) {
    const node = byId.get(id)!;
    const f = node.callFrame;
    const ms = count * msPerSample;
    if (f.functionName === '(idle)') continue;
    totalMs += ms;
    const key = `${label(f)}@${where(f)}`;
    const s = self.get(key) ?? { name: label(f), where: where(f), ms: 0 };
    s.ms += ms;
    self.set(key, s);
    const mod = moduleOf(f, repoRoot);
    const m = modules.get(mod) ?? { name: mod, where: '', ms: 0 };
    m.ms += ms;
    modules.set(mod, m);
    // Inclusive: every project function on this stack, once even when recursive.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur)!.callFrame;
      const k = `${label(cf)}@${where(cf)}`;
      if (!moduleOf(cf, repoRoot).startsWith('src/') || seen.has(k)) continue;
      seen.add(k);
      const inc = inclusive.get(k) ?? { name: label(cf), where: where(cf), ms: 0 };
      inc.ms += ms;
      inclusive.set(k, inc);
    }
  }
  // extractDoc and runPipeline sit under every sample: listing them says nothing.
  for (const [k, v] of inclusive) if (v.ms > 0.9 * totalMs) inclusive.delete(k);
  return { totalMs, selfByFunction: top(self, totalMs, n), selfByModule: top(modules, totalMs, n), inclusiveProject: top(inclusive, totalMs, n) };
}

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// --profile: the server runs with --cpu-prof; at exit V8 writes a .cpuprofile. This sums its
// samples by function (self time), so "slow" comes with where the server's CPU went.

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type ProfileLine = { name: string; where: string; ms: number; share: number };

function where(url: string): string {
  if (!url) return "";
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return `${modules[1]!}/…/${path.basename(url)}`;
  if (url.startsWith("node:")) return url;
  const chunk = /\.next\/server\/(.*)$/.exec(url);
  return chunk ? `.next/server/${chunk[1]}` : path.basename(url);
}

/** Self time by function over every profile in `dir`, biggest first. */
export function summarizeProfiles(dir: string, top = 25): { totalMs: number; lines: ProfileLine[] } {
  const totals = new Map<string, ProfileLine>();
  let totalMs = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const node = byId.get(id);
      const ms = (profile.timeDeltas[index] ?? 0) / 1000;
      if (!node || node.callFrame.functionName === "(idle)") return;
      totalMs += ms;
      const name = node.callFrame.functionName || "(anonymous)";
      const place = `${where(node.callFrame.url)}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ""}`;
      const key = `${name}@${place}`;
      const line = totals.get(key) ?? { name, where: place, ms: 0, share: 0 };
      line.ms += ms;
      totals.set(key, line);
    });
  }
  const lines = [...totals.values()].sort((a, b) => b.ms - a.ms).slice(0, top);
  for (const line of lines) line.share = totalMs > 0 ? line.ms / totalMs : 0;
  return { totalMs, lines };
}

/** Self time by package or server chunk (where the functions live), biggest first. */
export function summarizeByPlace(dir: string, top = 15): ProfileLine[] {
  const { totalMs, lines } = summarizeProfiles(dir, Number.POSITIVE_INFINITY);
  const places = new Map<string, ProfileLine>();
  for (const line of lines) {
    // By package (node_modules) or file; native frames (WebAssembly.instantiate, the GC) by name.
    const place = line.where.replace(/:\d+$/, "").replace(/\/….*$/, "") || line.name;
    const entry = places.get(place) ?? { name: place, where: place, ms: 0, share: 0 };
    entry.ms += line.ms;
    places.set(place, entry);
  }
  const sorted = [...places.values()].sort((a, b) => b.ms - a.ms).slice(0, top);
  for (const entry of sorted) entry.share = totalMs > 0 ? entry.ms / totalMs : 0;
  return sorted;
}

// Why a page misses its targets: the Lighthouse findings from its saved report and what its
// biggest client chunks hold. Text for measure-pages --details.
import { readFileSync } from "node:fs";
import path from "node:path";
import { chunkContents, clientReferenceNames } from "./chunk-contents.mjs";
import { benchReportPath } from "./lighthouse.mjs";
import { lighthouseDiagnostics, lighthouseFindings } from "./lighthouse-report.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const kb = (bytes) => (bytes / 1024).toFixed(1);

export function lighthouseDetails(name) {
  const lhr = JSON.parse(readFileSync(benchReportPath(name), "utf8"));
  const lines = [];
  for (const finding of lighthouseFindings(lhr)) {
    const saving = [finding.savingsMs ? `~${finding.savingsMs} ms` : "", finding.savingsBytes ? `${kb(finding.savingsBytes)} KiB` : ""].filter(Boolean).join(", ");
    lines.push(`    [${finding.category}] ${finding.title}${finding.displayValue ? ` — ${finding.displayValue}` : ""}${saving ? ` (saves ${saving})` : ""}`);
  }
  const diagnostics = lighthouseDiagnostics(lhr);
  const lcp = lhr.audits?.["lcp-breakdown-insight"]?.details?.items?.find((item) => item.type === "node");
  if (lcp) lines.push(`    LCP element: ${lcp.snippet} “${String(lcp.nodeLabel ?? "").slice(0, 80)}”`);
  lines.push(`    main thread: ${diagnostics.mainThread.map((item) => `${item.group} ${item.ms} ms`).join(", ")}`);
  lines.push(`    JS boot-up: ${diagnostics.bootup.map((item) => `${item.url.replace(/^https?:\/\/[^/]+/, "")} ${item.totalMs} ms`).join(", ")}`);
  lines.push(`    (throttling ${diagnostics.throttling}, CPU benchmark index ${diagnostics.benchmarkIndex})`);
  return lines;
}

/** Loads acorn (a dev dependency of the lint toolchain) lazily: the breakdown is optional. */
async function loadParser() {
  try {
    const acorn = await import("acorn");
    return acorn.parse;
  } catch (error) {
    console.error(`measure-pages: no chunk breakdown (acorn not loadable: ${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

/** Lines for a page's chunks: the biggest `top` chunks with the packages in each, then totals by package. */
export async function chunkDetails(chunks, { top = 6 } = {}) {
  const parse = await loadParser();
  if (!parse) return [];
  const names = clientReferenceNames(path.join(root, ".next"));
  const staticDir = path.join(root, ".next", "static");
  const byPackage = new Map();
  const lines = [];
  chunks.forEach((chunk, index) => {
    const source = readFileSync(path.join(staticDir, chunk.src.slice("/_next/static/".length)), "utf8");
    const groups = chunkContents(source, { parse, names });
    for (const group of groups) byPackage.set(group.label, (byPackage.get(group.label) ?? 0) + group.gzipBytes);
    if (index < top) {
      const inside = groups.slice(0, 4).map((group) => `${group.label} ${kb(group.gzipBytes)}`).join("; ");
      lines.push(`    ${path.basename(chunk.src).padEnd(30)} ${kb(chunk.gzipBytes).padStart(6)} kB  ${inside}`);
    }
  });
  const totals = [...byPackage.entries()].sort((a, b) => b[1] - a[1]).map(([label, bytes]) => `${label} ${kb(bytes)}`);
  lines.push(`    by package (kB gzip, modules compressed alone): ${totals.join("; ")}`);
  return lines;
}

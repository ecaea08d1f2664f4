// What is inside a Turbopack client chunk: its modules (numeric ids in production), each named
// from the build's client-reference manifests when it is a client entry ("use client" file) and
// otherwise recognised by strings only that package ships. Diagnostic, for measure-pages --details.
// Turbopack hoists ES modules into one factory, so one "module" can hold a whole package family.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

// First match wins: more specific packages before the ones that share their strings.
export const PACKAGE_FINGERPRINTS = [
  ["@sentry/*", ["__SENTRY__"]],
  ["@clerk/*", ["clerk.browser", "__clerk_", "ClerkProvider"]],
  ["react-markdown + remark/rehype/micromark (unified)", ["commaOrSpaceSeparated", "micromark", "mdastFromMarkdown", "hast-util"]],
  ["zod", ["$ZodType", "ZodError", "_zod"]],
  ["@visx/* + d3", ["visx-", "d3-scale", "scaleBand"]],
  ["ts-fsrs", ["FSRS", "fsrs"]],
  ["react-server-dom (RSC client)", ["Connection closed.", "createFromReadableStream", "$ACTION_"]],
  ["react-dom", ["__reactContainer$", "__reactFiber$", "react-dom"]],
  ["scheduler", ["unstable_scheduleCallback", "unstable_shouldYield"]],
  ["react", ["react.transitional.element", "__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE"]],
  ["next (web-vitals)", ["web-vitals"]],
  ["next", ["__NEXT_", "__next_", "NEXT_", "next-router", "nextjs", "_rsc", "app-router", "next/dist", '"trimStart"in String.prototype']],
];

const UNRECOGNISED_CJS = "next (CommonJS modules: router, navigation, @swc/helpers)";
const UNRECOGNISED_ESM = "app modules imported by client entries (src/…)";

/** Fallback by module shape: Next's client runtime ships as CommonJS (`__esModule`), the app's own code as ES modules. */
export function guessByShape(code) {
  if (code.includes("__esModule")) return UNRECOGNISED_CJS;
  if (/^e\s*=>/.test(code)) return UNRECOGNISED_ESM;
  return "(unrecognised)";
}

/** `[{ id, start, end }]` for each module factory in a Turbopack chunk (`TURBOPACK.push([script, id, factory, …])`). */
export function turbopackModules(source, parse) {
  const program = parse(source, { ecmaVersion: "latest", sourceType: "script" });
  const modules = [];
  for (const statement of program.body) {
    const pushed = statement.expression?.arguments?.[0];
    if (statement.expression?.type !== "CallExpression" || pushed?.type !== "ArrayExpression") continue;
    const elements = pushed.elements;
    for (let index = 0; index < elements.length - 1; index++) {
      const [id, factory] = [elements[index], elements[index + 1]];
      if (id?.type === "Literal" && typeof id.value === "number" && /Function/.test(factory?.type ?? "")) {
        modules.push({ id: id.value, start: factory.start, end: factory.end });
        index++;
      }
    }
  }
  return modules;
}

/** A package name for a manifest path (`[project]/node_modules/next/dist/…` → next; `[project]/src/x.tsx` → src/x.tsx). */
export function labelForManifestPath(modulePath) {
  const withoutProject = modulePath.replace(/^\[project\]\//, "").replace(/ <module evaluation>$/, "");
  const inPackage = withoutProject.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return inPackage ? inPackage[1] : withoutProject;
}

/** The package whose fingerprint the code carries, or null. */
export function fingerprintPackage(code) {
  for (const [name, needles] of PACKAGE_FINGERPRINTS) if (needles.some((needle) => code.includes(needle))) return name;
  return null;
}

/** id → manifest path of every client entry, from all page_client-reference-manifest.js files. */
export function clientReferenceNames(nextDir) {
  const names = new Map();
  const appDir = path.join(nextDir, "server", "app");
  for (const entry of readdirSync(appDir, { recursive: true })) {
    if (!String(entry).endsWith("client-reference-manifest.js")) continue;
    const text = readFileSync(path.join(appDir, String(entry)), "utf8");
    // `globalThis.__RSC_MANIFEST["/route/page"] = {…json…};` — read as data, never run.
    const json = text.slice(text.indexOf("= {") + 2).replace(/;\s*$/, "");
    for (const manifest of [JSON.parse(json)]) {
      for (const [modulePath, reference] of Object.entries(manifest.clientModules ?? {})) names.set(reference.id, modulePath);
    }
  }
  return names;
}

/**
 * The chunk's contents grouped by package: `[{ label, modules, rawBytes, gzipBytes }]`, biggest first.
 * gzipBytes compresses each module alone, so the sum is a little above the chunk's own gzip size.
 */
export function chunkContents(source, { parse, names = new Map() }) {
  let modules;
  try {
    modules = turbopackModules(source, parse);
  } catch (error) {
    return [{ label: `(unparsable: ${error instanceof Error ? error.message : String(error)})`, modules: 0, rawBytes: source.length, gzipBytes: gzipSync(source).length }];
  }
  if (modules.length === 0) {
    const label = source.includes("TURBOPACK") ? "turbopack runtime" : source.includes("core-js") || source.includes("Reflect") ? "polyfills (loaded with nomodule)" : "(no modules)";
    return [{ label, modules: 0, rawBytes: source.length, gzipBytes: gzipSync(source, { level: 9 }).length }];
  }
  const groups = new Map();
  for (const { id, start, end } of modules) {
    const code = source.slice(start, end);
    const named = names.get(id);
    const label = named ? labelForManifestPath(named) : (fingerprintPackage(code) ?? guessByShape(code));
    const group = groups.get(label) ?? { label, modules: 0, rawBytes: 0, gzipBytes: 0 };
    group.modules += 1;
    group.rawBytes += code.length;
    group.gzipBytes += gzipSync(code, { level: 9 }).length;
    groups.set(label, group);
  }
  return [...groups.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
}

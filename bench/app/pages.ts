import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Results } from "./report";

// Pages in a browser, after the load: Lighthouse and First Load JS, measured by bench/app/lighthouse.mjs
// and bench/app/first-load-js.mjs (written alongside this benchmark); a missing one is reported, not faked.

export type BenchPage = { name: string; path: string; signedIn: boolean };

export async function measurePages(input: { root: string; baseUrl: string; cookie: string; pages: BenchPage[]; lighthouse: boolean; why: string; log: (line: string) => void }) {
  const notes: string[] = [];
  const modulePath = (name: string) => path.join(input.root, "bench/app", name);
  let firstLoadJs: Record<string, number> = {};
  if (existsSync(modulePath("first-load-js.mjs"))) {
    input.log("First Load JS…");
    const { measureFirstLoadJs } = (await import(pathToFileURL(modulePath("first-load-js.mjs")).href)) as {
      measureFirstLoadJs: (options: unknown) => Promise<Record<string, number>>;
    };
    firstLoadJs = await measureFirstLoadJs({ baseUrl: input.baseUrl, cookie: input.cookie, routes: input.pages });
  } else notes.push("first_load_js_kb not measured: bench/app/first-load-js.mjs does not exist");
  let lighthouse: Results["lighthouse"] = [];
  if (!input.lighthouse) notes.push(`Lighthouse not measured (${input.why})`);
  else if (!existsSync(modulePath("lighthouse.mjs"))) notes.push("Lighthouse not measured: bench/app/lighthouse.mjs does not exist");
  else {
    input.log(`Lighthouse on ${input.pages.length} pages (~11 s each)…`);
    const { measureLighthouse } = (await import(pathToFileURL(modulePath("lighthouse.mjs")).href)) as {
      measureLighthouse: (options: unknown) => Promise<Results["lighthouse"]>;
    };
    lighthouse = await measureLighthouse({ baseUrl: input.baseUrl, cookie: input.cookie, pages: input.pages });
  }
  for (const note of notes) input.log(note);
  return { firstLoadJs, lighthouse };
}

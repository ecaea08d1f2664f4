// First Load JS per route for `npm run bench`, measured as scripts/first-load-js.mjs does: the gzip
// size of every /_next/static script a page's HTML loads, read from this checkout's .next/static —
// so the server must be running the build in .next. Unlike that script, the nomodule polyfills
// are left out: modern browsers never fetch them, and Next's own route-bundle-stats leaves them out too.
import path from "node:path";
import { firstLoadJsOfPage, sumChunksKb } from "../../scripts/first-load-js.mjs";

export { chunkSizes, noModuleScriptsInHtml, scriptChunksInHtml, sumChunksKb } from "../../scripts/first-load-js.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const STATIC_DIR = path.join(root, ".next", "static");

/**
 * `{ [name]: [{ src, gzipBytes }] }`, biggest chunk first. The cookie goes with every route unless
 * the route says `signedIn: false` (a learner's view of the page); a redirect fails the measurement.
 */
export async function measureFirstLoadJsChunks({ baseUrl, cookie, routes, staticDir = STATIC_DIR }) {
  const result = {};
  for (const route of routes) {
    const page = await firstLoadJsOfPage({
      url: new URL(route.path, baseUrl).href,
      cookie: route.signedIn === false ? undefined : cookie,
      staticDir,
      strict: true,
      includeNoModule: false,
    });
    result[route.name] = [...page.chunks].sort((a, b) => b.gzipBytes - a.gzipBytes);
  }
  return result;
}

/**
 * @param {{ baseUrl: string, cookie?: string, routes: { name: string, path: string, signedIn?: boolean }[] }} options
 * @returns {Promise<Record<string, number>>} kB gzip (1 kB = 1024 bytes, one decimal) per route name
 */
export async function measureFirstLoadJs(options) {
  const chunks = await measureFirstLoadJsChunks(options);
  return Object.fromEntries(Object.entries(chunks).map(([name, list]) => [name, sumChunksKb(list)]));
}


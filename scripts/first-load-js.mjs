#!/usr/bin/env node
// First Load JS of a page, measured from a running production build: the gzip size of every
// script the page's HTML loads from /_next/static. Usage: node scripts/first-load-js.mjs URL [cookie]
// Also a module: bench/app/first-load-js.mjs measures the bench pages with these functions.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const STATIC_PREFIX = "/_next/static/";

/** Every distinct /_next/static/….js the HTML names (script tags, preloads and the RSC payload), in order. */
export function scriptChunksInHtml(html) {
  return [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s)]+?\.js/g)].map((match) => match[0]))];
}

/**
 * Scripts in `<script nomodule>` tags: Next's legacy polyfills, which browsers with ES modules
 * (every browser Next supports) neither download nor run.
 */
export function noModuleScriptsInHtml(html) {
  const tags = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
  return tags.filter((tag) => /\snomodule\b/i.test(tag)).flatMap((tag) => scriptChunksInHtml(tag));
}

/** gzip -9 size in bytes, as the chunk would be served compressed. */
export function gzipBytes(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/** Bytes → kB (1024) with one decimal, the unit First Load JS is reported in. */
export function bytesToKb(bytes) {
  return Math.round((bytes / 1024) * 10) / 10;
}

/** Sum of chunk sizes in kB: `[{ gzipBytes }]` → number. */
export function sumChunksKb(chunks) {
  return bytesToKb(chunks.reduce((total, chunk) => total + chunk.gzipBytes, 0));
}

/** `[{ src, gzipBytes }]` for each script, read from the build's static directory (.next/static). */
export function chunkSizes(scripts, staticDir) {
  return scripts.map((src) => {
    const file = path.join(staticDir, src.slice(STATIC_PREFIX.length));
    let content;
    try {
      content = readFileSync(file);
    } catch (error) {
      if (error?.code !== "ENOENT") throw error;
      throw new Error(`${src} is not in ${staticDir}: is the server running a different build than this .next?`);
    }
    return { src, gzipBytes: gzipBytes(content) };
  });
}

/**
 * Fetches a page and measures its First Load JS: `{ url, status, redirectedTo, chunks, kb }`.
 * strict refuses a redirect or an error status: a signed-in page that bounced to /sign-in would
 * otherwise be measured as the sign-in page. Not strict (the CLI) measures wherever the page ends up.
 * includeNoModule false leaves out the nomodule polyfills (Next's own First Load JS does); the
 * CLI has always counted them (~39 kB gzip on Next 16) and still does.
 */
export async function firstLoadJsOfPage({ url, cookie, staticDir, strict = false, includeNoModule = true }) {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: strict ? "manual" : "follow" });
  if (strict && response.status >= 300 && response.status < 400) {
    throw new Error(`${url} redirected (HTTP ${response.status}) to ${response.headers.get("location")}: signed out, or the cookie is not valid for this server?`);
  }
  if (strict && !response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  const html = await response.text();
  const skipped = includeNoModule ? new Set() : new Set(noModuleScriptsInHtml(html));
  const chunks = chunkSizes(scriptChunksInHtml(html).filter((src) => !skipped.has(src)), staticDir);
  return { url, status: response.status, redirectedTo: response.redirected ? response.url : null, chunks, kb: sumChunksKb(chunks) };
}

async function main() {
  const [url, cookie] = process.argv.slice(2);
  if (!url) throw new Error("usage: first-load-js.mjs URL [cookie]");
  const page = await firstLoadJsOfPage({ url, cookie, staticDir: path.join(".next", "static") });
  if (page.redirectedTo) console.error(`first-load-js: ${url} redirected to ${page.redirectedTo}; measured that page`);
  console.log(JSON.stringify({ url, scripts: page.chunks.length, firstLoadJsKbGzip: page.kb }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

#!/usr/bin/env node
// First Load JS of a page, measured from a running production build: the gzip size of every
// script the page's HTML loads from /_next/static. Usage: node scripts/first-load-js.mjs URL [cookie]
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const [url, cookie] = process.argv.slice(2);
if (!url) throw new Error("usage: first-load-js.mjs URL [cookie]");
const html = await (await fetch(url, { headers: cookie ? { cookie } : {} })).text();
const scripts = [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s)]+?\.js/g)].map((match) => match[0]))];
let total = 0;
for (const src of scripts) {
  const file = path.join(".next", "static", src.slice("/_next/static/".length));
  total += gzipSync(readFileSync(file), { level: 9 }).length;
}
console.log(JSON.stringify({ url, scripts: scripts.length, firstLoadJsKbGzip: Math.round((total / 1024) * 10) / 10 }));

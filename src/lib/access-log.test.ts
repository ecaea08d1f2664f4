import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installAccessLog, type AccessLogLine } from "./access-log";

const lines: AccessLogLine[] = [];
let server: http.Server;
let base: string;

beforeAll(async () => {
  installAccessLog((line) => lines.push(line));
  installAccessLog((line) => lines.push(line)); // a second install changes nothing
  server = http.createServer((request, response) => {
    response.setHeader("x-request-id", "req-12345678");
    response.statusCode = request.url?.startsWith("/missing") ? 404 : 200;
    response.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("installAccessLog", () => {
  it("writes one line per request with method, path without the query, status, duration and request id", async () => {
    await fetch(`${base}/courses?page=2`);
    await fetch(`${base}/missing`, { method: "POST", body: "x" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines.map(({ durationMs, ...rest }) => ({ ...rest, timed: durationMs >= 0 }))).toEqual([
      { method: "GET", path: "/courses", status: 200, requestId: "req-12345678", timed: true },
      { method: "POST", path: "/missing", status: 404, requestId: "req-12345678", timed: true },
    ]);
  });

  it("leaves static assets out", async () => {
    const before = lines.length;
    await fetch(`${base}/_next/static/chunks/app.js`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines.length).toBe(before);
  });
});

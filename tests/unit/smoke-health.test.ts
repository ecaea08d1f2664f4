import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkHealth, commitsMatch, healthUrl, parseJsonBody, parseSmokeArgs } from "../../scripts/smoke-health-lib.mjs";

const SHA = "3f786850e387550fdab836ed7e6dc881de23001b";
const healthy = (overrides: Record<string, unknown> = {}) => ({
  status: "ok",
  version: "0.1.0",
  commit: SHA,
  checks: { database: { ok: true, latencyMs: 3 }, cache: { ok: true, latencyMs: 1 } },
  ...overrides,
});

describe("checkHealth", () => {
  it("accepts a ready deployment serving the expected commit", () => {
    expect(checkHealth({ httpStatus: 200, body: healthy() }, { expectedCommit: SHA })).toEqual({ ok: true, status: "ok", commit: SHA });
  });

  it("accepts a degraded deployment (cache down) unless the cache is required", () => {
    const body = healthy({ status: "degraded", checks: { database: { ok: true }, cache: { ok: false, error: "ECONNREFUSED" } } });
    expect(checkHealth({ httpStatus: 200, body })).toMatchObject({ ok: true, status: "degraded" });
    expect(checkHealth({ httpStatus: 200, body }, { requireCache: true })).toEqual({
      ok: false,
      problem: 'the cache is unreachable (status "degraded"); cache: ECONNREFUSED',
    });
  });

  it("rejects an unready deployment and names the failed check", () => {
    const body = healthy({ status: "unavailable", checks: { database: { ok: false, error: "connection refused" }, cache: { ok: true } } });
    expect(checkHealth({ httpStatus: 503, body })).toEqual({ ok: false, problem: 'not ready: HTTP 503, status "unavailable"; database: connection refused' });
  });

  it("rejects a deployment serving another commit, matching short shas", () => {
    expect(checkHealth({ httpStatus: 200, body: healthy({ commit: "0123456789abcdef" }) }, { expectedCommit: SHA })).toEqual({
      ok: false,
      problem: `serves commit "0123456789abcdef", expected ${SHA}`,
    });
    expect(checkHealth({ httpStatus: 200, body: healthy() }, { expectedCommit: SHA.slice(0, 7) }).ok).toBe(true);
  });

  it("says how to fix a deployment that knows no commit", () => {
    const verdict = checkHealth({ httpStatus: 200, body: healthy({ commit: "unknown" }) }, { expectedCommit: SHA });
    expect(verdict).toMatchObject({ ok: false, problem: expect.stringContaining("set APP_COMMIT_SHA") });
  });

  it("recognises Vercel's protection wall and redirects", () => {
    expect(checkHealth({ httpStatus: 401, body: null })).toMatchObject({ ok: false, problem: expect.stringContaining("VERCEL_AUTOMATION_BYPASS_SECRET") });
    expect(checkHealth({ httpStatus: 307, body: null, location: "https://vercel.com/sso" })).toMatchObject({
      ok: false,
      problem: expect.stringContaining("redirect to https://vercel.com/sso"),
    });
  });
});

describe("smoke-health helpers", () => {
  it("builds the health URL from any form of the deployment address", () => {
    expect(healthUrl("app-abc.vercel.app").href).toBe("https://app-abc.vercel.app/api/health");
    expect(healthUrl("https://app-abc.vercel.app/").href).toBe("https://app-abc.vercel.app/api/health");
    expect(healthUrl("http://127.0.0.1:3000").href).toBe("http://127.0.0.1:3000/api/health");
  });

  it("matches commits by prefix of at least seven characters", () => {
    expect(commitsMatch(SHA, SHA.toUpperCase())).toBe(true);
    expect(commitsMatch(SHA, SHA.slice(0, 7))).toBe(true);
    expect(commitsMatch(SHA, SHA.slice(0, 6))).toBe(false);
    expect(commitsMatch("", SHA)).toBe(false);
  });

  it("parses arguments and refuses nonsense", () => {
    expect(parseSmokeArgs(["https://x.test", SHA, "--timeout=30", "--require-cache"])).toEqual({
      baseUrl: "https://x.test",
      expectedCommit: SHA,
      timeoutSeconds: 30,
      intervalSeconds: 5,
      requireCache: true,
    });
    expect(parseSmokeArgs(["https://x.test", ""]).expectedCommit).toBe("");
    expect(() => parseSmokeArgs([])).toThrow("the deployment URL is missing");
    expect(() => parseSmokeArgs(["https://x.test", "--timeout=soon"])).toThrow("--timeout must be a positive number");
  });

  it("treats a body that is not JSON as no body", () => {
    expect(parseJsonBody("<html>Log in</html>")).toBeNull();
    expect(parseJsonBody('{"status":"ok"}')).toEqual({ status: "ok" });
  });
});

describe("scripts/smoke-health.mjs", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A loopback /api/health that answers with each of `answers` in turn (the last one repeats). */
  async function serve(answers: { status: number; body: unknown }[]): Promise<string> {
    let served = 0;
    server = createServer((request, response) => {
      const answer = answers[Math.min(served++, answers.length - 1)];
      response.writeHead(request.url === "/api/health" ? (answer?.status ?? 500) : 404, { "content-type": "application/json" });
      response.end(JSON.stringify(answer?.body));
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  function runSmoke(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [path.resolve(import.meta.dirname, "../../scripts/smoke-health.mjs"), ...args], { env: { ...process.env, VERCEL_AUTOMATION_BYPASS_SECRET: "" } });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  }

  it("retries until the deployment reports the expected commit", async () => {
    const base = await serve([
      { status: 503, body: healthy({ status: "unavailable" }) },
      { status: 200, body: healthy({ commit: "0000000aaaaaaa" }) },
      { status: 200, body: healthy() },
    ]);
    const result = await runSmoke([base, SHA, "--timeout=10", "--interval=0.05"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: "ok", commit: SHA, attempts: 3 });
  });

  it("fails with the last problem when time runs out", async () => {
    const base = await serve([{ status: 200, body: healthy({ commit: "0000000aaaaaaa" }) }]);
    const result = await runSmoke([base, SHA, "--timeout=0.3", "--interval=0.1"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`FAILED — ${base}/api/health was not ready serving commit ${SHA}`);
    expect(result.stderr).toContain('Last problem: serves commit "0000000aaaaaaa"');
  });

  it("exits 2 with the usage on bad arguments", async () => {
    const result = await runSmoke([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: node scripts/smoke-health.mjs");
  });
});

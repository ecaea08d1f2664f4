import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  type Deployment,
  deploymentRef,
  normalizeDeployment,
  previousProductionDeployment,
  rollbackTargetProblem,
} from "../../.github/actions/vercel-production/deployments.mjs";

const deployment = (id: string, createdAt: number, overrides: Partial<Deployment> = {}): Deployment => ({
  id,
  url: `https://learnforge-${id}.vercel.app`,
  createdAt,
  state: "READY",
  target: "production",
  projectId: "prj_1",
  commit: "",
  ...overrides,
});

describe("previousProductionDeployment", () => {
  it("is the newest READY production deployment older than the current one", () => {
    const current = deployment("c", 300);
    const list = [deployment("a", 100), deployment("b", 200), current, deployment("later", 400)];
    expect(previousProductionDeployment(current, list)?.id).toBe("b");
  });

  it("skips failed and preview deployments", () => {
    const current = deployment("c", 300);
    const list = [deployment("a", 100), deployment("broken", 250, { state: "ERROR" }), deployment("preview", 260, { target: "preview" })];
    expect(previousProductionDeployment(current, list)?.id).toBe("a");
  });

  it("after a rollback, goes back from the deployment that is live, not the newest", () => {
    // b was rolled back to a: "one more back" means before a, whatever b is.
    const live = deployment("a", 200);
    expect(previousProductionDeployment(live, [deployment("old", 100), live, deployment("b", 300)])?.id).toBe("old");
  });

  it("is null when there is nothing older", () => {
    expect(previousProductionDeployment(deployment("first", 1), [deployment("first", 1)])).toBeNull();
  });
});

describe("normalizeDeployment", () => {
  it("reads the v13 and the v6 shapes the same way, our commit meta first", () => {
    const fromGet = normalizeDeployment({ id: "dpl_1", url: "app-1.vercel.app", createdAt: 5, readyState: "READY", target: "production", meta: { commit: "abc1234", githubCommitSha: "fff" } });
    const fromList = normalizeDeployment({ uid: "dpl_1", url: "app-1.vercel.app", created: 5, state: "READY", target: "production", meta: { githubCommitSha: "abc1234" } });
    expect(fromGet).toEqual({ id: "dpl_1", url: "https://app-1.vercel.app", createdAt: 5, state: "READY", target: "production", projectId: null, commit: "abc1234" });
    expect(fromList).toEqual(fromGet);
  });
});

describe("rollback targets", () => {
  it("must be READY production deployments of this project", () => {
    expect(rollbackTargetProblem(deployment("a", 1), "prj_1")).toBeNull();
    expect(rollbackTargetProblem(deployment("a", 1, { target: null }), "prj_1")).toContain("preview deployment");
    expect(rollbackTargetProblem(deployment("a", 1, { state: "ERROR" }), "prj_1")).toContain("ERROR, not READY");
    expect(rollbackTargetProblem(deployment("a", 1, { projectId: "prj_other" }), "prj_1")).toContain("another project");
  });

  it("are named by URL, host or deployment id", () => {
    expect(deploymentRef("https://learnforge-abc.vercel.app/courses")).toBe("learnforge-abc.vercel.app");
    expect(deploymentRef(" learnforge.example ")).toBe("learnforge.example");
    expect(deploymentRef("dpl_8fKq2")).toBe("dpl_8fKq2");
    expect(() => deploymentRef("  ")).toThrow("empty deployment reference");
  });
});

describe(".github/actions/vercel-production/resolve.mjs", () => {
  let server: Server | undefined;
  const requests: string[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), "lf-vercel-resolve-"));
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const live = { id: "dpl_live", url: "learnforge-live.vercel.app", createdAt: 300, readyState: "READY", target: "production", projectId: "prj_1", meta: { commit: "aaaaaaa1" } };
  const listed = [
    { uid: "dpl_live", url: "learnforge-live.vercel.app", created: 300, state: "READY", target: "production", meta: { commit: "aaaaaaa1" } },
    { uid: "dpl_before", url: "learnforge-before.vercel.app", created: 200, state: "READY", target: "production", meta: { commit: "bbbbbbb2" } },
    { uid: "dpl_older", url: "learnforge-older.vercel.app", created: 100, state: "READY", target: "production", meta: {} },
  ];

  /** A fake of the two Vercel endpoints resolve.mjs calls; `deployments` maps id or host → body. */
  async function fakeVercel(deployments: Record<string, object>): Promise<string> {
    requests.length = 0;
    server = createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://fake");
      requests.push(`${url.pathname}?${url.searchParams.toString()} ${request.headers.authorization}`);
      const found = url.pathname.startsWith("/v13/deployments/") ? deployments[decodeURIComponent(url.pathname.slice("/v13/deployments/".length))] : undefined;
      const body = url.pathname === "/v6/deployments" ? { deployments: listed } : found;
      response.writeHead(body ? 200 : 404, { "content-type": "application/json" });
      response.end(JSON.stringify(body ?? { error: { code: "not_found" } }));
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Runs resolve.mjs as the action does (async: the fake API answers from this process). */
  async function resolveDeployments(api: string, target = "") {
    const outputFile = path.join(dir, `output-${requests.length}-${Date.now()}`);
    writeFileSync(outputFile, "");
    const child = spawn(process.execPath, [path.resolve(import.meta.dirname, "../../.github/actions/vercel-production/resolve.mjs")], {
      env: {
        ...process.env,
        VERCEL_API_URL: api,
        GITHUB_OUTPUT: outputFile,
        VERCEL_TOKEN: "test-token",
        PRODUCTION_URL: "https://learnforge.example",
        VERCEL_PROJECT_ID: "prj_1",
        VERCEL_ORG_ID: "team_42",
        TARGET: target,
      },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    const outputs = Object.fromEntries(
      readFileSync(outputFile, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    return { code, stderr, outputs };
  }

  it("resolves the production domain and the deployment before it, as the team", async () => {
    const api = await fakeVercel({ "learnforge.example": live });
    const result = await resolveDeployments(api);
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({
      "current-id": "dpl_live",
      "current-url": "https://learnforge-live.vercel.app",
      "current-commit": "aaaaaaa1",
      "target-id": "dpl_before",
      "target-url": "https://learnforge-before.vercel.app",
      "target-commit": "bbbbbbb2",
    });
    expect(requests[0]).toBe("/v13/deployments/learnforge.example?teamId=team_42 Bearer test-token");
    expect(requests[1]).toMatch(/^\/v6\/deployments\?projectId=prj_1&target=production&state=READY&limit=50&teamId=team_42 /);
  });

  it("checks an explicit target instead of picking one", async () => {
    const preview = { ...live, id: "dpl_preview", url: "learnforge-preview.vercel.app", target: null };
    const api = await fakeVercel({ "learnforge.example": live, "learnforge-preview.vercel.app": preview });
    const result = await resolveDeployments(api, "https://learnforge-preview.vercel.app");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is a preview deployment; only production deployments can be rolled back to");
  });

  it("outputs nothing to roll back to before the first production deployment", async () => {
    const api = await fakeVercel({});
    const result = await resolveDeployments(api);
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ "current-url": "", "target-url": "" });
  });
});

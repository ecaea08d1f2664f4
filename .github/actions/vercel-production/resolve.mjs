// Which Vercel deployment serves PRODUCTION_URL now, and which one a rollback goes to: TARGET
// (a deployment URL or id) when given, else the READY production deployment before the current
// one. Writes current-* and target-* to $GITHUB_OUTPUT (empty when there is none).
// It asks Vercel's REST API — the endpoints `vercel inspect` and `vercel ls` call — because the
// CLI prints these details as text for people, not for scripts.
import { appendFileSync } from "node:fs";
import { deploymentRef, normalizeDeployment, previousProductionDeployment, rollbackTargetProblem } from "./deployments.mjs";

// VERCEL_API_URL lets tests/unit/vercel-deployments.test.ts point this at a loopback fake.
const API = process.env.VERCEL_API_URL ?? "https://api.vercel.com";

function required(name) {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`${name} is not set (see the action's inputs)`);
  return value;
}

const token = required("VERCEL_TOKEN");
const productionUrl = required("PRODUCTION_URL");
const projectId = required("VERCEL_PROJECT_ID");
const orgId = process.env.VERCEL_ORG_ID?.trim() ?? "";
const requestedTarget = process.env.TARGET?.trim() ?? "";

/** GET from the Vercel API; null on 404. Team projects need teamId; personal ones must omit it. */
async function vercelGet(pathname, query = {}) {
  const url = new URL(pathname, API);
  for (const [key, value] of Object.entries({ ...query, ...(orgId.startsWith("team_") ? { teamId: orgId } : {}) })) {
    url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(20_000) });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Vercel API ${url.pathname}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

async function getDeployment(reference) {
  const raw = await vercelGet(`/v13/deployments/${encodeURIComponent(deploymentRef(reference))}`);
  return raw ? normalizeDeployment(raw) : null;
}

function output(prefix, deployment) {
  const lines = ["id", "url", "commit"].map((key) => `${prefix}-${key}=${deployment?.[key] ?? ""}`);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${lines.join("\n")}\n`);
  console.log(`${prefix}: ${deployment ? `${deployment.url} (${deployment.id}, commit ${deployment.commit || "unknown"})` : "none"}`);
}

try {
  // The production domain is an alias: Vercel resolves it to the deployment it serves.
  const current = await getDeployment(productionUrl);
  output("current", current);

  let target = null;
  if (requestedTarget) {
    target = await getDeployment(requestedTarget);
    if (!target) throw new Error(`no deployment "${requestedTarget}" in this scope`);
    const problem = rollbackTargetProblem(target, projectId);
    if (problem) throw new Error(problem);
  } else if (current) {
    const list = await vercelGet("/v6/deployments", { projectId, target: "production", state: "READY", limit: "50" });
    target = previousProductionDeployment(current, (list?.deployments ?? []).map(normalizeDeployment));
  }
  output("target", target);
} catch (error) {
  console.error(`::error::vercel-production: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

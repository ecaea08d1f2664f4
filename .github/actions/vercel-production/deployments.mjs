// Pure helpers for resolve.mjs: Vercel deployment records in one shape, and which production
// deployment a rollback goes back to. Unit-tested in tests/unit/vercel-deployments.test.ts.

/** "https://app-abc.vercel.app/x", "app-abc.vercel.app" or "dpl_123" → what the API accepts. */
export function deploymentRef(input) {
  const trimmed = input.trim();
  if (!trimmed) throw new Error("empty deployment reference");
  if (/^dpl_\w+$/.test(trimmed)) return trimmed;
  return new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
}

/**
 * The v13 "get a deployment" and the v6 "list deployments" answers name the same things
 * differently (id/uid, createdAt/created, readyState/state); this is the one shape we use.
 * The commit comes from our own `--meta commit=` first, then Vercel's Git integration.
 */
export function normalizeDeployment(raw) {
  const meta = raw.meta ?? {};
  return {
    id: raw.id ?? raw.uid,
    url: raw.url ? `https://${raw.url.replace(/^https?:\/\//, "")}` : "",
    createdAt: raw.createdAt ?? raw.created ?? 0,
    state: raw.readyState ?? raw.state ?? "UNKNOWN",
    target: raw.target ?? null,
    projectId: raw.projectId ?? null,
    commit: meta.commit ?? meta.githubCommitSha ?? "",
  };
}

/** The newest READY production deployment created before `current`: "roll back one". */
export function previousProductionDeployment(current, deployments) {
  return (
    deployments
      .filter((deployment) => deployment.id !== current.id)
      .filter((deployment) => deployment.target === "production" && deployment.state === "READY")
      .filter((deployment) => deployment.createdAt < current.createdAt)
      .sort((a, b) => b.createdAt - a.createdAt)[0] ?? null
  );
}

/** Why `deployment` cannot be a rollback target for `projectId`, or null when it can. */
export function rollbackTargetProblem(deployment, projectId) {
  if (deployment.projectId && deployment.projectId !== projectId) return `${deployment.url} belongs to another project (${deployment.projectId})`;
  if (deployment.target !== "production") return `${deployment.url} is a ${deployment.target ?? "preview"} deployment; only production deployments can be rolled back to`;
  if (deployment.state !== "READY") return `${deployment.url} is ${deployment.state}, not READY`;
  return null;
}

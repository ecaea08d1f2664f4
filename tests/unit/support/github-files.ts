// Loads the repository's workflows and composite actions through workflow-model.ts (GitHub's
// parser, in a tsx child process) and gives the tests typed access to jobs and steps.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { GithubFile, PlainValue, WorkflowModel } from "./workflow-model";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");

export type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, string> };
export type Job = { needs?: string | string[]; if?: string; steps?: Step[]; services?: Record<string, unknown>; environment?: unknown };
export type Workflow = {
  on?: Record<string, PlainValue> | string | string[];
  concurrency?: { group?: string; "cancel-in-progress"?: boolean | string };
  permissions?: Record<string, string> | string;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
};
export type CompositeAction = { runs: { using: string; steps?: Step[] } };

/** Runs GitHub's parser over the given files; one model per file, in order. */
export function parseGithubFiles(files: GithubFile[]): WorkflowModel[] {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "workflow-model.ts")], {
    cwd: repoRoot,
    input: JSON.stringify(files),
    encoding: "utf8",
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`workflow-model.ts failed (${result.status ?? result.signal}): ${result.stderr}`);
  return JSON.parse(result.stdout) as WorkflowModel[];
}

/** Every .github/workflows/*.yml and every .github/actions/<name>/action.yml of the repository. */
export function repositoryGithubFiles(): GithubFile[] {
  const workflowsDir = path.join(repoRoot, ".github", "workflows");
  const actionsDir = path.join(repoRoot, ".github", "actions");
  const workflows = readdirSync(workflowsDir)
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => `.github/workflows/${file}`);
  const actions = existsSync(actionsDir)
    ? readdirSync(actionsDir)
        .map((dir) => [`.github/actions/${dir}/action.yml`, `.github/actions/${dir}/action.yaml`].find((file) => existsSync(path.join(repoRoot, file))))
        .filter((file): file is string => file !== undefined)
    : [];
  return [
    ...workflows.map((name) => ({ name, content: readFileSync(path.join(repoRoot, name), "utf8"), kind: "workflow" as const })),
    ...actions.map((name) => ({ name, content: readFileSync(path.join(repoRoot, name), "utf8"), kind: "action" as const })),
  ];
}

export function stepsOfWorkflow(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
}

export function needsOf(job: Job): string[] {
  if (job.needs === undefined) return [];
  return Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** Jobs that must finish before `jobId` starts, directly or through other jobs. */
export function upstreamJobs(workflow: Workflow, jobId: string, seen = new Set<string>()): Set<string> {
  const job = workflow.jobs[jobId];
  if (!job) throw new Error(`no job "${jobId}"`);
  for (const need of needsOf(job)) {
    if (seen.has(need)) continue;
    seen.add(need);
    upstreamJobs(workflow, need, seen);
  }
  return seen;
}

export type NpmCall = { command: string; script?: string; args: string[] };

// npm's own commands a workflow may call; everything else must be a package.json script.
export const NPM_BUILTINS = new Set(["install", "i", "ci", "exec", "view", "pack", "config", "cache"]);
const LIFECYCLE_SHORTHANDS: Record<string, string> = { test: "test", t: "test", tst: "test", start: "start", stop: "stop", restart: "restart" };

/** Every `npm …` invocation in a shell script: `npm run x`, `npm test -- unit`, `npm ci`… */
export function npmCallsIn(script: string): NpmCall[] {
  const calls: NpmCall[] = [];
  // Comments out; then one shell command at a time: split on newlines, `&&`, `||`, `;` and pipes.
  const code = script
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.replace(/(^|\s)#.*$/, ""))
    .join("\n");
  for (const command of code.split(/\n|&&|\|\||;|\|/)) {
    const words = command.trim().split(/\s+/);
    const at = words.findIndex((word) => word === "npm");
    if (at === -1) continue;
    const rest = words.slice(at + 1).filter((word) => !(word.startsWith("-") && word !== "--"));
    const [sub = "", ...args] = rest;
    const argsAfterDashes = (() => {
      const all = words.slice(at + 1);
      const dashes = all.indexOf("--");
      return dashes === -1 ? [] : all.slice(dashes + 1);
    })();
    if (sub === "run" || sub === "run-script") {
      const script = args[0] === "--" ? undefined : args[0];
      calls.push({ command: command.trim(), script, args: argsAfterDashes });
    } else if (sub in LIFECYCLE_SHORTHANDS) {
      calls.push({ command: command.trim(), script: LIFECYCLE_SHORTHANDS[sub], args: argsAfterDashes });
    } else {
      calls.push({ command: command.trim(), args: argsAfterDashes, ...(NPM_BUILTINS.has(sub) ? {} : { script: `<unknown npm command "${sub}">` }) });
    }
  }
  return calls;
}

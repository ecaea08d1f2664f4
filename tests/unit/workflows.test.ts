import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type CompositeAction,
  type Step,
  type Workflow,
  npmCallsIn,
  parseGithubFiles,
  repoRoot,
  repositoryGithubFiles,
  stepsOfWorkflow,
  upstreamJobs,
} from "./support/github-files";
import type { GithubFile, WorkflowModel } from "./support/workflow-model";

// Deliberately broken files: if GitHub's parser stopped reporting these, "valid" would mean nothing.
const brokenFixtures: Record<string, GithubFile & { expected: RegExp }> = {
  "an unknown trigger": {
    name: "fixture-trigger.yml",
    kind: "workflow",
    content: "on: pushh\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n",
    expected: /Unexpected value 'pushh'/,
  },
  "a misspelled key": {
    name: "fixture-key.yml",
    kind: "workflow",
    content: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo ok\n",
    expected: /Unexpected value 'stepz'/,
  },
  "an unclosed expression": {
    name: "fixture-expression.yml",
    kind: "workflow",
    content: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.sha }\n",
    expected: /expression is not closed/,
  },
  "a job that needs a job that does not exist": {
    name: "fixture-needs.yml",
    kind: "workflow",
    content:
      "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n" +
      "  deploy:\n    needs: biuld\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n",
    expected: /biuld/,
  },
  "a composite action step without a shell": {
    name: "fixture-action.yml",
    kind: "action",
    content: "name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo ok\n",
    expected: /Required property is missing: shell/,
  },
};
const validFixture: GithubFile = {
  name: "fixture-valid.yml",
  kind: "workflow",
  content: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n",
};

const repositoryFiles = repositoryGithubFiles();
const models = new Map<string, WorkflowModel>();
const packageScripts = new Set(Object.keys((JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { scripts: object }).scripts));

beforeAll(() => {
  // One child process for everything: GitHub's parser runs under tsx (see workflow-model.ts).
  const files = [...repositoryFiles, ...Object.values(brokenFixtures).map(({ name, kind, content }) => ({ name, kind, content })), validFixture];
  for (const model of parseGithubFiles(files)) models.set(model.name, model);
}, 60_000);

function workflow(name: string): Workflow {
  const model = models.get(`.github/workflows/${name}`);
  if (!model) throw new Error(`.github/workflows/${name} is missing`);
  return model.document as Workflow;
}

function allRunSteps(): { file: string; step: Step }[] {
  return repositoryFiles.flatMap(({ name, kind }) => {
    const document = models.get(name)?.document;
    const steps = kind === "workflow" ? stepsOfWorkflow(document as Workflow) : ((document as CompositeAction).runs.steps ?? []);
    return steps.filter((step) => step.run !== undefined).map((step) => ({ file: name, step }));
  });
}

function stepIndex(steps: Step[], predicate: (step: Step) => boolean, what: string): number {
  const index = steps.findIndex(predicate);
  if (index === -1) throw new Error(`no step that ${what}`);
  return index;
}

describe("GitHub's workflow parser as the validator", () => {
  it("accepts a minimal valid workflow", () => {
    expect(models.get(validFixture.name)?.errors).toEqual([]);
  });

  it.each(Object.entries(brokenFixtures))("reports %s", (_label, fixture) => {
    const errors = models.get(fixture.name)?.errors ?? [];
    expect(errors.join("\n")).toMatch(fixture.expected);
  });
});

describe("the repository's workflows and composite actions", () => {
  it("include the four workflows of the delivery pipeline", () => {
    expect(repositoryFiles.map((file) => file.name)).toEqual(
      expect.arrayContaining([".github/workflows/ci.yml", ".github/workflows/preview.yml", ".github/workflows/production.yml", ".github/workflows/rollback.yml"]),
    );
  });

  it.each(repositoryFiles.map((file) => file.name))("%s is valid", (name) => {
    expect(models.get(name)?.errors).toEqual([]);
  });

  it("call only npm scripts that package.json defines", () => {
    const calls = allRunSteps().flatMap(({ file, step }) => npmCallsIn(step.run ?? "").map((call) => ({ file, ...call })));
    expect(calls.length).toBeGreaterThan(10);
    const missing = calls.filter((call) => call.script !== undefined && !packageScripts.has(call.script));
    expect(missing.map((call) => `${call.file}: ${call.command}`)).toEqual([]);
  });

  it("use local actions and scripts that exist", () => {
    const localActions = repositoryFiles
      .flatMap(({ name, kind }) => {
        const document = models.get(name)?.document;
        return kind === "workflow" ? stepsOfWorkflow(document as Workflow) : ((document as CompositeAction).runs.steps ?? []);
      })
      .map((step) => step.uses)
      .filter((uses): uses is string => uses?.startsWith("./") === true);
    expect(localActions.length).toBeGreaterThan(0);
    for (const uses of localActions) expect(existsSync(path.join(repoRoot, uses, "action.yml")), uses).toBe(true);

    const nodeScripts = allRunSteps().flatMap(({ step }) => [...(step.run ?? "").matchAll(/\bnode (scripts\/[\w./-]+\.mjs)/g)].map((match) => match[1] ?? ""));
    expect(nodeScripts).toContain("scripts/smoke-health.mjs");
    for (const script of nodeScripts) expect(existsSync(path.join(repoRoot, script)), script).toBe(true);
  });
});

describe("npmCallsIn", () => {
  it("finds scripts, lifecycle shorthands and npm's own commands", () => {
    expect(npmCallsIn("npm run lint && npm test -- unit integration\nnpm ci\nnpm install --global vercel@latest")).toEqual([
      { command: "npm run lint", script: "lint", args: [] },
      { command: "npm test -- unit integration", script: "test", args: ["unit", "integration"] },
      { command: "npm ci", args: [] },
      { command: "npm install --global vercel@latest", args: [] },
    ]);
  });

  it("ignores shell comments", () => {
    expect(npmCallsIn("# npm install, not npm ci: see above\nnpm run lint # then npm run nope")).toEqual([
      { command: "npm run lint", script: "lint", args: [] },
    ]);
  });

  it("flags an npm command that is neither a script nor npm's own", () => {
    expect(npmCallsIn("npm publish")[0]?.script).toBe('<unknown npm command "publish">');
  });
});

describe("ci.yml", () => {
  const ciScripts = () =>
    stepsOfWorkflow(workflow("ci.yml")).flatMap((step) => npmCallsIn(step.run ?? "")).filter((call) => call.script !== undefined);

  it("runs on pull requests and pushes to main, cancelling stale pull-request runs only", () => {
    const ci = workflow("ci.yml");
    expect(ci.on).toMatchObject({ pull_request: null, push: { branches: ["main"] } });
    expect(ci.concurrency?.group).toContain("github.ref");
    expect(String(ci.concurrency?.["cancel-in-progress"])).toContain("pull_request");
  });

  it("runs lint, typecheck and every kind of test .ci/run runs", () => {
    const scripts = ciScripts().map((call) => call.script);
    expect(scripts).toEqual(expect.arrayContaining(["lint", "typecheck", "test"]));
    const testKinds = ciScripts()
      .filter((call) => call.script === "test")
      .flatMap((call) => call.args);
    expect(testKinds).toEqual(expect.arrayContaining(["unit", "integration", "e2e"]));
  });

  it("runs every npm script that .ci/run runs", () => {
    const ciRunScripts = npmCallsIn(readFileSync(path.join(repoRoot, ".ci/run"), "utf8"))
      .map((call) => call.script)
      .filter((script): script is string => script !== undefined);
    expect(ciRunScripts).toEqual(expect.arrayContaining(["lint", "typecheck", "test"]));
    expect(ciScripts().map((call) => call.script)).toEqual(expect.arrayContaining(ciRunScripts));
  });

  it("gates coverage, Lighthouse budgets and migrations on a real PostgreSQL with pgvector", () => {
    const ci = workflow("ci.yml");
    expect(ciScripts().map((call) => call.script)).toEqual(expect.arrayContaining(["test:coverage", "coverage:check", "lighthouse", "db:migrate", "db:seed"]));
    const migrations = ci.jobs.migrations;
    expect(JSON.stringify(migrations?.services)).toContain("pgvector/pgvector:pg16");
  });
});

describe("preview.yml", () => {
  it("runs on pull request open, push, reopen and close with minimal permissions", () => {
    const preview = workflow("preview.yml");
    expect(preview.on).toEqual({ pull_request: { types: ["opened", "synchronize", "reopened", "closed"] } });
    expect(preview.permissions).toEqual({ contents: "read", "pull-requests": "write" });
  });

  it("creates a Neon branch per pull request, migrates it, then deploys with its URL", () => {
    const preview = workflow("preview.yml");
    expect(preview.env?.NEON_BRANCH).toBe("preview/pr-${{ github.event.number }}");
    const steps = preview.jobs.deploy?.steps ?? [];
    const create = stepIndex(steps, (step) => step.uses?.startsWith("neondatabase/create-branch-action@") === true, "creates a Neon branch");
    expect(steps[create]?.with).toMatchObject({
      project_id: "${{ vars.NEON_PROJECT_ID }}",
      branch_name: "${{ env.NEON_BRANCH }}",
      api_key: "${{ secrets.NEON_API_KEY }}",
    });
    const migrate = stepIndex(steps, (step) => /npm run db:migrate/.test(step.run ?? ""), "migrates");
    expect(steps[migrate]?.env?.DATABASE_URL).toContain(`steps.${steps[create]?.id}.outputs.db_url`);
    const deploy = stepIndex(steps, (step) => /vercel deploy --prebuilt/.test(step.run ?? ""), "deploys");
    expect(create).toBeLessThan(migrate);
    expect(migrate).toBeLessThan(deploy);
    expect(stepIndex(steps, (step) => step.uses?.startsWith("actions/github-script@") === true, "comments")).toBeGreaterThan(deploy);
  });

  it("deletes the Neon branch when the pull request closes", () => {
    const cleanup = workflow("preview.yml").jobs.cleanup;
    expect(cleanup?.if).toContain("github.event.action == 'closed'");
    expect(cleanup?.steps?.[0]).toMatchObject({
      uses: expect.stringMatching(/^neondatabase\/delete-branch-action@/),
      with: { branch: "${{ env.NEON_BRANCH }}", project_id: "${{ vars.NEON_PROJECT_ID }}" },
    });
  });
});

describe("production.yml", () => {
  it("deploys pushes to main one at a time, never cancelling a running deploy", () => {
    const production = workflow("production.yml");
    expect(production.on).toEqual({ push: { branches: ["main"] } });
    expect(production.concurrency).toEqual({ group: "production", "cancel-in-progress": false });
  });

  it("migrates the production database before the deploy job starts", () => {
    const production = workflow("production.yml");
    const migrateJob = Object.entries(production.jobs).find(([, job]) =>
      job.steps?.some((step) => /npm run db:migrate/.test(step.run ?? "") && step.env?.DATABASE_URL === "${{ secrets.PRODUCTION_DATABASE_URL }}"),
    );
    expect(migrateJob).toBeDefined();
    const deployJob = Object.entries(production.jobs).find(([, job]) => job.steps?.some((step) => /vercel deploy --prebuilt --prod/.test(step.run ?? "")));
    expect(deployJob).toBeDefined();
    expect(upstreamJobs(production, deployJob?.[0] ?? "")).toContain(migrateJob?.[0]);
  });

  it("records the live deployment before deploying, smoke-tests after, and rolls back on failure", () => {
    const production = workflow("production.yml");
    const deploySteps = production.jobs.deploy?.steps ?? [];
    const record = stepIndex(deploySteps, (step) => step.uses === "./.github/actions/vercel-production", "records the live deployment");
    expect(record).toBeLessThan(stepIndex(deploySteps, (step) => /vercel deploy/.test(step.run ?? ""), "deploys"));

    expect(upstreamJobs(production, "smoke")).toContain("deploy");
    const smokeSteps = production.jobs.smoke?.steps ?? [];
    const smoke = stepIndex(smokeSteps, (step) => /node scripts\/smoke-health\.mjs .*github\.sha/.test(step.run ?? ""), "smoke-tests the new commit");
    const rollback = stepIndex(smokeSteps, (step) => /vercel rollback/.test(step.run ?? ""), "rolls back");
    expect(rollback).toBeGreaterThan(smoke);
    expect(smokeSteps[rollback]?.if).toMatch(/failure\(\)/);
    expect(smokeSteps[rollback]?.if).toContain(`steps.${smokeSteps[smoke]?.id}.outcome == 'failure'`);
    const recheck = smokeSteps.slice(rollback + 1).find((step) => /smoke-health\.mjs/.test(step.run ?? ""));
    expect(recheck?.if).toContain(`steps.${smokeSteps[rollback]?.id}.outcome == 'success'`);
  });
});

describe("rollback.yml", () => {
  it("is started by hand, with an optional deployment", () => {
    const rollback = workflow("rollback.yml");
    expect(rollback.on).toMatchObject({ workflow_dispatch: { inputs: { deployment: { required: false, type: "string" } } } });
    expect(rollback.concurrency?.group).toBe("production");
  });

  it("rolls back with Vercel, then checks /api/health", () => {
    const steps = stepsOfWorkflow(workflow("rollback.yml"));
    const rollback = stepIndex(steps, (step) => /vercel rollback "\$TARGET_URL"/.test(step.run ?? ""), "rolls back");
    const smoke = stepIndex(steps, (step) => /node scripts\/smoke-health\.mjs/.test(step.run ?? ""), "checks health");
    expect(smoke).toBeGreaterThan(rollback);
  });
});

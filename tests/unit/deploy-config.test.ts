// Deployment files checked against the code they describe: vercel.json, the Dockerfile,
// .dockerignore and docker-compose.yml (no Docker engine or Vercel needed).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

type VercelConfig = { $schema?: string; regions?: string[]; functions?: Record<string, { maxDuration?: number }>; crons?: { path: string; schedule: string }[] };
const vercel = JSON.parse(read("vercel.json")) as VercelConfig;

// minute, hour, day of month, month, day of week — numbers only, as Vercel Cron accepts them.
const CRON_RANGES = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 6]] as const;

function isValidCronSchedule(schedule: string): boolean {
  const fields = schedule.trim().split(/\s+/);
  if (fields.length !== CRON_RANGES.length) return false;
  return fields.every((field, i) =>
    field.split(",").every((part) => {
      const match = /^(\*|\d+(?:-\d+)?)(?:\/(\d+))?$/.exec(part);
      if (!match?.[1] || (match[2] !== undefined && Number(match[2]) < 1)) return false;
      if (match[1] === "*") return true;
      const [min, max] = CRON_RANGES[i] ?? [0, 0];
      const [low = -1, high = low] = match[1].split("-").map(Number);
      return low >= min && high <= max && low <= high;
    }),
  );
}

const routeFileFor = (urlPath: string) => `src/app${urlPath}/route.ts`;
const declaredMaxDuration = (file: string) => /export const maxDuration\s*=\s*(\d+)/.exec(read(file))?.[1];
const apiRouteFiles = (readdirSync(path.join(ROOT, "src/app/api"), { recursive: true }) as string[])
  .map((entry) => path.posix.join("src/app/api", entry.split(path.sep).join("/")))
  .filter((file) => file.endsWith("/route.ts"));

describe("vercel.json", () => {
  it("keeps the schema and pins functions to one region", () => {
    expect(vercel.$schema).toBe("https://openapi.vercel.sh/vercel.json");
    expect(vercel.regions).toEqual([expect.stringMatching(/^[a-z]{3}\d$/)]);
  });

  it("schedules each cron on an existing GET route handler with a valid 5-field schedule", () => {
    expect(vercel.crons?.map((cron) => cron.path).sort()).toEqual(["/api/cron/close-overdue", "/api/cron/due-reminders", "/api/cron/embed-chunks"]);
    for (const cron of vercel.crons ?? []) {
      expect(existsSync(path.join(ROOT, routeFileFor(cron.path))), cron.path).toBe(true);
      expect(read(routeFileFor(cron.path)), cron.path).toMatch(/export (const|async function) GET\b/);
      expect(isValidCronSchedule(cron.schedule), cron.schedule).toBe(true);
    }
  });

  it("validates cron schedules strictly enough to catch a wrong one", () => {
    expect(isValidCronSchedule("*/5 * * * *")).toBe(true);
    expect(isValidCronSchedule("0 3 * * 1-5")).toBe(true);
    for (const bad of ["*/5 * * *", "60 * * * *", "* 24 * * *", "* * 0 * *", "*/0 * * * *", "* * * JAN *", "5-1 * * * *"]) {
      expect(isValidCronSchedule(bad), bad).toBe(false);
    }
  });

  it("sets maxDuration only for files that exist, agreeing with each route's own export", () => {
    const functions = Object.entries(vercel.functions ?? {});
    expect(functions.length).toBeGreaterThan(0);
    for (const [file, config] of functions) {
      expect(existsSync(path.join(ROOT, file)), file).toBe(true);
      expect(config.maxDuration, file).toSatisfy((seconds: number) => Number.isInteger(seconds) && seconds >= 1 && seconds <= 800);
      const declared = declaredMaxDuration(file);
      if (declared !== undefined) expect(config.maxDuration, file).toBe(Number(declared));
    }
  });

  it("covers every API route that declares its own maxDuration", () => {
    const declaring = apiRouteFiles.filter((file) => declaredMaxDuration(file) !== undefined);
    expect(declaring.length).toBeGreaterThan(0);
    for (const file of declaring) expect(Object.keys(vercel.functions ?? {}), file).toContain(file);
  });

  it("leaves routing, headers and the build to Next.js", () => {
    for (const key of ["builds", "routes", "rewrites", "redirects", "headers", "cleanUrls", "trailingSlash", "outputDirectory", "buildCommand"]) {
      expect(vercel, key).not.toHaveProperty(key);
    }
  });
});

// Instructions with continuation lines joined and comments dropped, grouped by build stage.
function dockerfileStages(text: string) {
  const lines = text.replace(/\\\r?\n/g, " ").split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith("#"));
  const stages: { from: string; name?: string; lines: string[] }[] = [];
  for (const line of lines) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from?.[1]) stages.push({ from: from[1], name: from[2], lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const stages = dockerfileStages(dockerfile);
  const runtime = stages.at(-1);
  const runtimeLines = runtime?.lines ?? [];

  it("builds in named stages and ends on a slim Node 20 runtime", () => {
    expect(stages.filter((stage) => stage.name).length).toBeGreaterThanOrEqual(2);
    expect(stages.map((stage) => stage.name)).toEqual(["deps", "build", "runtime"]);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(runtime?.from).toBe("${NODE_IMAGE}");
  });

  it("builds without a real environment", () => {
    const build = stages.find((stage) => stage.name === "build")?.lines ?? [];
    expect(build).toContainEqual(expect.stringMatching(/^RUN .*SKIP_ENV_VALIDATION=1 .*npm run build/));
  });

  it("runs the standalone server as a non-root user", () => {
    const users = runtimeLines.filter((line) => /^USER\s/i.test(line));
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^USER\s+(root|0)(:|\s|$)/i);
    expect(runtimeLines).toContainEqual(expect.stringMatching(/^COPY --from=build .*\/app\/\.next\/standalone \.\/$/));
    expect(runtimeLines).toContainEqual(expect.stringMatching(/^COPY --from=build .*\/app\/\.next\/static \.\/\.next\/static$/));
    expect(runtimeLines).toContainEqual(expect.stringMatching(/^COPY --from=build .*\/app\/public \.\/public$/));
    expect(runtimeLines).toContainEqual(expect.stringMatching(/^COPY --from=build .*src\/drizzle\/migrations \.\/src\/drizzle\/migrations$/));
    expect(runtimeLines).toContain('CMD ["node", "server.js"]');
  });

  it("listens on 0.0.0.0:3000 in production mode", () => {
    const env = runtimeLines.filter((line) => /^ENV\s/i.test(line)).join(" ");
    for (const setting of ["NODE_ENV=production", "HOSTNAME=0.0.0.0", "PORT=3000"]) expect(env).toContain(setting);
    expect(runtimeLines).toContain("EXPOSE 3000");
  });

  it("checks readiness on /api/health with node, with an interval, timeout and start period", () => {
    const healthcheck = runtimeLines.find((line) => /^HEALTHCHECK\s/i.test(line)) ?? "";
    expect(healthcheck).toMatch(/--interval=\d+s/);
    expect(healthcheck).toMatch(/--timeout=\d+s/);
    expect(healthcheck).toMatch(/--start-period=\d+s/);
    expect(healthcheck).toContain('CMD ["node"');
    expect(healthcheck).toContain("'http://127.0.0.1:3000/api/health'");
    expect(healthcheck).toContain("status===200");
  });

  it("keeps installs, local data, history and env files out of the build context", () => {
    const ignored = read(".dockerignore").split(/\r?\n/).map((line) => line.trim());
    for (const entry of ["node_modules", ".next", ".data", "reports", "test-results", ".git", "coverage", "backups", ".env", ".env.*"]) {
      expect(ignored, entry).toContain(entry);
    }
  });
});

type ComposeService = {
  build?: string | { context?: string; target?: string };
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { disable?: boolean };
};

describe("docker-compose.yml", () => {
  const compose = parseYaml(read("docker-compose.yml"), { merge: true }) as { services: Record<string, ComposeService> };
  const { app, migrate } = compose.services;
  const dependsOn = (service?: ComposeService) => (Array.isArray(service?.depends_on) ? {} : (service?.depends_on ?? {}));

  it("keeps PostgreSQL, the Neon proxy, Redis and the Upstash front", () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(["postgres", "neon-proxy", "redis", "upstash", "app", "migrate"]));
  });

  it("starts the app from the Dockerfile after a healthy PostgreSQL and a finished migration", () => {
    expect(app?.build).toMatchObject({ context: ".", target: "runtime" });
    expect(dependsOn(app).postgres?.condition).toBe("service_healthy");
    expect(dependsOn(app).migrate?.condition).toBe("service_completed_successfully");
    expect(Object.keys(dependsOn(app))).toEqual(expect.arrayContaining(["redis", "upstash"]));
    expect(app?.healthcheck?.disable).not.toBe(true);
  });

  it("migrates with the build stage, which has tsx and the sources", () => {
    expect(migrate?.build).toMatchObject({ context: ".", target: "build" });
    expect(migrate?.command?.join(" ")).toContain("npm run db:migrate");
    expect(dependsOn(migrate).postgres?.condition).toBe("service_healthy");
  });

  it("points the app at the compose services and holds no real secrets", () => {
    const env = app?.environment ?? {};
    expect(new URL(env.DATABASE_URL ?? "").hostname).toBe("postgres");
    expect(new URL(env.UPSTASH_REDIS_REST_URL ?? "").hostname).toBe("upstash");
    for (const [name, value] of Object.entries({ ...env, ...migrate?.environment })) {
      if (!/SECRET|_KEY$|TOKEN/.test(name)) continue;
      expect([`\${${name}:-}`, "learnforge-local-token"], name).toContain(value);
    }
  });
});

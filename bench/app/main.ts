// `npm run bench` (node bench/app/run.mjs): the app under load, end to end. Builds once, starts a
// real PostgreSQL and redis-server + Upstash front on loopback, seeds the demo content and a
// realistic volume, serves the production build with `next start`, drives each route with
// autocannon as real signed-in learners, and writes bench/results.json. Everything it starts
// it stops again — on success, on failure and on Ctrl-C.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { findFreePort } from "../../tests/support/services/free-port";
import { readActionIds } from "./action-body";
import { buildReason, runBuild } from "./build";
import { runPrepare, startServices } from "./children";
import { runPhase, stopRunningLoad } from "./load";
import { measurePhase, sampleRequest, type Measured } from "./measure";
import { parseOptions, USAGE, type Options } from "./options";
import type { Fixture } from "./prepare";
import { measurePages } from "./pages";
import { printDiagnostics, printNotes, printProfile, printRoutesAndLog } from "./print";
import { parentPid } from "./proc-stats";
import { countMisses, finiteOrNull, formatTable, machineInfo, resultsSchema, toRouteResult, type Results, type TableRow } from "./report";
import { buildScenarios, type Scenario } from "./scenarios";
import { startServer } from "./server";
import { mintSessionCookies } from "./session";
import { ratioToCeiling } from "./stats";

const root = path.resolve(import.meta.dirname, "..", "..");
const wallStarted = performance.now();
const elapsed = () => `${((performance.now() - wallStarted) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`[${elapsed().padStart(7)}] ${message}`);

// Cleanups run last-in first-out, once, whatever ends the run.
const cleanups: { name: string; run: () => Promise<void> }[] = [];
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const { name, run } of cleanups.reverse()) {
      try {
        await run();
      } catch (error) {
        console.error(`bench: stopping ${name} failed:`, error instanceof Error ? error.message : error);
      }
    }
  })();
  return cleaning;
}
let serverPid: number | undefined;
let failed = false;
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\nbench: ${signal} — stopping the server, PostgreSQL and Redis…`);
    stopRunningLoad();
    void cleanUp().finally(() => {
      log(`interrupted; total wall time ${elapsed()}`);
      process.exit(130);
    });
  });
}
// Last resort when the process dies without cleaning up: the services child sees its stdin close and stops itself.
process.on("exit", () => {
  if (serverPid === undefined) return;
  try {
    process.kill(serverPid, "SIGKILL");
  } catch {
    // Already gone: nothing to do.
  }
});

async function main(options: Options): Promise<number> {
  console.log(`=== LearnForge load benchmark${options.quick ? " (--quick)" : ""} ===`);
  // 1. One production build.
  const reason = buildReason(root, options.build);
  const cleanEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG ?? "C.UTF-8",
    NEXT_TELEMETRY_DISABLED: "1",
    // Blank counts as unset for the env module, and Next.js never lets a .env file override a set variable:
    // no .env.local can switch on Clerk, AI, Sentry, Arcjet's cloud or the test clock for the benchmark.
    ...Object.fromEntries(
      ["OPENAI_API_KEY", "OPENAI_BASE_URL", "CLERK_SECRET_KEY", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "CLERK_JWT_KEY", "SENTRY_DSN", "NEXT_PUBLIC_SENTRY_DSN", "ARCJET_KEY", "TEST_CLOCK_ENABLED", "VERCEL_ENV"].map((key) => [key, ""]),
    ),
  };
  if (reason) {
    log(`next build (${reason})…`);
    await runBuild(root, { ...cleanEnv, NODE_ENV: "production" as const });
  } else {
    const builtAt = statSync(path.join(root, ".next/BUILD_ID")).mtime;
    log(`reusing .next (BUILD_ID ${readFileSync(path.join(root, ".next/BUILD_ID"), "utf8").trim()} of ${builtAt.toISOString()}${options.build === "never" ? ", --no-build" : ", newer than every build input"})`);
  }

  // 2. PostgreSQL, Redis and the Upstash front, then the seeds.
  const services = await startServices(root);
  cleanups.push({ name: "PostgreSQL, redis-server and the Upstash front", run: services.stop });
  log(`PostgreSQL on 127.0.0.1:${services.postgresPort}, redis-server on :${services.redisPort}, Upstash front ${services.upstashUrl}`);
  const work = mkdtempSync(path.join(os.tmpdir(), "learnforge-bench-"));
  // Runs first among the cleanups (the server still has the log open; that is fine on Linux).
  cleanups.push({
    name: "the work directory",
    run: async () => {
      if (options.keep || failed) console.log(`kept ${work} (server.log, fixture.json)`);
      else rmSync(work, { recursive: true, force: true });
    },
  });
  const fixtureFile = path.join(work, "fixture.json");
  await runPrepare(root, fixtureFile, { ...process.env, ...cleanEnv, DATABASE_URL: services.databaseUrl, DATABASE_DRIVER: "pg", LOG_LEVEL: "warn", BENCH_SIZE: JSON.stringify(options.sizes) });
  const fixture = JSON.parse(readFileSync(fixtureFile, "utf8")) as Fixture;
  const c = fixture.counts;
  log(
    `seeded (migrations ${fixture.seedSeconds.migrate} s, demo ${fixture.seedSeconds.demo} s, bulk ${fixture.seedSeconds.bulk} s): ` +
      `${c.users} users (${fixture.learnerIds.length} learners in the load), ${c.questions} questions, ${c.practice_items} practice items ` +
      `(heavy learner ${c.heavy_answers} answers), ${c.review_cards} review cards, ${c.open_attempts} open attempts, ${c.general_messages} messages in #general`,
  );

  // 3. The production server.
  const secret = randomBytes(32).toString("base64url");
  const port = await findFreePort();
  const serverEnv = {
    ...cleanEnv,
    NODE_ENV: "production" as const,
    DATABASE_URL: services.databaseUrl,
    DATABASE_DRIVER: "pg",
    UPSTASH_REDIS_REST_URL: services.upstashUrl,
    UPSTASH_REDIS_REST_TOKEN: services.upstashToken,
    DEV_AUTH_SECRET: secret,
    LOG_LEVEL: "warn",
    // As e2e runs it on loopback (Arcjet's local rules need it: no real client address here).
    ARCJET_ENV: "development",
  };
  const nodeArgs = options.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.join(work, "profile")}`] : [];
  const server = await startServer({ root, port, env: serverEnv, logFile: path.join(work, "server.log"), nodeArgs });
  serverPid = server.pid;
  // run.mjs stops it should this process be killed outright (SIGKILL runs no cleanup here).
  if (process.env.BENCH_PID_FILE) writeFileSync(process.env.BENCH_PID_FILE, `${server.pid}\n`);
  cleanups.push({
    name: "next start",
    run: async () => {
      await server.stop();
      if (process.env.BENCH_PID_FILE) writeFileSync(process.env.BENCH_PID_FILE, "");
    },
  });
  log(`next start ready at ${server.url} (pid ${server.pid}; log ${server.logFile})`);

  const client = new pg.Client({ connectionString: services.databaseUrl });
  await client.connect();
  cleanups.push({ name: "the bench's database connection", run: () => client.end() });
  const sampler = new pg.Client({ connectionString: services.databaseUrl });
  await sampler.connect();
  cleanups.push({ name: "the bench's sampling connection", run: () => sampler.end() });
  const { rows: versionRows } = await client.query<{ server_version: string }>("show server_version");
  const { rows: backend } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
  const postmasterPid = parentPid(backend[0]!.pid) ?? backend[0]!.pid;

  // 4. The load.
  const cookies = mintSessionCookies(fixture.learnerIds, secret);
  const all = await buildScenarios({ origin: server.url, cookies, fixture, actionIds: readActionIds(path.join(root, ".next")), client });
  // The ceiling always runs (the ratios need it), except in a profile of chosen routes, which it would blur.
  const chosen = (scenario: Scenario) => options.only.length === 0 || options.only.some((name) => scenario.name.includes(name));
  const scenarios = all.filter((scenario) => chosen(scenario) || (scenario.ceiling && !options.profile));
  const loadAvg = os.loadavg();
  log(`load average before the load: ${loadAvg.map((n) => n.toFixed(2)).join(" / ")}; ${scenarios.length} routes × ${options.connections.join(" and ")} connections, ${options.warmupSeconds} s warm-up, ${options.durationSeconds} s each`);
  const measured: Measured[] = [];
  const skipped: { scenario: Scenario; reason: string }[] = [];
  const context = { url: server.url, pids: { server: server.pid, postgres: postmasterPid, services: services.pid }, client, sampler };
  for (const scenario of scenarios) {
    if (interrupted) break;
    // A pool is read from the database: let requests still in flight from the last phase land first
    // (a late "next question" would otherwise skip an item this pool is about to answer).
    if (scenario.prepare) await settle();
    const prepared = await scenario.prepare?.();
    const sample = await sampleRequest(server.url, scenario, path.join(work, `sample-${scenario.name.replace(/\W+/g, "-")}.txt`));
    if (sample) {
      skipped.push({ scenario, reason: sample });
      log(`✗ ${scenario.name}: the sample response failed (${sample}); not measured`);
      continue;
    }
    const warm = await runPhase(scenario, { url: server.url, connections: options.connections[0]!, seconds: options.warmupSeconds });
    const warmNote = warm.errors > 0 ? `, ${warm.errors} errors in the warm-up (${warm.failures[0]?.reason ?? "socket errors or timeouts"})` : "";
    for (const connections of options.connections) {
      if (interrupted) break;
      if (scenario.prepare) await settle();
      const note = await scenario.prepare?.();
      const result = await measurePhase(context, scenario, connections, options.durationSeconds);
      measured.push(result);
      const { phase } = result;
      log(
        `${scenario.name} @${connections}: ${phase.rps.toFixed(0)} req/s, p50 ${phase.p50_ms} ms, p95 ${phase.p95_ms} ms, p99 ${phase.p99_ms} ms, ${phase.errors} errors` +
          `${connections === options.connections[0] ? `${warmNote}${prepared ? `; ${prepared}` : ""}` : note ? `; ${note}` : ""}`,
      );
      for (const failure of phase.failures.slice(0, 3)) log(`    ${failure.count}× ${failure.reason} — e.g. ${JSON.stringify(failure.sample.slice(0, 160))}`);
    }
  }

  if (interrupted) throw new Error("interrupted");

  // 5. Pages in a browser: Lighthouse and First Load JS (bench/app/lighthouse.mjs, first-load-js.mjs).
  const heavyCookie = cookies.get(fixture.heavyLearnerId)!;
  const { rows: heavyAttempt } = await client.query<{ id: string }>(
    `select id from attempts where user_id = $1 and state = 'in_progress' and test_id = any($2) order by started_at limit 1`,
    [fixture.heavyLearnerId, fixture.testIds],
  );
  const pages = [
    { name: "landing", path: "/", signedIn: false },
    { name: "dashboard", path: "/dashboard", signedIn: true },
    { name: "lesson", path: `/courses/probability-and-statistics/lessons/${fixture.lesson.slug}`, signedIn: true },
    { name: "practice", path: `/practice/${fixture.benchCourseSlug}?topic=need`, signedIn: true },
    ...(heavyAttempt[0] ? [{ name: "attempt", path: `/attempts/${heavyAttempt[0].id}`, signedIn: true }] : []),
  ];
  const { firstLoadJs, lighthouse } = await measurePages({ root, baseUrl: server.url, cookie: heavyCookie, pages, lighthouse: options.lighthouse, why: options.quick ? "--quick" : "--no-lighthouse", log });

  // 6. The table and bench/results.json.
  const ceiling = new Map(measured.filter((row) => row.scenario.ceiling).map((row) => [row.connections, row.phase.rps]));
  const rows: TableRow[] = measured.map(({ scenario, connections, phase }) => ({
    name: scenario.name,
    connections,
    rps: phase.rps,
    p50_ms: finiteOrNull(phase.p50_ms),
    p95_ms: finiteOrNull(phase.p95_ms),
    p99_ms: finiteOrNull(phase.p99_ms),
    errors: phase.errors,
    ratio_to_ceiling: scenario.ceiling ? 1 : ratioToCeiling(phase.rps, ceiling.get(connections)),
    target: scenario.target,
    ceiling: Boolean(scenario.ceiling),
  }));
  const results: Results = resultsSchema.parse({
    machine: machineInfo({ root, postgres: `PostgreSQL ${versionRows[0]?.server_version ?? "?"}`, loadAvg, quick: options.quick }),
    routes: rows.map(toRouteResult),
    lighthouse,
    first_load_js_kb: firstLoadJs,
  });
  // A partial run (--only) does not replace the full picture.
  if (options.only.length === 0) writeFileSync(path.join(root, options.resultsFile), `${JSON.stringify(results, null, 2)}\n`);

  const m = results.machine;
  console.log(`\nmachine: ${m.cpu} × ${m.cores} cores, ${m.memory_gb} GiB, Node ${m.node}, ${m.postgres}, load ${m.load_avg.join(" / ")} before the load (now ${os.loadavg().map((n) => n.toFixed(2)).join(" / ")}), commit ${m.commit}`);
  console.log(`data: ${fixture.learnerIds.length} learners, ${c.questions} questions, heavy learner ${c.heavy_answers} answers, ${c.general_messages} messages in #general\n`);
  console.log(formatTable(rows));
  const misses = countMisses(rows);
  console.log(`\n${misses.missed === 0 ? "every target met" : `${misses.missed} of ${misses.checked} target checks missed`} (issue 8: practice answer, autosave, submit p95 ≤ 25 ms @10 and ≤ 100 ms @50; dashboard p95 ≤ 50 ms @10; 0 errors; dynamic routes ≥ 30% of the ceiling's req/s)`);
  for (const { scenario, reason: why } of skipped) console.log(`NOT MEASURED ${scenario.name}: ${why}`);
  printNotes(rows, options.connections);
  printDiagnostics(measured);
  printRoutesAndLog(scenarios, server);
  if (options.profile) {
    // V8 writes the profile when the server exits.
    await server.stop();
    printProfile(path.join(work, "profile"));
  }
  console.log(`\n${options.only.length === 0 ? "wrote" : "did not write (--only)"} ${options.resultsFile}; Lighthouse ${lighthouse.length ? `${lighthouse.length} pages` : "not measured"}; First Load JS ${Object.keys(firstLoadJs).length ? `${Object.keys(firstLoadJs).length} routes` : "not measured"}`);
  return skipped.length > 0 ? 1 : 0;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));

let code = 1;
try {
  const args = process.argv.slice(2);
  if (args.includes("--help")) {
    console.log(USAGE);
    code = 0;
  } else {
    code = await main(parseOptions(args));
  }
} catch (error) {
  // After Ctrl-C the run fails on the connections being closed under it: the signal handler ends the process.
  if (interrupted) await new Promise(() => undefined);
  console.error("\nbench failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  failed = true;
  code = 1;
} finally {
  await cleanUp();
  log(`total wall time ${elapsed()}`);
}
process.exit(code);

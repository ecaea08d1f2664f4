// Command line of `npm run bench` (node bench/app/run.mjs [flags]).

export type Sizes = {
  learners: number;
  questions: number;
  heavyAnswers: number;
  /** Answered practice questions of each other learner. */
  answersEach: number;
  messages: number;
  replies: number;
  /** Open attempts per learner (one per bench test): each submit needs a fresh one. */
  testsPerLearner: number;
};

export type Options = {
  quick: boolean;
  /** "auto": build when .next is missing or older than the sources; "always" (--build); "never" (--no-build). */
  build: "auto" | "always" | "never";
  warmupSeconds: number;
  durationSeconds: number;
  connections: number[];
  lighthouse: boolean;
  /** Only the scenarios whose name contains one of these (--only=dashboard,ping); all when empty. */
  only: string[];
  sizes: Sizes;
  resultsFile: string;
  /** Keep the work directory (server log, fixture) after the run; it is kept anyway when the run fails. */
  keep: boolean;
  /** Run the server with --cpu-prof and print where its CPU went (best with --only). */
  profile: boolean;
};

export const FULL_SIZES: Sizes = { learners: 1_000, questions: 10_000, heavyAnswers: 5_000, answersEach: 20, messages: 100_000, replies: 10_000, testsPerLearner: 6 };
export const QUICK_SIZES: Sizes = { learners: 200, questions: 2_000, heavyAnswers: 1_000, answersEach: 10, messages: 10_000, replies: 1_000, testsPerLearner: 8 };

export const USAGE = `usage: node bench/app/run.mjs [--quick] [--build | --no-build] [--no-lighthouse] [--only=name,…] [--duration=s] [--warmup=s]
  --quick          smaller seed, 1 s warm-up and 3 s per measurement, no Lighthouse (under two minutes with .next built)
  --build          always run next build first; --no-build: use .next as it is (it must exist)
                   default: build when .next/BUILD_ID is missing or older than any build input (src/, public/, configs, lockfile)
  --no-lighthouse  skip Lighthouse (first-load JS is still measured)
  --only=a,b       only the scenarios whose name contains a or b (and the ceiling, unless --profile)
  --keep           keep the work directory (server log, fixture, sample responses) in the temp dir
  --profile        run the server with --cpu-prof and print its busiest functions (with --only: one route's profile)
  --duration=s --warmup=s   override the measurement and warm-up lengths`;

export function parseOptions(argv: readonly string[]): Options {
  const flags = new Map<string, string | true>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg}\n${USAGE}`);
    flags.set(match[1]!, match[2] ?? true);
  }
  const known = new Set(["quick", "build", "no-build", "no-lighthouse", "only", "duration", "warmup", "keep", "profile", "help"]);
  for (const flag of flags.keys()) if (!known.has(flag)) throw new Error(`unknown flag --${flag}\n${USAGE}`);
  if (flags.has("build") && flags.has("no-build")) throw new Error("--build and --no-build contradict each other");
  const quick = flags.has("quick");
  const number = (name: string, fallback: number) => {
    const value = flags.get(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (value === true || !Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} needs a positive number of seconds`);
    return parsed;
  };
  const only = flags.get("only");
  return {
    quick,
    build: flags.has("build") ? "always" : flags.has("no-build") ? "never" : "auto",
    warmupSeconds: number("warmup", quick ? 1 : 2),
    durationSeconds: number("duration", quick ? 3 : 10),
    connections: [10, 50],
    lighthouse: !quick && !flags.has("no-lighthouse"),
    only: typeof only === "string" ? only.split(",").map((name) => name.trim()).filter(Boolean) : [],
    sizes: quick ? QUICK_SIZES : FULL_SIZES,
    resultsFile: "bench/results.json",
    keep: flags.has("keep"),
    profile: flags.has("profile"),
  };
}

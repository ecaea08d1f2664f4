// Rules that span several variables; each problem names the variables involved.
export type EnvCombination = {
  CLERK_SECRET_KEY?: string;
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY?: string;
  UPSTASH_REDIS_REST_URL?: string;
  UPSTASH_REDIS_REST_TOKEN?: string;
  DATABASE_URL?: string;
  DATABASE_DRIVER?: string;
  VERCEL_ENV?: string;
  DEV_AUTH_SECRET?: string;
  TEST_CLOCK_ENABLED?: boolean;
};

export function findEnvCombinationProblems(env: EnvCombination): string[] {
  const problems: string[] = [];
  const clerkSecret = Boolean(env.CLERK_SECRET_KEY);
  const clerkPublishable = Boolean(env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY);
  if (clerkSecret !== clerkPublishable) {
    const missing = clerkSecret ? "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY" : "CLERK_SECRET_KEY";
    problems.push(`${missing} is missing: Clerk needs both CLERK_SECRET_KEY and NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY`);
  }
  if (Boolean(env.UPSTASH_REDIS_REST_URL) !== Boolean(env.UPSTASH_REDIS_REST_TOKEN)) {
    const missing = env.UPSTASH_REDIS_REST_URL ? "UPSTASH_REDIS_REST_TOKEN" : "UPSTASH_REDIS_REST_URL";
    problems.push(`${missing} is missing: Upstash needs both UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN`);
  }
  if (env.DATABASE_DRIVER && env.DATABASE_DRIVER !== "pglite" && !env.DATABASE_URL) {
    problems.push(`DATABASE_URL is missing: DATABASE_DRIVER=${env.DATABASE_DRIVER} needs a connection URL`);
  }
  if (env.VERCEL_ENV === "production" && !(clerkSecret && clerkPublishable)) {
    problems.push(
      "CLERK_SECRET_KEY and NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY are required when VERCEL_ENV=production: the development sign-in is refused in production",
    );
  }
  // Serverless file systems are read-only: the generated development secret cannot be kept there.
  if (env.VERCEL_ENV && env.VERCEL_ENV !== "production" && !clerkSecret && !env.DEV_AUTH_SECRET) {
    problems.push("DEV_AUTH_SECRET is required on Vercel when Clerk is not configured (the development sign-in signs its cookies with it)");
  }
  if (env.TEST_CLOCK_ENABLED && env.VERCEL_ENV) {
    problems.push("TEST_CLOCK_ENABLED is for end-to-end tests only and is refused on Vercel: it lets a visitor move the app's clock");
  }
  if (env.VERCEL_ENV === "production" && !env.DATABASE_URL) {
    problems.push("DATABASE_URL is required when VERCEL_ENV=production: embedded PGlite is for local use only");
  }
  return problems;
}

export function formatEnvProblems(problems: readonly string[]): string {
  return ["Invalid environment configuration:", ...problems.map((problem) => `  - ${problem}`)].join("\n");
}

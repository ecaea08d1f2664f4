import { createEnv } from "@t3-oss/env-nextjs";
import { clientSchema, serverSchema } from "./schemas";
import { findEnvCombinationProblems, formatEnvProblems } from "./checks";

type Issue = { message: string; path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> };

export class EnvError extends Error {
  override name = "EnvError";
}

function describeIssue(issue: Issue): string {
  const [first] = issue.path ?? [];
  const key = typeof first === "object" && first !== null ? first.key : first;
  return `${String(key ?? "environment")}: ${issue.message}`;
}

/** Validates a set of variables; throws one EnvError naming every bad variable. */
export function createServerEnv(source: Record<string, string | undefined>) {
  const skip = source.SKIP_ENV_VALIDATION === "1" || source.SKIP_ENV_VALIDATION === "true";
  const env = createEnv({
    server: serverSchema,
    client: clientSchema,
    runtimeEnv: source,
    isServer: true,
    emptyStringAsUndefined: true,
    skipValidation: skip,
    onValidationError: (issues) => {
      throw new EnvError(formatEnvProblems(issues.map(describeIssue)));
    },
  });
  if (!skip) {
    const problems = findEnvCombinationProblems(env);
    if (problems.length > 0) throw new EnvError(formatEnvProblems(problems));
  }
  return env;
}

export type ServerEnv = ReturnType<typeof createServerEnv>;

export const env: ServerEnv = createServerEnv(process.env);

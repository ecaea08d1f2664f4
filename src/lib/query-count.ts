import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Counts the SQL statements sent while a task runs: one request in development (the access log
 * prints `dbQueries`), one call in the integration tests (`countQueries`). The drivers report every
 * statement through `noteQuery` (src/drizzle/drivers/query-logger.ts); outside a tally it does nothing.
 */
export type QueryTally = {
  count: number;
  /** The statements' SQL and parameters, kept only when asked for (tests); null otherwise. */
  statements: string[] | null;
  params: unknown[][] | null;
  /** An enclosing tally (a request around a measured call) counts the same statements. */
  parent: QueryTally | undefined;
};

const storage = new AsyncLocalStorage<QueryTally>();

/** A fresh tally; `within: true` also counts its statements in the tally the caller runs in. */
export function createQueryTally(options: { keepStatements?: boolean; within?: boolean } = {}): QueryTally {
  const keep = options.keepStatements ?? false;
  return { count: 0, statements: keep ? [] : null, params: keep ? [] : null, parent: options.within ? storage.getStore() : undefined };
}

/** Runs `task` with `tally` counting every statement it (and whatever it awaits) sends. */
export function runWithQueryTally<T>(tally: QueryTally, task: () => T): T {
  return storage.run(tally, task);
}

/** Called by the database layer for each statement it sends. */
export function noteQuery(statement: string, params: readonly unknown[]): void {
  for (let tally = storage.getStore(); tally; tally = tally.parent) {
    tally.count += 1;
    tally.statements?.push(statement);
    tally.params?.push([...params]);
  }
}

export type CountedQueries<T> = { result: T; queries: number; statements: string[]; params: unknown[][] };

/** Runs `fn` and returns its result with the statements it sent (for tests and benchmarks). */
export async function countQueries<T>(fn: () => Promise<T> | T): Promise<CountedQueries<T>> {
  const tally = createQueryTally({ keepStatements: true, within: true });
  // Awaited inside the tally: a lazy query builder only runs when awaited, which must happen in here.
  const result = await runWithQueryTally(tally, async () => await fn());
  return { result, queries: tally.count, statements: tally.statements ?? [], params: tally.params ?? [] };
}

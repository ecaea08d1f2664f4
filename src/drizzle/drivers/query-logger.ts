import type { PGlite, Transaction as PgliteTransaction } from "@electric-sql/pglite";
import type { Logger } from "drizzle-orm";
import { noteQuery } from "@/lib/query-count";

/**
 * Drizzle's `logger` sees every statement a driver sends, inside transactions too (node-postgres
 * and Neon send BEGIN and COMMIT through it as well): each one counts for the current request or
 * measured call (src/lib/query-count.ts). Outside one it costs a single AsyncLocalStorage lookup.
 */
export const queryCountLogger: Logger = { logQuery: noteQuery };

/**
 * PGlite runs a transaction's BEGIN and COMMIT (or ROLLBACK) itself, out of Drizzle's sight: they
 * are noted here, so that a data path counts the same statements on all three drivers.
 */
export function countPgliteTransactionControl(client: PGlite): void {
  const transaction = client.transaction.bind(client);
  client.transaction = async <T>(callback: (tx: PgliteTransaction) => Promise<T>): Promise<T> => {
    noteQuery("begin", []);
    try {
      const result = await transaction(callback);
      noteQuery("commit", []);
      return result;
    } catch (error) {
      noteQuery("rollback", []);
      throw error;
    }
  };
}

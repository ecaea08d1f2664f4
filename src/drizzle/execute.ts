import type { SQL } from "drizzle-orm";
import type { Database, Transaction } from "./drivers/types";

/** Runs raw SQL (on the database or inside a transaction) and returns its rows; all three drivers answer with `{ rows }`. */
export async function selectRows<Row extends Record<string, unknown>>(db: Database | Transaction, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

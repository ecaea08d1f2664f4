import "server-only";
import { getDb } from "@/drizzle/db";
import { closeOverdueAttempts } from "./db-close";

/** For the cron route: closes every attempt past its deadline and grace; returns how many. */
export async function closeOverdueAttemptsNow(): Promise<number> {
  return (await closeOverdueAttempts(await getDb())).length;
}

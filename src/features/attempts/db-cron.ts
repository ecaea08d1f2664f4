import "server-only";
import { getDb } from "@/drizzle/db";
import { closeOverdueAttempts } from "./db-close";

/** For the cron route: closes every attempt past its deadline and grace; returns their ids. */
export async function closeOverdueAttemptsNow(): Promise<string[]> {
  return closeOverdueAttempts(await getDb());
}

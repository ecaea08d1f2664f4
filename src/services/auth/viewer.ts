import "server-only";
import type { User } from "@/drizzle/schema";
import { logger } from "@/lib/logger";
import { getCurrentUser } from "./current-user";

export type ShellViewer = { user: User | null; degraded: boolean };

/**
 * For the app shell only: a database outage must not take down the whole layout, so the
 * header shows a notice (logged here) while the page itself renders its own error.
 */
export async function getShellViewer(): Promise<ShellViewer> {
  try {
    return { user: await getCurrentUser(), degraded: false };
  } catch (error) {
    logger.error({ err: error }, "could not load the signed-in user for the app shell");
    return { user: null, degraded: true };
  }
}

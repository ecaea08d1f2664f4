import { z } from "zod";

/** A notification id as it arrives from a form or a URL: a positive integer (bigint identity, safe range). */
export const notificationIdSchema = z.coerce
  .number({ error: "Not a valid notification" })
  .int("Not a valid notification")
  .positive("Not a valid notification")
  .max(Number.MAX_SAFE_INTEGER, "Not a valid notification");

/** The page's "Load older" cursor (?before=…); anything else shows the newest page. */
export const notificationCursorSchema = z.object({ before: notificationIdSchema.optional().catch(undefined) });

/** GET /api/me/unread's body; also checks the channel count that another feature computes. */
export const unreadCountsSchema = z.object({
  notifications: z.number().int().min(0),
  channelMessages: z.number().int().min(0),
});

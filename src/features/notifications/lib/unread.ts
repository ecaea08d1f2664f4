/**
 * The header's unread badges: their text, their accessible names and how often they ask the
 * server again. Pure and browser-safe (no server imports), shared by the layout and the poller.
 */

export type UnreadCounts = { notifications: number; channelMessages: number };

/** The notification count stops at this many rows (an index-only count of a capped subquery). */
export const UNREAD_COUNT_CAP = 100;

/** Asked again this often while the tab is visible. */
export const UNREAD_POLL_MS = 15_000;
/** The longest wait after repeated failures (a database outage, a rate limit). */
export const UNREAD_MAX_BACKOFF_MS = 5 * 60_000;

/** Badge text: "3", "99+"; empty when there is nothing unread. */
export function formatUnreadCount(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return "";
  return count > 99 ? "99+" : String(Math.floor(count));
}

/** An accessible name with the count: "Notifications, 3 unread", "Classes, 1 unread message", or the bare label at 0. */
export function unreadLabel(label: string, count: number, noun?: { one: string; other: string }): string {
  const text = formatUnreadCount(count);
  if (!text) return label;
  const words = noun ? ` ${count === 1 ? noun.one : noun.other}` : "";
  return `${label}, ${text} unread${words}`;
}

/** The wait before the next poll: the normal interval, doubled per consecutive failure up to a cap. */
export function nextPollDelay(consecutiveFailures: number): number {
  if (consecutiveFailures <= 0) return UNREAD_POLL_MS;
  return Math.min(UNREAD_POLL_MS * 2 ** Math.min(consecutiveFailures, 10), UNREAD_MAX_BACKOFF_MS);
}

const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

/** The counts from GET /api/me/unread's JSON, or null when the body is not that shape. */
export function readUnreadCounts(json: unknown): UnreadCounts | null {
  if (typeof json !== "object" || json === null) return null;
  const { notifications, channelMessages } = json as Record<string, unknown>;
  return isCount(notifications) && isCount(channelMessages) ? { notifications, channelMessages } : null;
}

import "server-only";
import type { Database, Transaction } from "@/drizzle/db";
import { NotificationTable, type NotificationKind } from "@/drizzle/schema";

export type NotificationInput = {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string;
  /** An app path such as "/classes/…"; the database refuses anything else. */
  link: string;
  /** Set when the same event may be reported twice (a reminder from each cron run): it then lands once per user. */
  dedupeKey?: string;
};

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Writes notifications, usually inside the transaction of the change they report, so that a
 * rolled-back change notifies nobody. A repeated dedupe key is skipped. Returns how many were new.
 */
export async function insertNotifications(db: Database | Transaction, notifications: readonly NotificationInput[]): Promise<number> {
  if (notifications.length === 0) return 0;
  const rows = notifications.map((notification) => ({
    userId: notification.userId,
    kind: notification.kind,
    title: clip(notification.title, 200),
    body: clip(notification.body ?? "", 500),
    link: notification.link,
    dedupeKey: notification.dedupeKey ?? null,
  }));
  const inserted = await db.insert(NotificationTable).values(rows).onConflictDoNothing().returning({ id: NotificationTable.id });
  return inserted.length;
}

import "server-only";
import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { NotificationTable, type NotificationKind, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { UNREAD_COUNT_CAP } from "./lib/unread";

/**
 * The signed-in user's notifications. Every query names the owner in its WHERE, so an id from a
 * URL or a form reaches nobody else's rows.
 */

export const NOTIFICATION_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

export type NotificationView = {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
};

export type NotificationPage = {
  items: NotificationView[];
  /** Pass as `before` for the next (older) page; null when this page is the oldest. */
  nextBefore: number | null;
};

const isNotificationId = (id: number) => Number.isSafeInteger(id) && id > 0;

/** Newest first, by keyset on the id (never an offset): `before` is the last id already shown. */
export async function selectNotifications(user: Pick<User, "id">, options: { before?: number; limit?: number } = {}): Promise<NotificationPage> {
  const size = Math.min(Math.max(Math.trunc(options.limit ?? NOTIFICATION_PAGE_SIZE), 1), MAX_PAGE_SIZE);
  const { before } = options;
  if (before !== undefined && !isNotificationId(before)) return { items: [], nextBefore: null };
  const db = await getDb();
  const rows = await db
    .select({
      id: NotificationTable.id,
      kind: NotificationTable.kind,
      title: NotificationTable.title,
      body: NotificationTable.body,
      link: NotificationTable.link,
      createdAt: NotificationTable.createdAt,
      readAt: NotificationTable.readAt,
    })
    .from(NotificationTable)
    .where(and(eq(NotificationTable.userId, user.id), before === undefined ? undefined : lt(NotificationTable.id, before)))
    .orderBy(desc(NotificationTable.id))
    .limit(size + 1);
  const items = rows.slice(0, size);
  return { items, nextBefore: rows.length > size ? items[items.length - 1]!.id : null };
}

/** Unread notifications, counted up to UNREAD_COUNT_CAP (the badge shows "99+"): the partial index answers it. */
export async function countUnreadNotifications(user: Pick<User, "id">): Promise<number> {
  const db = await getDb();
  const unread = db
    .select({ one: sql<number>`1`.as("one") })
    .from(NotificationTable)
    .where(and(eq(NotificationTable.userId, user.id), isNull(NotificationTable.readAt)))
    .limit(UNREAD_COUNT_CAP)
    .as("unread");
  const [row] = await db.select({ count: sql<number>`count(*)`.mapWith(Number) }).from(unread);
  return row?.count ?? 0;
}

/** Marks one of the caller's notifications read (reading it again keeps the first time) and returns where it points. */
export async function markNotificationRead(user: Pick<User, "id">, id: number): Promise<{ id: number; link: string }> {
  if (!isNotificationId(id)) throw new AppError("NOT_FOUND", "That notification does not exist.");
  const db = await getDb();
  const [row] = await db
    .update(NotificationTable)
    .set({ readAt: sql`coalesce(${NotificationTable.readAt}, now())` })
    .where(and(eq(NotificationTable.id, id), eq(NotificationTable.userId, user.id)))
    .returning({ id: NotificationTable.id, link: NotificationTable.link });
  if (!row) throw new AppError("NOT_FOUND", "That notification does not exist.");
  return row;
}

/** Marks every unread notification of the caller read; returns how many changed. */
export async function markAllNotificationsRead(user: Pick<User, "id">): Promise<number> {
  const db = await getDb();
  const updated = await db
    .update(NotificationTable)
    .set({ readAt: sql`now()` })
    .where(and(eq(NotificationTable.userId, user.id), isNull(NotificationTable.readAt)))
    .returning({ id: NotificationTable.id });
  return updated.length;
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requestNow } from "@/lib/clock";
import { logger } from "@/lib/logger";
import { getCurrentUser } from "@/services/auth/current-user";
import { countUnreadNotifications, selectNotifications } from "@/features/notifications/db";
import { insertDueSoonReminders } from "@/features/notifications/db-due";
import { formatUnreadCount } from "@/features/notifications/lib/unread";
import { notificationCursorSchema } from "@/features/notifications/schemas";
import { MarkAllReadButton } from "@/features/notifications/components/mark-all-read-button";
import { NotificationList } from "@/features/notifications/components/notification-list";

export const metadata: Metadata = { title: "Notifications" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/notifications");
  const { before } = notificationCursorSchema.parse(await searchParams);
  if (before === undefined) {
    // Without a cron (a laptop) the reminders still appear; with one this finds nothing new.
    await insertDueSoonReminders(await requestNow(), { userId: user.id }).catch((error: unknown) => {
      logger.warn({ err: error, userId: user.id }, "could not write due-soon reminders for the notifications page");
    });
  }
  const [page, unread] = await Promise.all([selectNotifications(user, { before }), countUnreadNotifications(user)]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Notifications</h1>
          <p className="mt-2 text-muted-fg">{unread === 0 ? "You are all caught up." : `${formatUnreadCount(unread)} unread.`}</p>
        </div>
        {unread > 0 ? <MarkAllReadButton /> : null}
      </div>
      {page.items.length === 0 ? (
        <Card>
          <p>{before === undefined ? "Nothing yet. New tests, due dates, grades and replies to you will show here." : "No older notifications."}</p>
        </Card>
      ) : (
        <NotificationList items={page.items} />
      )}
      {before !== undefined || page.nextBefore !== null ? (
        <nav aria-label="Older and newer notifications" className="flex flex-wrap gap-4 text-sm">
          {before !== undefined ? (
            <Link href="/notifications" prefetch={false} className="font-medium text-primary hover:underline">
              Back to the newest
            </Link>
          ) : null}
          {page.nextBefore !== null ? (
            <Link href={`/notifications?before=${page.nextBefore}`} className="font-medium text-primary hover:underline">
              Load older
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

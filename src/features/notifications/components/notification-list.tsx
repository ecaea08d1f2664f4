import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/features/attempts/components/local-time";
import { cn } from "@/lib/cn";
import type { NotificationView } from "../db";
import { NOTIFICATION_KIND_LABELS } from "../lib/messages";

/**
 * Newest first. Each item is a plain link to /notifications/{id}/open, which marks it read and
 * follows it: a plain <a>, since a prefetch of that URL would mark it read unseen.
 */
export function NotificationList({ items }: { items: NotificationView[] }) {
  return (
    <ul className="flex flex-col divide-y divide-border overflow-hidden rounded-xl border border-border bg-card">
      {items.map((item) => {
        const unread = item.readAt === null;
        return (
          <li key={item.id}>
            <a
              href={`/notifications/${item.id}/open`}
              className={cn("flex gap-3 px-5 py-4 hover:bg-muted focus-visible:bg-muted", unread && "bg-accent/30")}
            >
              <span aria-hidden="true" className={cn("mt-2 size-2 shrink-0 rounded-full", unread ? "bg-primary" : "bg-transparent")} />
              <span className="flex min-w-0 flex-col gap-1">
                <span className="flex flex-wrap items-center gap-2 text-xs text-muted-fg">
                  <Badge>{NOTIFICATION_KIND_LABELS[item.kind]}</Badge>
                  {unread ? <span className="font-semibold text-fg">Unread</span> : null}
                  <LocalTime date={item.createdAt} relative />
                </span>
                <span className={cn("break-words", unread ? "font-semibold" : "font-medium")}>{item.title}</span>
                {item.body ? <span className="break-words text-sm text-muted-fg">{item.body}</span> : null}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

"use client";

import Link from "next/link";
import { cn } from "@/lib/cn";
import { formatUnreadCount, unreadLabel } from "@/features/notifications/lib/unread";
import { useLiveUnread } from "./live-unread";

function CountBadge({ count, className }: { count: number; className?: string }) {
  const text = formatUnreadCount(count);
  if (!text) return null;
  // The link's aria-label says the count in words; the badge is for the eye only.
  return (
    <span aria-hidden="true" className={cn("min-w-5 rounded-full bg-primary px-1.5 text-center text-xs font-semibold leading-5 text-primary-fg", className)}>
      {text}
    </span>
  );
}

/** The bell: "Notifications, 3 unread" to a screen reader, a count badge to the eye. */
export function NotificationsBellLink() {
  const { notifications } = useLiveUnread();
  return (
    <Link
      href="/notifications"
      // The page writes due-date reminders when it renders; no prefetch from every page's header.
      prefetch={false}
      aria-label={unreadLabel("Notifications", notifications)}
      className="relative inline-flex size-10 items-center justify-center rounded-md hover:bg-muted"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <CountBadge count={notifications} className="absolute -right-1 -top-1" />
    </Link>
  );
}

/** The "Classes" nav item with its unread channel messages: "Classes, 5 unread messages". */
export function ClassesNavLink({ className }: { className?: string }) {
  const { channelMessages } = useLiveUnread();
  return (
    // Visible text plus words for screen readers (no aria-label: the accessible name must contain what is seen).
    <Link href="/classes" className={cn("inline-flex items-center gap-1.5", className)}>
      Classes
      <CountBadge count={channelMessages} />
      <span className="sr-only">{unreadLabel("", channelMessages, { one: "message", other: "messages" })}</span>
    </Link>
  );
}

import Link from "next/link";
import { channelPath } from "../lib/links";
import type { ChannelSummary } from "../lib/types";
import { unreadDescription, unreadLabel } from "../lib/unread-label";

/** The class's channels with their unread counts (server page or live view alike). */
export function ChannelSidebar({ classId, channels, unread, currentId, isTeacher }: { classId: string; channels: ChannelSummary[]; unread: Record<string, number>; currentId?: string; isTeacher: boolean }) {
  return (
    <nav aria-label="Channels" className="flex flex-col gap-3">
      <h2 className="text-sm font-semibold text-muted-fg">Channels</h2>
      <ul className="flex flex-col gap-1">
        {channels
          .filter((channel) => !channel.archived || channel.id === currentId)
          .map((channel) => {
            const count = unread[channel.id] ?? 0;
            return (
              <li key={channel.id}>
                <Link
                  href={channelPath(classId, channel.id)}
                  aria-current={channel.id === currentId ? "page" : undefined}
                  className="flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-muted aria-[current=page]:bg-accent aria-[current=page]:font-semibold aria-[current=page]:text-accent-fg"
                >
                  <span># {channel.name}</span>
                  {count > 0 ? <UnreadBadge count={count} /> : null}
                </Link>
              </li>
            );
          })}
      </ul>
      <ul className="flex flex-col gap-1 border-t border-border pt-3 text-sm">
        <li>
          <Link href={`/classes/${classId}/channels`} className="text-primary hover:underline">
            {isTeacher ? "Manage channels" : "All channels"}
          </Link>
        </li>
        {isTeacher ? (
          <li>
            <Link href={`/classes/${classId}/channels/homework`} className="text-primary hover:underline">
              Ungraded homework
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export function UnreadBadge({ count }: { count: number }) {
  return (
    <span className="rounded-full bg-primary px-2 py-0.5 text-xs font-semibold text-primary-fg">
      <span aria-hidden="true">{unreadLabel(count)}</span>
      <span className="sr-only">{unreadDescription(count)}</span>
    </span>
  );
}

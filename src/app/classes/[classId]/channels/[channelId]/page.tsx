import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { Badge } from "@/components/ui/badge";
import { MESSAGE_MAX_CHARS } from "@/drizzle/schema/channels";
import { orNotFound } from "@/features/classes/components/teacher-page";
import { ChannelLive } from "@/features/channels/components/channel-live";
import { requireChannelsPage, threadIdFrom } from "@/features/channels/components/channel-page";
import { selectChannelView } from "@/features/channels/db-view";

type Props = { params: Promise<{ classId: string; channelId: string }>; searchParams: Promise<{ thread?: string | string[] }> };

// One load per request, shared by the title and the page (it also marks the channel read).
const loadView = cache(async (classId: string, channelId: string, thread: number | undefined) => {
  const user = await requireChannelsPage(`/classes/${classId}/channels/${channelId}`, [classId, channelId]);
  return orNotFound(selectChannelView(user, classId, channelId, { threadId: thread }));
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { classId, channelId } = await params;
  const view = await loadView(classId, channelId, threadIdFrom((await searchParams).thread));
  return { title: `#${view.channel.name} · ${view.class.name}` };
}

/** A class channel, for its learners and teachers alike (teachers get moderation and grading). */
export default async function ChannelPage({ params, searchParams }: Props) {
  const { classId, channelId } = await params;
  const view = await loadView(classId, channelId, threadIdFrom((await searchParams).thread));
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
        <Link href="/classes" className="hover:underline">
          Your classes
        </Link>{" "}
        /{" "}
        <Link href={view.viewer.isTeacher ? `/teach/classes/${classId}` : `/classes/${classId}`} className="hover:underline">
          {view.class.name}
        </Link>{" "}
        / <span aria-current="page">#{view.channel.name}</span>
      </nav>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight">#{view.channel.name}</h1>
        {view.channel.posting === "teachers" ? <Badge>Teachers post</Badge> : null}
        {view.facts.readOnly ? <Badge className="bg-muted text-muted-fg">Read-only: archived</Badge> : null}
      </header>
      <ChannelLive
        key={view.channel.id}
        classId={view.class.id}
        channel={view.channel}
        facts={view.facts}
        viewer={view.viewer}
        channels={view.channels}
        page={view.page}
        pinned={view.pinned}
        thread={view.thread}
        members={view.members}
        cursor={view.cursor}
        unread={view.unread}
        maxChars={MESSAGE_MAX_CHARS}
      />
    </div>
  );
}

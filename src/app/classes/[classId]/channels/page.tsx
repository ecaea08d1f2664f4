import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ConfirmActionButton } from "@/features/classes/components/confirm-action-button";
import { orNotFound } from "@/features/classes/components/teacher-page";
import { archiveChannelAction } from "@/features/channels/actions";
import { requireChannelsPage } from "@/features/channels/components/channel-page";
import { UnreadBadge } from "@/features/channels/components/channel-sidebar";
import { NewChannelForm } from "@/features/channels/components/new-channel-form";
import { selectClassChannels } from "@/features/channels/db-channels";
import { selectUnreadCounts } from "@/features/channels/db-unread";
import { channelPath } from "@/features/channels/lib/links";

export const metadata: Metadata = { title: "Channels" };

type Props = { params: Promise<{ classId: string }> };

/** A class's channels with unread counts; teachers add and archive channels here. */
export default async function ChannelsPage({ params }: Props) {
  const { classId } = await params;
  const user = await requireChannelsPage(`/classes/${classId}/channels`, [classId]);
  const { class: klass, channels } = await orNotFound(selectClassChannels(user, classId));
  const unread = await selectUnreadCounts(user);
  const active = channels.filter((channel) => !channel.archived);
  const archived = channels.filter((channel) => channel.archived);
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
        <Link href="/classes" className="hover:underline">
          Your classes
        </Link>{" "}
        /{" "}
        <Link href={klass.isTeacher ? `/teach/classes/${classId}` : `/classes/${classId}`} className="hover:underline">
          {klass.name}
        </Link>{" "}
        / <span aria-current="page">Channels</span>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight">Channels</h1>
      {klass.archived ? <p className="text-muted-fg">This class is archived: its channels are read-only.</p> : null}
      <ul aria-label="Channels" className="flex flex-col gap-3">
        {active.map((channel) => (
          <li key={channel.id}>
            <Card className="flex flex-wrap items-center justify-between gap-3">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={channelPath(classId, channel.id)} className="text-lg font-semibold text-primary hover:underline">
                  # {channel.name}
                </Link>
                {channel.posting === "teachers" ? <Badge>Teachers post</Badge> : null}
                {(unread.byChannel[channel.id] ?? 0) > 0 ? <UnreadBadge count={unread.byChannel[channel.id]!} /> : null}
              </div>
              {klass.isTeacher && channel.kind === "custom" && !klass.archived ? (
                <ConfirmActionButton action={archiveChannelAction} fields={{ channelId: channel.id }} label="Archive" ariaLabel={`Archive #${channel.name}`} confirmMessage={`Archive #${channel.name}? It becomes read-only.`} />
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
      {klass.isTeacher ? (
        <>
          <section aria-labelledby="new-channel-heading" className="flex flex-col gap-3">
            <h2 id="new-channel-heading" className="text-xl font-semibold">
              Add a channel
            </h2>
            {klass.archived ? <p className="text-sm text-muted-fg">Archived classes get no new channels.</p> : <NewChannelForm classId={classId} />}
          </section>
          <p>
            <Link href={`/classes/${classId}/channels/homework`} className="text-primary hover:underline">
              Ungraded homework
            </Link>
          </p>
        </>
      ) : null}
      {archived.length > 0 ? (
        <section aria-labelledby="archived-heading" className="flex flex-col gap-2">
          <h2 id="archived-heading" className="text-lg font-semibold text-muted-fg">
            Archived channels
          </h2>
          <ul className="flex flex-col gap-1 text-sm">
            {archived.map((channel) => (
              <li key={channel.id}>
                <Link href={channelPath(classId, channel.id)} className="hover:underline">
                  # {channel.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { orNotFound } from "@/features/classes/components/teacher-page";
import { LocalTime } from "@/features/classes/components/local-time";
import { requireChannelsPage } from "@/features/channels/components/channel-page";
import { selectChannelClass, selectUngradedHomework } from "@/features/channels/db-channels";
import { excerpt, messagePath } from "@/features/channels/lib/links";

export const metadata: Metadata = { title: "Ungraded homework" };

type Props = { params: Promise<{ classId: string }> };

/** For a class's teachers: homework handed in through the channels and not graded yet, oldest first. */
export default async function HomeworkQueuePage({ params }: Props) {
  const { classId } = await params;
  const user = await requireChannelsPage(`/classes/${classId}/channels/homework`, [classId]);
  const klass = await orNotFound(selectChannelClass(user, classId));
  if (!klass.isTeacher) notFound();
  const items = await selectUngradedHomework(user, classId);
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
        <Link href={`/teach/classes/${classId}`} className="hover:underline">
          {klass.name}
        </Link>{" "}
        /{" "}
        <Link href={`/classes/${classId}/channels`} className="hover:underline">
          Channels
        </Link>{" "}
        / <span aria-current="page">Ungraded homework</span>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight">Ungraded homework</h1>
      {items.length === 0 ? (
        <Card>
          <p>Nothing waits for a grade.</p>
        </Card>
      ) : (
        <ul aria-label="Ungraded homework" className="flex flex-col gap-3">
          {items.map((item) => (
            <li key={item.id}>
              <Card className="flex flex-col gap-2">
                <p className="text-sm text-muted-fg">
                  <span className="font-semibold text-fg">{item.authorName}</span> in #{item.channelName} · handed in <LocalTime iso={item.submittedAt.toISOString()} />
                </p>
                <p>{excerpt(item.body, 240)}</p>
                <Link href={messagePath(classId, item.channelId, { id: item.id, parentId: null })} className="self-start text-sm text-primary hover:underline">
                  Open to grade
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

"use client";

import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/features/classes/components/local-time";
import type { MessageDto } from "../lib/message-dto";
import { HomeworkStatus, MessageBody } from "./message-body";
import { MessageActions } from "./message-actions";

/** One message: who and when, the text (or its stand-in), homework, replies and its buttons. */
export function MessageItem({ message, domId = `m${message.id}`, showThread = true }: { message: MessageDto; domId?: string; showThread?: boolean }) {
  const headingId = `${domId}-author`;
  return (
    <li id={domId} aria-labelledby={headingId} className="flex scroll-mt-24 flex-col gap-2 border-b border-border px-1 py-3 last:border-b-0 target:bg-accent/40">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
        <span id={headingId} className="font-semibold">
          {message.author.name}
        </span>
        {message.author.teacher ? <Badge>Teacher</Badge> : null}
        <span className="text-xs text-muted-fg">
          <LocalTime iso={message.createdAt} />
          {message.editedAt && message.state !== "deleted" ? " (edited)" : null}
        </span>
        {message.pinnedAt ? <Badge className="bg-muted text-fg">Pinned</Badge> : null}
      </div>
      <MessageBody message={message} />
      {message.homework ? <HomeworkStatus homework={message.homework} /> : null}
      {showThread && message.parentId === null && message.replyCount > 0 ? (
        <p className="text-xs text-muted-fg">
          {message.replyCount} {message.replyCount === 1 ? "reply" : "replies"}
          {message.lastReplyAt ? (
            <>
              {" · last "}
              <LocalTime iso={message.lastReplyAt} />
            </>
          ) : null}
        </p>
      ) : null}
      <MessageActions message={message} showThread={showThread} />
    </li>
  );
}

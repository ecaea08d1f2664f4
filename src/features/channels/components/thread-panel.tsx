"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { buttonClasses } from "@/components/ui/button";
import { replyToMessageAction } from "../actions";
import { channelPath } from "../lib/links";
import type { MessageDto } from "../lib/message-dto";
import { denyReply, factsOfDto } from "../permissions";
import { useChannel } from "./channel-context";
import { Composer } from "./composer";
import { MessageItem } from "./message-item";
import { runAction } from "./run-action";

/** The open thread (?thread=<rootId>): its first message, the replies, and a reply box. */
export function ThreadPanel({ root, replies, hasMore, loadingMore, onLoadMore }: { root: MessageDto; replies: MessageDto[]; hasMore: boolean; loadingMore: boolean; onLoadMore: () => void }) {
  const { classId, channelId, facts, viewer } = useChannel();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A reply link (#m<id>) scrolls to the reply; otherwise focus moves into the panel.
    const target = /^#m\d+$/.test(window.location.hash) ? document.getElementById(window.location.hash.slice(1)) : null;
    if (target) target.scrollIntoView({ block: "center" });
    else heading.current?.focus();
  }, [root.id]);
  const denial = denyReply(factsOfDto(root), facts, viewer);
  return (
    <section aria-labelledby="thread-heading" className="flex flex-col gap-3 rounded-md border border-border bg-card p-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="thread-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          Thread
        </h2>
        <Link href={channelPath(classId, channelId)} scroll={false} className={buttonClasses("ghost", "min-h-8 px-2 py-1 text-xs")}>
          Close thread
        </Link>
      </div>
      <ul aria-label="Thread start">
        <MessageItem message={root} domId={`thread-m${root.id}`} showThread={false} />
      </ul>
      <ul aria-label="Replies" aria-live="polite" aria-relevant="additions" className="flex flex-col border-l-2 border-border pl-3">
        {replies.length === 0 && !hasMore ? <li className="py-2 text-sm text-muted-fg">No replies yet.</li> : null}
        {replies.map((reply) => (
          <MessageItem key={reply.id} message={reply} showThread={false} />
        ))}
      </ul>
      {hasMore ? (
        <button type="button" disabled={loadingMore} onClick={onLoadMore} className={buttonClasses("secondary", "min-h-8 self-start px-3 py-1 text-xs")}>
          {loadingMore ? "Loading…" : "Show more replies"}
        </button>
      ) : null}
      {denial ? (
        <p className="text-sm text-muted-fg">{facts.posting === "teachers" && !viewer.isTeacher ? "Only teachers reply here." : denial.message}</p>
      ) : (
        <Composer label="Reply to thread" submitLabel="Post reply" send={(body) => runAction(replyToMessageAction, { messageId: root.id, body })} />
      )}
    </section>
  );
}

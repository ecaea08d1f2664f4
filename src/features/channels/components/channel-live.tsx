"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useMemo, useReducer, useRef, useState, useTransition } from "react";
import { announceUnreadChanged } from "@/features/notifications/lib/unread-events";
import { loadMoreRepliesAction, loadOlderMessagesAction, markChannelReadAction, postMessageAction } from "../actions";
import { channelReducer, initialChannelState, listMessages, newestMessageId, pinnedMessages, threadMessages, type ChannelState } from "../lib/channel-state";
import type { MessageDto } from "../lib/message-dto";
import type { Mentionable } from "../lib/mentions";
import type { ChannelPage, ChannelSummary, ThreadPage, UnreadCounts } from "../lib/types";
import { denyPost, type ChannelFacts, type ViewerFacts } from "../permissions";
import { ChannelProvider, type ChannelContextValue } from "./channel-context";
import { ChannelSidebar } from "./channel-sidebar";
import { Composer } from "./composer";
import { MessageList } from "./message-list";
import { PinnedList } from "./pinned-list";
import { runAction } from "./run-action";
import { ThreadPanel } from "./thread-panel";
import { useChannelPoll } from "./use-channel-poll";

export type ChannelLiveProps = {
  classId: string;
  channel: ChannelSummary;
  facts: ChannelFacts;
  viewer: ViewerFacts;
  channels: ChannelSummary[];
  page: ChannelPage;
  pinned: MessageDto[];
  thread: ThreadPage | null;
  members: Mentionable[];
  cursor: string;
  unread: UnreadCounts;
  maxChars: number;
};

function init(props: ChannelLiveProps): ChannelState {
  const state = initialChannelState({ messages: props.page.messages, hasOlder: props.page.hasOlder, pinned: props.pinned, unread: props.unread });
  return props.thread ? channelReducer(state, { type: "thread", ...props.thread }) : state;
}

/** The live channel: sidebar, pinned, messages, composer and the thread panel, kept current by polling. */
export function ChannelLive(props: ChannelLiveProps) {
  const { classId, channel, facts, viewer, members, maxChars } = props;
  const [state, dispatch] = useReducer(channelReducer, props, init);
  const router = useRouter();
  const pathname = usePathname();
  const [opening, startOpening] = useTransition();
  const [loading, startLoading] = useTransition();
  const [notice, setNotice] = useState<string | null>(null);
  // The server marked the channel read up to its newest message when it rendered the page.
  const readUpTo = useRef(newestMessageId(props.page.messages));

  // Opening or closing a thread is a navigation (?thread=): the server sends the thread as a prop.
  const [shownThread, setShownThread] = useState(props.thread);
  if (shownThread !== props.thread) {
    setShownThread(props.thread);
    dispatch(props.thread ? { type: "thread", ...props.thread } : { type: "closeThread" });
  }

  // The header's badges poll slowly and were rendered before this channel was read: tell them
  // at the first poll, and again whenever this view sees the counts move.
  const unreadTotal = useRef<number | null>(null);
  const { status, pollNow } = useChannelPoll(channel.id, props.cursor, (update) => {
    dispatch({ type: "merge", messages: update.messages });
    dispatch({ type: "unread", unread: update.unread });
    if (update.unread.total !== unreadTotal.current) {
      unreadTotal.current = update.unread.total;
      announceUnreadChanged();
    }
  });

  const onReadTo = useCallback(
    (messageId: number) => {
      if (messageId <= readUpTo.current || document.visibilityState !== "visible") return;
      readUpTo.current = messageId;
      void runAction(markChannelReadAction, { channelId: channel.id, lastMessageId: messageId }).then((result) => {
        if (result.ok) {
          dispatch({ type: "read", channelId: channel.id });
          announceUnreadChanged();
        }
        else setNotice(result.message);
      });
    },
    [channel.id],
  );

  const context = useMemo<ChannelContextValue>(
    () => ({
      classId,
      channelId: channel.id,
      facts,
      viewer,
      members,
      maxChars,
      apply: (messages) => {
        dispatch({ type: "merge", messages });
        pollNow();
      },
      openThread: (rootId) => startOpening(() => router.push(`${pathname}?thread=${rootId}`, { scroll: false })),
    }),
    [classId, channel.id, facts, viewer, members, maxChars, pollNow, router, pathname],
  );

  const messages = listMessages(state);
  const thread = threadMessages(state);
  const loadOlder = () =>
    startLoading(async () => {
      const result = await runAction(loadOlderMessagesAction, { channelId: channel.id, before: messages[0]!.id });
      if (result.ok) dispatch({ type: "older", messages: result.data.messages, hasOlder: result.data.hasOlder });
      else setNotice(result.message);
    });
  const loadMoreReplies = () =>
    startLoading(async () => {
      if (!thread) return;
      const result = await runAction(loadMoreRepliesAction, { messageId: thread.root.id, after: thread.replies.at(-1)?.id ?? thread.root.id });
      if (result.ok) dispatch({ type: "moreReplies", replies: result.data.replies, hasMore: result.data.hasMore });
      else setNotice(result.message);
    });
  const postDenial = denyPost(facts, viewer);

  return (
    <ChannelProvider value={context}>
      <div className={thread ? "grid gap-6 lg:grid-cols-[13rem_1fr] xl:grid-cols-[13rem_1fr_24rem]" : "grid gap-6 lg:grid-cols-[13rem_1fr]"}>
        <ChannelSidebar classId={classId} channels={props.channels} unread={state.unread.byChannel} currentId={channel.id} isTeacher={viewer.isTeacher} />
        <div className="flex min-w-0 flex-col gap-4">
          <PinnedList messages={pinnedMessages(state)} />
          <MessageList messages={messages} hasOlder={state.hasOlder} loadingOlder={loading} onLoadOlder={loadOlder} onReadTo={onReadTo} />
          <p role="status" className="text-xs text-muted-fg">
            {status === "retrying" ? "Live updates interrupted — retrying…" : status === "stopped" ? "Live updates stopped. Reload the page." : opening ? "Opening the thread…" : (notice ?? "")}
          </p>
          {postDenial ? (
            <p className="rounded-md border border-border bg-muted px-3 py-2 text-sm">{facts.posting === "teachers" && !viewer.isTeacher ? "Only teachers post here." : postDenial.message}</p>
          ) : (
            <Composer label="Message" submitLabel="Send" send={(body) => runAction(postMessageAction, { channelId: channel.id, body })} />
          )}
        </div>
        {thread ? <ThreadPanel root={thread.root} replies={thread.replies} hasMore={thread.hasMore} loadingMore={loading} onLoadMore={loadMoreReplies} /> : null}
      </div>
    </ChannelProvider>
  );
}

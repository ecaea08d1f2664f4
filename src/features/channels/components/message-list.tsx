"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { MessageDto } from "../lib/message-dto";
import { MessageItem } from "./message-item";

const NEAR_BOTTOM_PX = 48;

/**
 * The channel's messages, oldest at the top. Opens at the bottom (or at #m<id> from a link);
 * follows new messages while the reader is at the bottom, and then reports the newest as read.
 * Loading older messages keeps the reader's place.
 */
export function MessageList({
  messages,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  onReadTo,
}: {
  messages: MessageDto[];
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  onReadTo: (messageId: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const fromBottom = useRef<number | null>(null);
  const newestId = messages.at(-1)?.id ?? 0;
  const oldestId = messages[0]?.id ?? 0;

  useEffect(() => {
    const target = /^#m\d+$/.test(window.location.hash) ? document.getElementById(window.location.hash.slice(1)) : null;
    if (target && box.current?.contains(target)) {
      target.scrollIntoView({ block: "center" });
      atBottom.current = false;
    } else if (box.current) box.current.scrollTop = box.current.scrollHeight;
  }, []);

  // Older messages went in above: keep the same distance from the bottom.
  useLayoutEffect(() => {
    const element = box.current;
    if (element && fromBottom.current !== null) {
      element.scrollTop = element.scrollHeight - fromBottom.current;
      fromBottom.current = null;
    }
  }, [oldestId]);

  useEffect(() => {
    const element = box.current;
    if (!element || !atBottom.current || newestId === 0) return;
    element.scrollTop = element.scrollHeight;
    onReadTo(newestId);
  }, [newestId, onReadTo]);

  const onScroll = () => {
    const element = box.current;
    if (!element) return;
    const wasAtBottom = atBottom.current;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
    if (atBottom.current && !wasAtBottom && newestId > 0) onReadTo(newestId);
  };

  return (
    <div ref={box} onScroll={onScroll} className="max-h-[65vh] min-h-64 overflow-y-auto rounded-md border border-border bg-card px-3">
      {hasOlder ? (
        <div className="flex justify-center py-2">
          <button
            type="button"
            disabled={loadingOlder}
            className={buttonClasses("secondary", "min-h-8 px-3 py-1 text-xs")}
            onClick={() => {
              if (box.current) fromBottom.current = box.current.scrollHeight - box.current.scrollTop;
              onLoadOlder();
            }}
          >
            {loadingOlder ? "Loading…" : "Load older messages"}
          </button>
        </div>
      ) : (
        <p className="py-2 text-center text-xs text-muted-fg">{messages.length === 0 ? "No messages yet. Start the conversation." : "The start of the channel."}</p>
      )}
      <ul aria-label="Messages" aria-live="polite" aria-relevant="additions" aria-busy={loadingOlder} className="flex flex-col">
        {messages.map((message) => (
          <MessageItem key={message.id} message={message} />
        ))}
      </ul>
    </div>
  );
}

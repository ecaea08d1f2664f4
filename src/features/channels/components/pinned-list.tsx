"use client";

import type { MessageDto } from "../lib/message-dto";
import { MessageBody } from "./message-body";

/** Pinned messages at the top of the channel, each linking to its place in the list. */
export function PinnedList({ messages }: { messages: MessageDto[] }) {
  if (messages.length === 0) return null;
  return (
    <section aria-labelledby="pinned-heading" className="flex flex-col gap-2 rounded-md border border-border bg-muted p-3">
      <h2 id="pinned-heading" className="text-sm font-semibold">
        Pinned
      </h2>
      <ul aria-label="Pinned messages" className="flex flex-col gap-2">
        {messages.map((message) => (
          <li key={message.id} className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{message.author.name}</span>
            <MessageBody message={message} />
            <a href={`#m${message.id}`} className="self-start text-xs text-primary hover:underline">
              Go to message
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

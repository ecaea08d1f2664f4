import type { MessageDto } from "./message-dto";
import { messageMarkdownToHtml } from "./message-html";

/** A message DTO for tests, with what a test cares about overridden. */
export function messageDto(overrides: Partial<MessageDto> & { id: number }): MessageDto {
  const body = overrides.body === undefined ? `Message ${overrides.id}` : overrides.body;
  return {
    channelId: "channel",
    parentId: null,
    author: { id: "author", name: "Author", teacher: false },
    body,
    state: "visible",
    mine: false,
    createdAt: "2030-01-01T10:00:00.000Z",
    updatedAt: "2030-01-01T10:00:00.000Z",
    editedAt: null,
    replyCount: 0,
    lastReplyAt: null,
    pinnedAt: null,
    homework: null,
    ...overrides,
    // Always the server's rendering of the body in the end (a spread DTO must not keep its old html).
    html: body === null ? null : messageMarkdownToHtml(body),
  };
}

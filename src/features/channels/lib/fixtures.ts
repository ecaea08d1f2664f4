import type { MessageDto } from "./message-dto";

/** A message DTO for tests, with what a test cares about overridden. */
export function messageDto(overrides: Partial<MessageDto> & { id: number }): MessageDto {
  return {
    channelId: "channel",
    parentId: null,
    author: { id: "author", name: "Author", teacher: false },
    body: `Message ${overrides.id}`,
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
  };
}

import { describe, expect, it } from "vitest";
import { channelReducer, initialChannelState, listMessages, mergeMessages, pinnedMessages, threadMessages } from "./channel-state";
import { messageDto } from "./fixtures";

const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 10, 0, seconds)).toISOString();
const unread = { total: 0, byChannel: {} };

describe("merging polled updates", () => {
  it("keeps the newest version of each message by updatedAt", () => {
    const pool = mergeMessages({}, [messageDto({ id: 1, body: "v2", updatedAt: at(2) })]);
    expect(mergeMessages(pool, [messageDto({ id: 1, body: "v1", updatedAt: at(1) })])[1]!.body).toBe("v2");
    expect(mergeMessages(pool, [messageDto({ id: 1, body: "v3", updatedAt: at(3) })])[1]!.body).toBe("v3");
  });

  it("returns the same pool when a poll repeats what is known (the overlap)", () => {
    const message = messageDto({ id: 1, updatedAt: at(2) });
    const pool = mergeMessages({}, [message]);
    expect(mergeMessages(pool, [{ ...message }])).toBe(pool);
  });

  it("puts new messages at the bottom and updates edits and deletions in place", () => {
    let state = initialChannelState({ messages: [messageDto({ id: 3 }), messageDto({ id: 2 })], hasOlder: true, pinned: [], unread });
    state = channelReducer(state, {
      type: "merge",
      messages: [messageDto({ id: 5, updatedAt: at(5) }), messageDto({ id: 2, state: "deleted", body: null, updatedAt: at(6) }), messageDto({ id: 4, updatedAt: at(4) })],
    });
    expect(listMessages(state).map((message) => [message.id, message.state])).toEqual([
      [2, "deleted"],
      [3, "visible"],
      [4, "visible"],
      [5, "visible"],
    ]);
  });

  it("keeps an edited message older than the loaded page out of the list until older pages load", () => {
    let state = initialChannelState({ messages: [messageDto({ id: 10 })], hasOlder: true, pinned: [], unread });
    state = channelReducer(state, { type: "merge", messages: [messageDto({ id: 3, body: "edited", updatedAt: at(9) })] });
    expect(listMessages(state).map((message) => message.id)).toEqual([10]);
    state = channelReducer(state, { type: "older", messages: [messageDto({ id: 3 }), messageDto({ id: 2 })], hasOlder: false });
    expect(listMessages(state).map((message) => [message.id, message.body])).toEqual([
      [2, "Message 2"],
      [3, "edited"],
      [10, "Message 10"],
    ]);
  });

  it("routes replies to the open thread, not the list", () => {
    let state = initialChannelState({ messages: [messageDto({ id: 1 })], hasOlder: false, pinned: [], unread });
    state = channelReducer(state, { type: "thread", root: messageDto({ id: 1 }), replies: [messageDto({ id: 2, parentId: 1 })], hasMore: false });
    state = channelReducer(state, { type: "merge", messages: [messageDto({ id: 4, parentId: 1, updatedAt: at(4) }), messageDto({ id: 1, replyCount: 2, updatedAt: at(4) })] });
    expect(listMessages(state).map((message) => message.id)).toEqual([1]);
    const thread = threadMessages(state)!;
    expect(thread.root.replyCount).toBe(2);
    expect(thread.replies.map((message) => message.id)).toEqual([2, 4]);
    expect(threadMessages(channelReducer(state, { type: "closeThread" }))).toBeNull();
  });

  it("holds back new replies while earlier ones are still to load", () => {
    let state = initialChannelState({ messages: [messageDto({ id: 1 })], hasOlder: false, pinned: [], unread });
    state = channelReducer(state, { type: "thread", root: messageDto({ id: 1 }), replies: [messageDto({ id: 2, parentId: 1 })], hasMore: true });
    state = channelReducer(state, { type: "merge", messages: [messageDto({ id: 9, parentId: 1, updatedAt: at(9) })] });
    expect(threadMessages(state)!.replies.map((message) => message.id)).toEqual([2]);
    state = channelReducer(state, { type: "moreReplies", replies: [messageDto({ id: 5, parentId: 1 })], hasMore: false });
    expect(threadMessages(state)!.replies.map((message) => message.id)).toEqual([2, 5, 9]);
  });

  it("lists pins newest first, and drops unpinned and deleted ones", () => {
    let state = initialChannelState({ messages: [], hasOlder: false, pinned: [messageDto({ id: 1, pinnedAt: at(1) })], unread });
    state = channelReducer(state, { type: "merge", messages: [messageDto({ id: 2, pinnedAt: at(2), updatedAt: at(2) })] });
    expect(pinnedMessages(state).map((message) => message.id)).toEqual([2, 1]);
    state = channelReducer(state, { type: "merge", messages: [messageDto({ id: 1, pinnedAt: null, updatedAt: at(3) }), messageDto({ id: 2, state: "deleted", updatedAt: at(3) })] });
    expect(pinnedMessages(state)).toEqual([]);
  });

  it("zeroes a channel's unread count once it is read", () => {
    let state = initialChannelState({ messages: [], hasOlder: false, pinned: [], unread: { total: 5, byChannel: { a: 3, b: 2 } } });
    state = channelReducer(state, { type: "read", channelId: "a" });
    expect(state.unread).toEqual({ total: 2, byChannel: { a: 0, b: 2 } });
  });
});

import { describe, expect, it } from "vitest";
import { formatUnreadCount, nextPollDelay, readUnreadCounts, UNREAD_MAX_BACKOFF_MS, UNREAD_POLL_MS, unreadLabel } from "./unread";

describe("the unread badges", () => {
  it("shows nothing at zero, the number up to 99 and 99+ beyond", () => {
    expect(formatUnreadCount(0)).toBe("");
    expect(formatUnreadCount(-3)).toBe("");
    expect(formatUnreadCount(Number.NaN)).toBe("");
    expect(formatUnreadCount(1)).toBe("1");
    expect(formatUnreadCount(99)).toBe("99");
    expect(formatUnreadCount(100)).toBe("99+");
    expect(formatUnreadCount(5_000)).toBe("99+");
  });

  it("names a link with its count in words, and leaves the bare label when nothing is unread", () => {
    expect(unreadLabel("Notifications", 3)).toBe("Notifications, 3 unread");
    expect(unreadLabel("Notifications", 0)).toBe("Notifications");
    expect(unreadLabel("Notifications", 100)).toBe("Notifications, 99+ unread");
    const noun = { one: "message", other: "messages" };
    expect(unreadLabel("Classes", 5, noun)).toBe("Classes, 5 unread messages");
    expect(unreadLabel("Classes", 1, noun)).toBe("Classes, 1 unread message");
    expect(unreadLabel("Classes", 0, noun)).toBe("Classes");
  });

  it("polls at the normal interval, doubling the wait per failure up to a cap", () => {
    expect(nextPollDelay(0)).toBe(UNREAD_POLL_MS);
    expect(nextPollDelay(1)).toBe(UNREAD_POLL_MS * 2);
    expect(nextPollDelay(2)).toBe(UNREAD_POLL_MS * 4);
    expect(nextPollDelay(50)).toBe(UNREAD_MAX_BACKOFF_MS);
    for (let failures = 1; failures < 20; failures++) expect(nextPollDelay(failures)).toBeGreaterThanOrEqual(nextPollDelay(failures - 1));
  });

  it("reads the counts from the endpoint's body and refuses any other shape", () => {
    expect(readUnreadCounts({ notifications: 2, channelMessages: 0 })).toEqual({ notifications: 2, channelMessages: 0 });
    expect(readUnreadCounts({ notifications: 2, channelMessages: 0, extra: true })).toEqual({ notifications: 2, channelMessages: 0 });
    for (const bad of [null, "3", [], { notifications: "2", channelMessages: 0 }, { notifications: 2 }, { notifications: -1, channelMessages: 0 }, { notifications: 1.5, channelMessages: 0 }]) {
      expect(readUnreadCounts(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

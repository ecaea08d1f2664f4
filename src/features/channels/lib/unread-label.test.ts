import { describe, expect, it } from "vitest";
import { unreadDescription, unreadLabel } from "./unread-label";

describe("unread labels", () => {
  it("shows counts up to 99 and 99+ at the cap", () => {
    expect([0, 1, 99, 100].map(unreadLabel)).toEqual(["0", "1", "99", "99+"]);
    expect([1, 2, 100].map(unreadDescription)).toEqual(["1 unread message", "2 unread messages", "more than 99 unread messages"]);
  });
});

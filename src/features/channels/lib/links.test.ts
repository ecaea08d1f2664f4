import { describe, expect, it } from "vitest";
import { excerpt, messagePath } from "./links";

describe("message links", () => {
  it("points at the message, opening the thread for a reply", () => {
    expect(messagePath("c", "ch", { id: 7, parentId: null })).toBe("/classes/c/channels/ch#m7");
    expect(messagePath("c", "ch", { id: 9, parentId: 7 })).toBe("/classes/c/channels/ch?thread=7#m9");
  });

  it("makes a short plain-text excerpt", () => {
    expect(excerpt("**Hi** @[Lena Okafor],\n\n`code`")).toBe("Hi @Lena Okafor, code");
    expect(excerpt("x".repeat(200), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

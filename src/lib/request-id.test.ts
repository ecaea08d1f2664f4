import { describe, expect, it } from "vitest";
import { resolveRequestId } from "./request-id";

describe("resolveRequestId", () => {
  it("keeps a well-formed incoming id", () => {
    expect(resolveRequestId("iad1::abcde-1700000000000-0123456789ab")).toBe("iad1::abcde-1700000000000-0123456789ab");
  });
  it.each([null, "", "short", "has spaces in it", "<script>alert(1)</script>", "x".repeat(200)])("replaces %j with a fresh uuid", (id) => {
    expect(resolveRequestId(id)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

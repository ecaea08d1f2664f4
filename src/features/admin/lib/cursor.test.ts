import { describe, expect, it } from "vitest";
import { containsPattern, decodeUserCursor, encodeUserCursor } from "./cursor";

const ID = "0b6f1e7c-3a52-4d0e-9b7a-2f1c8e4d5a60";

describe("user list cursor", () => {
  it("round-trips a name and id, including names with quotes and accents", () => {
    const cursor = { name: `Zoë "Z" O'Neil`, id: ID };
    const encoded = encodeUserCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeUserCursor(encoded)).toEqual(cursor);
  });

  it("treats a missing or tampered cursor as the first page", () => {
    expect(decodeUserCursor(undefined)).toBeNull();
    expect(decodeUserCursor("not-base64-json")).toBeNull();
    expect(decodeUserCursor(Buffer.from(JSON.stringify({ n: "A", i: "not-a-uuid" })).toString("base64url"))).toBeNull();
    expect(decodeUserCursor("x".repeat(2_000))).toBeNull();
  });
});

describe("containsPattern", () => {
  it("wraps the text in wildcards and escapes LIKE's own", () => {
    expect(containsPattern("ada")).toBe("%ada%");
    expect(containsPattern("100%_a\\b")).toBe("%100\\%\\_a\\\\b%");
  });
});

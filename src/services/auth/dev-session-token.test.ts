import { describe, expect, it } from "vitest";
import { createDevSessionToken, verifyDevSessionToken } from "./dev-session-token";

const SECRET = "a-test-secret-that-is-long-enough-123";
const USER = "0b6f4c52-5f43-4d2f-9d0e-6a1f3f9c2b11";
const NOW = Date.UTC(2026, 10, 21);

describe("development session tokens", () => {
  it("round-trips a user id", () => {
    const token = createDevSessionToken(USER, SECRET, 3600, NOW);
    expect(verifyDevSessionToken(token, SECRET, NOW + 1000)).toBe(USER);
  });

  it("refuses an expired token", () => {
    const token = createDevSessionToken(USER, SECRET, 60, NOW);
    expect(verifyDevSessionToken(token, SECRET, NOW + 61_000)).toBeNull();
  });

  it("refuses a token signed with another secret", () => {
    const token = createDevSessionToken(USER, "another-secret-that-is-long-enough-xx", 3600, NOW);
    expect(verifyDevSessionToken(token, SECRET, NOW)).toBeNull();
  });

  it("refuses a token whose payload was changed", () => {
    const token = createDevSessionToken(USER, SECRET, 3600, NOW);
    const [, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ v: 1, uid: "11111111-1111-4111-8111-111111111111", iat: 0, exp: 9e9 })).toString(
      "base64url",
    );
    expect(verifyDevSessionToken(`${forged}.${signature}`, SECRET, NOW)).toBeNull();
  });

  it.each(["", "garbage", "a.b.c", "....", "x".repeat(5000)])("treats %j as signed out", (token) => {
    expect(verifyDevSessionToken(token, SECRET, NOW)).toBeNull();
  });

  it("treats a missing cookie as signed out", () => {
    expect(verifyDevSessionToken(undefined, SECRET, NOW)).toBeNull();
  });
});

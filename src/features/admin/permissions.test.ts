import { describe, expect, it } from "vitest";
import { assertAdmin, assertNotSelf, isAdmin } from "./permissions";

describe("admin permissions", () => {
  it("lets only the admin role in", () => {
    expect(isAdmin({ role: "admin" })).toBe(true);
    expect(isAdmin({ role: "teacher" })).toBe(false);
    expect(isAdmin({ role: "learner" })).toBe(false);
    expect(isAdmin(null)).toBe(false);
  });

  it("throws FORBIDDEN for anyone but an admin", () => {
    expect(() => assertAdmin({ role: "admin" })).not.toThrow();
    expect(() => assertAdmin({ role: "teacher" })).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => assertAdmin(undefined)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("refuses changes to one's own account with a clear message", () => {
    expect(() => assertNotSelf({ id: "a" }, "a", "role")).toThrow("You cannot change your own role.");
    expect(() => assertNotSelf({ id: "a" }, "a", "disable")).toThrow("You cannot disable your own account.");
    expect(() => assertNotSelf({ id: "a" }, "b", "role")).not.toThrow();
  });
});

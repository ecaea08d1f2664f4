import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, describeError } from "./errors";

describe("describeError", () => {
  it("keeps an AppError's code, status and message", () => {
    const { status, body } = describeError(new AppError("FORBIDDEN", "Teachers only."), "req-1");
    expect(status).toBe(403);
    expect(body.error).toEqual({ code: "FORBIDDEN", message: "Teachers only.", requestId: "req-1" });
  });

  it("turns a zod error into a 400 that names the field", () => {
    const parsed = z.object({ email: z.email() }).safeParse({ email: "nope" });
    const { status, body } = describeError(parsed.error);
    expect(status).toBe(400);
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toMatch(/^Invalid input at email/);
    expect(body.error.issues?.[0]?.path).toBe("email");
  });

  it("answers 503 UNAVAILABLE, without internals, when a database or cache cannot be reached", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const shutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    const wrapped = new Error("Failed query: select 1", { cause: new Error("Connection terminated unexpectedly") });
    for (const error of [refused, shutdown, wrapped]) {
      const { status, body } = describeError(error, "r1");
      expect(status).toBe(503);
      expect(body.error).toEqual({ code: "UNAVAILABLE", message: "A service LearnForge depends on is not answering just now. Try again in a moment.", requestId: "r1" });
    }
    // A query that is wrong is still our bug: 500.
    expect(describeError(Object.assign(new Error("column does not exist"), { code: "42703" })).status).toBe(500);
  });

  it("never leaks an unexpected error's message", () => {
    const { status, body } = describeError(new Error("password authentication failed for user postgres"));
    expect(status).toBe(500);
    expect(body.error.code).toBe("INTERNAL");
    expect(body.error.message).not.toContain("postgres");
  });
});

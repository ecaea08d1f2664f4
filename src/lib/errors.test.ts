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

  it("never leaks an unexpected error's message", () => {
    const { status, body } = describeError(new Error("password authentication failed for user postgres"));
    expect(status).toBe(500);
    expect(body.error.code).toBe("INTERNAL");
    expect(body.error.message).not.toContain("postgres");
  });
});

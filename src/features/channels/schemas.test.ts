import { describe, expect, it } from "vitest";
import { MESSAGE_MAX_CHARS } from "@/drizzle/schema/channels";
import { channelNameSchema, homeworkGradeSchema, messageBodySchema, updatesQuerySchema } from "./schemas";

const firstError = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("message body validation", () => {
  it("trims the body", () => {
    expect(messageBodySchema.parse("  hello \n")).toBe("hello");
  });

  it("says to write something when the body is empty or blank", () => {
    expect(firstError(messageBodySchema.safeParse(" \n\t "))).toBe("Write a message first.");
    expect(firstError(messageBodySchema.safeParse(undefined))).toBe("Write a message first.");
  });

  it("names the limit when the body is too long, counting characters as PostgreSQL does", () => {
    expect(firstError(messageBodySchema.safeParse("x".repeat(MESSAGE_MAX_CHARS + 1)))).toBe("A message can be at most 4,000 characters.");
    expect(messageBodySchema.safeParse("x".repeat(MESSAGE_MAX_CHARS)).success).toBe(true);
    // 4,000 emoji are 8,000 UTF-16 units but 4,000 characters.
    expect(messageBodySchema.safeParse("🎲".repeat(MESSAGE_MAX_CHARS)).success).toBe(true);
  });
});

describe("other channel inputs", () => {
  it("accepts channel names of 1–40 characters and grades of 1–20", () => {
    expect(channelNameSchema.parse("  Project work ")).toBe("Project work");
    expect(channelNameSchema.safeParse(" ").success).toBe(false);
    expect(channelNameSchema.safeParse("x".repeat(41)).success).toBe(false);
    expect(homeworkGradeSchema.parse(" B+ ")).toBe("B+");
    expect(homeworkGradeSchema.safeParse("x".repeat(21)).success).toBe(false);
  });

  it("takes an ISO timestamp as the polling cursor", () => {
    expect(updatesQuerySchema.safeParse({ since: "2030-01-01T10:00:00.123456Z" }).success).toBe(true);
    expect(updatesQuerySchema.safeParse({ since: "yesterday" }).success).toBe(false);
    expect(updatesQuerySchema.safeParse({}).success).toBe(false);
  });
});

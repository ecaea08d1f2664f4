import { describe, expect, it } from "vitest";
import { changeRoleSchema, parseAiUsageRange, setUserDisabledSchema, userListQuerySchema } from "./schemas";

const TODAY = "2030-03-31";
const ID = "0b6f1e7c-3a52-4d0e-9b7a-2f1c8e4d5a60";

describe("the AI usage range", () => {
  it("defaults to the last 30 days, today included", () => {
    expect(parseAiUsageRange({}, TODAY)).toEqual({ range: { from: "2030-03-02", to: TODAY }, error: null });
    expect(parseAiUsageRange({ from: "", to: "" }, TODAY).range).toEqual({ from: "2030-03-02", to: TODAY });
  });

  it("fills a missing end or start with a 30-day span", () => {
    expect(parseAiUsageRange({ from: "2030-01-01" }, TODAY).range).toEqual({ from: "2030-01-01", to: "2030-01-30" });
    expect(parseAiUsageRange({ to: "2030-02-15" }, TODAY).range).toEqual({ from: "2030-01-17", to: "2030-02-15" });
  });

  it("accepts up to 90 days and refuses 91", () => {
    expect(parseAiUsageRange({ from: "2030-01-01", to: "2030-03-31" }, TODAY)).toEqual({ range: { from: "2030-01-01", to: "2030-03-31" }, error: null });
    const tooLong = parseAiUsageRange({ from: "2029-12-31", to: "2030-03-31" }, TODAY);
    expect(tooLong.error).toBe("Choose a range of at most 90 days.");
    expect(tooLong.range).toEqual({ from: "2030-03-02", to: TODAY });
  });

  it("refuses a reversed range and a date that does not exist", () => {
    expect(parseAiUsageRange({ from: "2030-03-05", to: "2030-03-01" }, TODAY).error).toBe("The start date must be on or before the end date.");
    expect(parseAiUsageRange({ from: "2030-02-30" }, TODAY).error).toBe("Use a date like 2030-01-31.");
    expect(parseAiUsageRange({ from: ["2030-03-01", "2030-03-02"] }, TODAY).range.from).toBe("2030-03-01");
  });
});

describe("admin forms", () => {
  it("accepts the three roles and names the choices otherwise", () => {
    expect(changeRoleSchema.parse({ userId: ID, role: "teacher" })).toEqual({ userId: ID, role: "teacher" });
    const invalid = changeRoleSchema.safeParse({ userId: ID, role: "superuser" });
    expect(invalid.success).toBe(false);
    expect(invalid.error?.issues[0]?.message).toBe("Choose a role: learner, teacher or admin.");
  });

  it("reads the disabled flag from a form field", () => {
    expect(setUserDisabledSchema.parse({ userId: ID, disabled: "true" }).disabled).toBe(true);
    expect(setUserDisabledSchema.parse({ userId: ID, disabled: "false" }).disabled).toBe(false);
    expect(setUserDisabledSchema.safeParse({ userId: ID, disabled: "yes" }).success).toBe(false);
  });

  it("trims the search and caps its length", () => {
    expect(userListQuerySchema.parse({ q: "  ada  " })).toEqual({ q: "ada", after: undefined });
    expect(userListQuerySchema.parse({})).toEqual({ q: "", after: undefined });
    expect(userListQuerySchema.safeParse({ q: "x".repeat(101) }).success).toBe(false);
  });
});

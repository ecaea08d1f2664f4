import { describe, expect, it } from "vitest";
import { attemptDeadline, GRACE_SECONDS, isPastDeadline } from "@/features/tests/lib/deadline";

const START = new Date("2030-03-01T10:00:00Z");
const at = (iso: string) => new Date(iso);

describe("attemptDeadline", () => {
  it("is null with neither a time limit nor a close time", () => {
    expect(attemptDeadline({ startedAt: START })).toBeNull();
    expect(attemptDeadline({ startedAt: START, timeLimitSeconds: null, closesAt: null })).toBeNull();
  });

  it("is start + limit when there is only a time limit", () => {
    expect(attemptDeadline({ startedAt: START, timeLimitSeconds: 1800 })).toEqual(at("2030-03-01T10:30:00Z"));
  });

  it("is the close time when there is only a close time", () => {
    expect(attemptDeadline({ startedAt: START, closesAt: at("2030-03-02T00:00:00Z") })).toEqual(at("2030-03-02T00:00:00Z"));
  });

  it("is the time limit's end when the test closes later", () => {
    const deadline = attemptDeadline({ startedAt: START, timeLimitSeconds: 3600, closesAt: at("2030-03-01T12:00:00Z") });
    expect(deadline).toEqual(at("2030-03-01T11:00:00Z"));
  });

  it("cuts a late start short at the close time", () => {
    const deadline = attemptDeadline({ startedAt: START, timeLimitSeconds: 3600, closesAt: at("2030-03-01T10:20:00Z") });
    expect(deadline).toEqual(at("2030-03-01T10:20:00Z"));
  });

  it("does not mutate the start date", () => {
    const startedAt = new Date(START);
    attemptDeadline({ startedAt, timeLimitSeconds: 60 });
    expect(startedAt).toEqual(START);
  });
});

describe("isPastDeadline", () => {
  const deadline = at("2030-03-01T10:30:00Z");

  it("grants a short network grace of 15 seconds", () => {
    expect(GRACE_SECONDS).toBe(15);
    expect(isPastDeadline(deadline, at("2030-03-01T10:29:59Z"))).toBe(false);
    expect(isPastDeadline(deadline, at("2030-03-01T10:30:10Z"))).toBe(false);
    expect(isPastDeadline(deadline, at("2030-03-01T10:30:15Z"))).toBe(false);
    expect(isPastDeadline(deadline, at("2030-03-01T10:30:15.001Z"))).toBe(true);
  });

  it("can be asked without grace, e.g. for what the countdown shows", () => {
    expect(isPastDeadline(deadline, at("2030-03-01T10:30:00.001Z"), 0)).toBe(true);
    expect(isPastDeadline(deadline, deadline, 0)).toBe(false);
  });

  it("is never past when there is no deadline", () => {
    expect(isPastDeadline(null, at("2999-01-01T00:00:00Z"))).toBe(false);
  });
});

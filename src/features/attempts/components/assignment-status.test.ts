import { describe, expect, it } from "vitest";
import { assignmentNextStep, assignmentStatus, describeAttemptsUsed, describeTimeLimit } from "./assignment-status";

const now = new Date("2025-10-10T12:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const window = (opensAt: Date | null, dueAt: Date | null, closesAt: Date | null) => ({ opensAt, dueAt, closesAt });

describe("assignmentStatus", () => {
  it("is not open before the opening time", () => {
    expect(assignmentStatus(window(hours(1), hours(100), null), now)).toBe("not_open");
  });

  it("is open exactly at the opening time", () => {
    expect(assignmentStatus(window(now, hours(100), null), now)).toBe("open");
  });

  it("is open with no times at all", () => {
    expect(assignmentStatus(window(null, null, null), now)).toBe("open");
  });

  it("is due soon within 72 hours of the due time, and open beyond", () => {
    expect(assignmentStatus(window(null, hours(72), null), now)).toBe("due_soon");
    expect(assignmentStatus(window(null, hours(73), null), now)).toBe("open");
    expect(assignmentStatus(window(null, hours(5), null), now, 4)).toBe("open");
  });

  it("is still due soon at the due time itself, and overdue a moment after while still open", () => {
    expect(assignmentStatus(window(null, now, hours(10)), now)).toBe("due_soon");
    expect(assignmentStatus(window(null, hours(-0.01), hours(10)), now)).toBe("overdue");
  });

  it("stays overdue (late submissions allowed) when the assignment never closes", () => {
    expect(assignmentStatus(window(null, hours(-500), null), now)).toBe("overdue");
  });

  it("is closed from the closing time on, as the attempt engine refuses a start then", () => {
    expect(assignmentStatus(window(null, hours(-2), now), now)).toBe("closed");
    expect(assignmentStatus(window(hours(-10), null, hours(-1)), now)).toBe("closed");
  });
});

describe("assignmentNextStep", () => {
  const base = { status: "open" as const, attemptsAllowed: 2, attemptsUsed: 0, inProgressAttemptId: null };

  it("offers Start for a first attempt and numbers the later ones", () => {
    expect(assignmentNextStep(base)).toEqual({ kind: "start", label: "Start" });
    expect(assignmentNextStep({ ...base, attemptsUsed: 1 })).toEqual({ kind: "start", label: "Start attempt 2" });
  });

  it("resumes an attempt in progress even when the window has closed (the server closes it if overdue)", () => {
    expect(assignmentNextStep({ ...base, status: "closed", inProgressAttemptId: "a1" })).toEqual({ kind: "resume", attemptId: "a1" });
  });

  it("says why nothing can be started", () => {
    expect(assignmentNextStep({ ...base, status: "not_open" })).toMatchObject({ kind: "unavailable", reason: "This test is not open yet." });
    expect(assignmentNextStep({ ...base, status: "closed" })).toMatchObject({ kind: "unavailable", reason: "This test has closed." });
    expect(assignmentNextStep({ ...base, attemptsUsed: 2 })).toMatchObject({ reason: "You have used all 2 attempts at this test." });
    expect(assignmentNextStep({ ...base, attemptsAllowed: 1, attemptsUsed: 1 })).toMatchObject({ reason: "You have used all 1 attempt at this test." });
  });

  it("never runs out with unlimited attempts", () => {
    expect(assignmentNextStep({ ...base, attemptsAllowed: null, attemptsUsed: 40 })).toEqual({ kind: "start", label: "Start attempt 41" });
  });
});

describe("describeAttemptsUsed and describeTimeLimit", () => {
  it("counts attempts against the limit", () => {
    expect(describeAttemptsUsed(1, 3)).toBe("1 of 3 attempts used");
    expect(describeAttemptsUsed(0, 1)).toBe("0 of 1 attempt used");
    expect(describeAttemptsUsed(1, null)).toBe("1 attempt used (no limit)");
  });

  it("writes time limits in hours and minutes", () => {
    expect(describeTimeLimit(null)).toBe("No time limit");
    expect(describeTimeLimit(15 * 60)).toBe("15 min");
    expect(describeTimeLimit(90 * 60)).toBe("1 h 30 min");
    expect(describeTimeLimit(2 * 3600)).toBe("2 h");
    expect(describeTimeLimit(61)).toBe("2 min");
  });
});

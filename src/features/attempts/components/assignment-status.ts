/**
 * Where an assignment stands for a learner, from its window and their attempts. Pure, so the
 * class page, the dashboard and the tests agree. (Belongs in features/classes/lib; it lives
 * here until that folder is this feature's to change.)
 */

export const ASSIGNMENT_STATUSES = ["not_open", "open", "due_soon", "overdue", "closed"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** An assignment due within this many hours counts as "due soon". */
export const DUE_SOON_HOURS = 72;

export type AssignmentTimes = { opensAt: Date | null; dueAt: Date | null; closesAt: Date | null };

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  not_open: "Not open yet",
  open: "Open",
  due_soon: "Due soon",
  overdue: "Overdue — still open",
  closed: "Closed",
};

/**
 * not_open before it opens; closed from its close time on (the same rule the attempt engine
 * applies to a start); overdue after the due time while it is still open; due_soon within
 * `dueSoonHours` of the due time; open otherwise.
 */
export function assignmentStatus(times: AssignmentTimes, now: Date, dueSoonHours: number = DUE_SOON_HOURS): AssignmentStatus {
  const at = now.getTime();
  if (times.opensAt && at < times.opensAt.getTime()) return "not_open";
  if (times.closesAt && at >= times.closesAt.getTime()) return "closed";
  if (times.dueAt && at > times.dueAt.getTime()) return "overdue";
  if (times.dueAt && times.dueAt.getTime() - at <= dueSoonHours * 3_600_000) return "due_soon";
  return "open";
}

export type AssignmentNextStep =
  | { kind: "resume"; attemptId: string }
  | { kind: "start"; label: string }
  | { kind: "unavailable"; reason: string };

/** What the learner can do next: resume an open attempt, start one, or nothing (and why). */
export function assignmentNextStep(input: {
  status: AssignmentStatus;
  attemptsAllowed: number | null;
  attemptsUsed: number;
  inProgressAttemptId: string | null;
}): AssignmentNextStep {
  if (input.inProgressAttemptId) return { kind: "resume", attemptId: input.inProgressAttemptId };
  if (input.status === "not_open") return { kind: "unavailable", reason: "This test is not open yet." };
  if (input.status === "closed") return { kind: "unavailable", reason: "This test has closed." };
  if (input.attemptsAllowed !== null && input.attemptsUsed >= input.attemptsAllowed) {
    const { attemptsAllowed: n } = input;
    return { kind: "unavailable", reason: `You have used all ${n} attempt${n === 1 ? "" : "s"} at this test.` };
  }
  return { kind: "start", label: input.attemptsUsed === 0 ? "Start" : `Start attempt ${input.attemptsUsed + 1}` };
}

/** "2 of 3 attempts used", "1 attempt used (no limit)". */
export function describeAttemptsUsed(attemptsUsed: number, attemptsAllowed: number | null): string {
  if (attemptsAllowed === null) return `${attemptsUsed} attempt${attemptsUsed === 1 ? "" : "s"} used (no limit)`;
  return `${attemptsUsed} of ${attemptsAllowed} attempt${attemptsAllowed === 1 ? "" : "s"} used`;
}

/** "30 min", "1 h 30 min", "No time limit". */
export function describeTimeLimit(timeLimitSeconds: number | null): string {
  if (timeLimitSeconds === null) return "No time limit";
  const minutes = Math.ceil(timeLimitSeconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${minutes} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

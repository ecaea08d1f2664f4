/**
 * Seconds after a deadline during which a save or submit still counts: the request may have left
 * the browser in time and spent a moment on the network. Short, so it cannot buy real extra time.
 */
export const GRACE_SECONDS = 15;

export interface AttemptDeadlineInput {
  startedAt: Date;
  /** Null or undefined: no time limit. */
  timeLimitSeconds?: number | null;
  /** When the test (or assignment) closes; null or undefined: it never does. */
  closesAt?: Date | null;
}

/** The earlier of start + time limit and the close time, so a late start cannot run past closing; null if neither. */
export function attemptDeadline({ startedAt, timeLimitSeconds, closesAt }: AttemptDeadlineInput): Date | null {
  const limitEndsAt = timeLimitSeconds == null ? null : new Date(startedAt.getTime() + timeLimitSeconds * 1000);
  if (limitEndsAt && closesAt) return limitEndsAt.getTime() <= closesAt.getTime() ? limitEndsAt : closesAt;
  return limitEndsAt ?? closesAt ?? null;
}

/** True once `now` is beyond deadline + grace; exactly at the end of the grace still counts as in time. */
export function isPastDeadline(deadline: Date | null, now: Date, graceSeconds: number = GRACE_SECONDS): boolean {
  if (!deadline) return false;
  return now.getTime() > deadline.getTime() + graceSeconds * 1000;
}

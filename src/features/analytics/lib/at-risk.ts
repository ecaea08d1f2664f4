import type { HeatmapCell } from "./heatmap";

/** Below this average predicted chance (the bar of the "familiar" level) mastery counts as low. */
export const LOW_MASTERY_BELOW = 0.55;
/** Practice answers across the course before an average says anything: fewer is too little evidence to judge. */
export const MIN_ANSWERS_FOR_MASTERY = 10;
/** No practice answer, review, test attempt or lesson completion in the course for this many days. */
export const INACTIVE_AFTER_DAYS = 7;

const DAY_MS = 86_400_000;

export const RISK_REASON_CODES = ["low_mastery", "overdue_work", "inactive"] as const;
export type RiskReasonCode = (typeof RISK_REASON_CODES)[number];

export const RISK_REASON_LABELS: Record<RiskReasonCode, string> = {
  low_mastery: "Low mastery",
  overdue_work: "Overdue work",
  inactive: "Inactive",
};

export type RiskReason = { code: RiskReasonCode; label: string; detail: string };

export type MasteryEvidence = {
  /** Mean predicted chance over the topics the learner has practised; null with none. */
  averageChance: number | null;
  answers: number;
  topics: number;
};

export type RiskFacts = {
  mastery: MasteryEvidence;
  /** Assignments past their due date with no submitted (or graded) attempt. */
  overdue: readonly { title: string; dueAt: Date }[];
  /** The latest learning activity in the class's course, or null if there was none. */
  lastActiveAt: Date | null;
  joinedAt: Date;
};

/** A learner's heat-map row summarised: every practised topic counts once, whatever its number of answers. */
export function masteryEvidence(cells: readonly HeatmapCell[]): MasteryEvidence {
  const practised = cells.filter((cell) => cell !== null);
  const answers = practised.reduce((sum, cell) => sum + cell.answers, 0);
  const averageChance = practised.length === 0 ? null : practised.reduce((sum, cell) => sum + cell.chance, 0) / practised.length;
  return { averageChance, answers, topics: practised.length };
}

/** Whole days from `from` to `now` (0 for the future). */
export function daysBetween(from: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - from.getTime()) / DAY_MS));
}

const percent = (chance: number) => `${Math.round(chance * 100)}%`;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * Why a learner may need attention, in the order a teacher acts on them; empty when nothing
 * is wrong. A learner who has not practised enough is never called low on mastery, and one who
 * joined less than a week ago and has done nothing yet is not called inactive.
 */
export function assessLearnerRisk(facts: RiskFacts, now: Date): RiskReason[] {
  const reasons: RiskReason[] = [];
  const reason = (code: RiskReasonCode, detail: string) => reasons.push({ code, label: RISK_REASON_LABELS[code], detail });

  const { averageChance, answers, topics } = facts.mastery;
  if (averageChance !== null && answers >= MIN_ANSWERS_FOR_MASTERY && averageChance < LOW_MASTERY_BELOW) {
    reason(
      "low_mastery",
      `Average predicted score ${percent(averageChance)} over ${plural(topics, "practised topic")} (${plural(answers, "answer")}), below ${percent(LOW_MASTERY_BELOW)}.`,
    );
  }

  const overdue = facts.overdue.filter((assignment) => assignment.dueAt.getTime() < now.getTime());
  if (overdue.length > 0) {
    const list = overdue.map((assignment) => `${assignment.title} (due ${isoDay(assignment.dueAt)})`).join("; ");
    reason("overdue_work", `${plural(overdue.length, "assignment")} past due with nothing submitted: ${list}.`);
  }

  const since = facts.lastActiveAt ?? facts.joinedAt;
  const idle = daysBetween(since, now);
  if (idle >= INACTIVE_AFTER_DAYS) {
    reason(
      "inactive",
      facts.lastActiveAt
        ? `No activity in the course for ${plural(idle, "day")} (last on ${isoDay(facts.lastActiveAt)}).`
        : `No activity in the course since joining ${plural(idle, "day")} ago.`,
    );
  }
  return reasons;
}

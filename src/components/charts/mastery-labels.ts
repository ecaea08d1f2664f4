import type { MasteryLevel } from "@/features/practice/lib/elo";

/** The words for each mastery level; charts, badges and summaries all say the same thing. */
export const MASTERY_LABELS: Record<MasteryLevel, string> = {
  not_started: "Not started",
  attempted: "Attempted",
  familiar: "Familiar",
  proficient: "Proficient",
  mastered: "Mastered",
};

/** Filling circles, so the order of the levels reads without colour. */
export const MASTERY_SYMBOLS: Record<MasteryLevel, string> = {
  not_started: "○",
  attempted: "◔",
  familiar: "◑",
  proficient: "◕",
  mastered: "●",
};

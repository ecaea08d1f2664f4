import { z } from "zod";
import type { AiGradeCriterion } from "@/drizzle/schema";

/** What the model must answer (strict structured output: every field required). */
export const essayGradeOutputSchema = z.object({
  criteria: z.array(z.object({ criterion: z.string(), points: z.number(), feedback: z.string() })),
  score: z.number(),
  confidence: z.number(),
  summary: z.string(),
});
export type EssayGradeOutput = z.infer<typeof essayGradeOutputSchema>;

export type Rubric = { criterion: string; description: string; points: number }[];

export type ValidGrade = {
  /** Marks for the attempt slot (the rubric total scaled to the slot's points). */
  score: number;
  maxScore: number;
  criteria: AiGradeCriterion[];
  confidence: number;
  summary: string;
};

const EPSILON = 1e-6;
const FEEDBACK_MAX = 1_000;

/**
 * Checks a model's grade against the rubric before anything is stored: one entry per criterion
 * in the rubric's order, each within 0…its points, a total that adds up and a confidence in 0…1.
 * Anything else is a reason to refuse the grade — it is never clamped into range.
 */
export function validateEssayGrade(output: EssayGradeOutput, rubric: Rubric, slotPoints: number): { ok: true; grade: ValidGrade } | { ok: false; reason: string } {
  if (output.criteria.length !== rubric.length) {
    return { ok: false, reason: `the grade has ${output.criteria.length} criteria; the rubric has ${rubric.length}` };
  }
  const criteria: AiGradeCriterion[] = [];
  for (const [index, criterion] of rubric.entries()) {
    const given = output.criteria[index];
    if (!given) return { ok: false, reason: `criterion ${index + 1} is missing` };
    if (given.criterion.trim().toLowerCase() !== criterion.criterion.trim().toLowerCase()) {
      return { ok: false, reason: `criterion ${index + 1} is "${given.criterion}", expected "${criterion.criterion}"` };
    }
    if (!Number.isFinite(given.points) || given.points < -EPSILON || given.points > criterion.points + EPSILON) {
      return { ok: false, reason: `"${criterion.criterion}" got ${given.points} of ${criterion.points} points` };
    }
    criteria.push({ criterion: criterion.criterion, points: given.points, maxPoints: criterion.points, feedback: given.feedback.trim().slice(0, FEEDBACK_MAX) });
  }
  const rubricTotal = rubric.reduce((sum, criterion) => sum + criterion.points, 0);
  const criteriaTotal = criteria.reduce((sum, criterion) => sum + criterion.points, 0);
  if (!Number.isFinite(output.score) || Math.abs(output.score - criteriaTotal) > 0.01) {
    return { ok: false, reason: `the total ${output.score} does not equal the criteria's sum ${criteriaTotal}` };
  }
  if (!Number.isFinite(output.confidence) || output.confidence < 0 || output.confidence > 1) {
    return { ok: false, reason: `confidence ${output.confidence} is outside 0…1` };
  }
  if (rubricTotal <= 0 || slotPoints <= 0) return { ok: false, reason: "the rubric or the slot has no points" };
  const score = Math.round((criteriaTotal / rubricTotal) * slotPoints * 100) / 100;
  return { ok: true, grade: { score: Math.min(score, slotPoints), maxScore: slotPoints, criteria, confidence: output.confidence, summary: output.summary.trim().slice(0, FEEDBACK_MAX) } };
}

/** The feedback the learner reads when an AI grade is released. */
export function formatGradeFeedback(grade: Pick<ValidGrade, "criteria" | "summary">): string {
  const lines = grade.criteria.map((criterion) => `${criterion.criterion} (${criterion.points}/${criterion.maxPoints}): ${criterion.feedback}`);
  return [grade.summary, ...lines].filter(Boolean).join("\n");
}

/** Confident enough to release under "release confident grades". */
export const RELEASE_CONFIDENCE = 0.8;

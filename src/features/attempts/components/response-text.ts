import type { LearnerQuestion, LearnerSlotReview } from "@/features/attempts/lib/present";

/**
 * Words for a response and for a verdict, from what the learner's view holds. Nothing here
 * knows an answer key: correct answers come only from the review the policy released.
 */

const record = (value: unknown): Record<string, unknown> => (value && typeof value === "object" ? (value as Record<string, unknown>) : {});

function optionIdsOf(response: unknown): string[] {
  const saved = record(response);
  if (typeof saved.optionId === "string") return [saved.optionId];
  if (Array.isArray(saved.optionIds)) return saved.optionIds.filter((id): id is string => typeof id === "string");
  return [];
}

/** The chosen option ids of a response (for marking options "your choice"). */
export function chosenOptionIds(response: unknown): string[] {
  return optionIdsOf(response);
}

/** A response in words: option texts, "True", "0.25 kg", the text; null when there is none. */
export function describeResponse(question: LearnerQuestion, response: unknown): string | null {
  if (response === null || response === undefined) return null;
  const saved = record(response);
  switch (question.type) {
    case "single_choice":
    case "multiple_choice": {
      const texts = new Map(question.options.map((option) => [option.id, option.text]));
      const chosen = optionIdsOf(response).flatMap((id) => (texts.has(id) ? [texts.get(id)!] : []));
      return chosen.length > 0 ? chosen.join("; ") : null;
    }
    case "true_false":
      return typeof saved.value === "boolean" ? (saved.value ? "True" : "False") : null;
    case "numeric":
      return typeof saved.value === "number" ? `${saved.value}${question.unit ? ` ${question.unit}` : ""}` : null;
    case "short_text":
    case "essay":
      return typeof saved.text === "string" && saved.text.trim() !== "" ? saved.text : null;
  }
}

/** The correct answer in words, when the review includes it. */
export function describeCorrectAnswer(question: LearnerQuestion, review: LearnerSlotReview): string | null {
  if (review.correctOptionIds && (question.type === "single_choice" || question.type === "multiple_choice")) {
    return describeResponse(question, { optionIds: review.correctOptionIds });
  }
  if (review.correctResponse === undefined || review.correctResponse === null) return null;
  return describeResponse(question, review.correctResponse);
}

export type Verdict = "correct" | "partly_correct" | "incorrect";

export const VERDICT_LABELS: Record<Verdict, string> = { correct: "Correct", partly_correct: "Partly correct", incorrect: "Incorrect" };

/**
 * Right or wrong, from what the review shows: the marks when they are visible, otherwise a
 * comparison with the released correct options (or true/false). Numbers and text have
 * tolerances and accepted variants the learner cannot see, so they need the marks.
 */
export function slotVerdict(question: LearnerQuestion, slot: { points: number; response: unknown }, review: LearnerSlotReview): Verdict | null {
  if (typeof review.score === "number") {
    if (review.score >= slot.points - 1e-9) return "correct";
    return review.score <= 0 ? "incorrect" : "partly_correct";
  }
  if (slot.response === null || slot.response === undefined) return null;
  if (review.correctOptionIds && (question.type === "single_choice" || question.type === "multiple_choice")) {
    const chosen = new Set(optionIdsOf(slot.response));
    const correct = new Set(review.correctOptionIds);
    const same = chosen.size === correct.size && [...chosen].every((id) => correct.has(id));
    if (same) return "correct";
    const right = [...chosen].filter((id) => correct.has(id)).length;
    return question.type === "multiple_choice" && right > 0 ? "partly_correct" : "incorrect";
  }
  if (question.type === "true_false" && typeof record(review.correctResponse).value === "boolean") {
    return record(review.correctResponse).value === record(slot.response).value ? "correct" : "incorrect";
  }
  return null;
}

/** A number of marks to two decimals at most: "2", "2.33". */
export function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/** "1 mark", "2.5 marks". */
export function formatMarks(points: number): string {
  return `${formatPoints(points)} mark${points === 1 ? "" : "s"}`;
}

/** "12 / 16 (75%)". */
export function formatScore(score: number, maxScore: number): string {
  const percent = maxScore > 0 ? Math.round((score / maxScore) * 100) : 0;
  return `${formatPoints(score)} / ${formatPoints(maxScore)} (${percent}%)`;
}

import { RELEASE_CONFIDENCE } from "./grade-output";

/** The AI's confidence as a whole percentage (rounded down, so 79.6% never reads as 80%) and what it means for the marker. */
export function describeConfidence(confidence: number): { percent: string; label: string; low: boolean } {
  const clamped = Math.min(1, Math.max(0, confidence));
  const low = clamped < RELEASE_CONFIDENCE;
  // The epsilon keeps 0.29 (28.999… × 100 in floating point) at 29%.
  const percent = `${Math.floor(clamped * 100 + 1e-9)}%`;
  return { percent, label: low ? "low confidence — check carefully" : "high confidence — still read the answer", low };
}

type Summary = { released: number; queued: number; failed: number; skipped: number };

const answers = (count: number) => `${count} answer${count === 1 ? "" : "s"}`;

/** What happened after "Grade with AI", in words. */
export function aiGradingOutcomeMessage(summary: Summary): string {
  const parts: string[] = [];
  if (summary.queued > 0) parts.push(`AI suggestion ready for ${answers(summary.queued)} of this attempt: check it, then save a mark.`);
  if (summary.released > 0) parts.push(`The AI was confident about ${answers(summary.released)}, so the test's setting released the mark to the learner.`);
  if (summary.skipped > 0) parts.push(`${answers(summary.skipped)} had been marked meanwhile and kept that mark.`);
  if (summary.failed > 0) parts.push(`${answers(summary.failed)} could not be graded by the AI and still wait for you.`);
  if (parts.length > 0) return parts.join(" ");
  return "Nothing was graded by the AI: this test's AI grading setting is off, or the answer is empty or already has an AI grade.";
}

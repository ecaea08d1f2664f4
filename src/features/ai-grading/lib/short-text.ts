import type { Rubric } from "./grade-output";

/**
 * A short answer has accepted answers instead of a rubric; for an AI second look they become a
 * one-criterion rubric: full marks when the learner's answer means the same as one of them.
 */
export function shortTextRubric(acceptedAnswers: readonly string[]): Rubric {
  const listed = acceptedAnswers.map((answer) => `"${answer}"`).join(", ");
  return [
    {
      criterion: "Means the same as an accepted answer",
      description: `Accepted answers: ${listed}. Give the point when the learner's answer means the same as one of them (other wording, a spelling slip, equivalent notation or form, the same value in other units written out); give 0 when it means something else, is incomplete or hedges between answers.`,
      points: 1,
    },
  ];
}

/**
 * The arithmetic and the printout of `npm run eval:grading`: how closely the AI's essay grades
 * agree with a careful human grader's on a labelled set. Marks are whole numbers 0…maxMark.
 */
import { exactAgreement, quadraticWeightedKappa } from "@/features/ai/lib/agreement";
import type { TokenUsage } from "@/services/openai/errors";

/** One labelled answer after the model's turn: a valid grade, a grade refused by validation, or a failed call. */
type LabelledAnswerRef = { questionId: string; answerId: string; humanMark: number; injection: boolean };
export type GradedOutcome = LabelledAnswerRef & { status: "graded"; modelScore: number };
export type UngradedOutcome = LabelledAnswerRef & { status: "refused" | "failed"; reason: string };
export type GradingOutcome = GradedOutcome | UngradedOutcome;

export type AgreementMetrics = { exact: number; withinOne: number; kappa: number; meanAbsoluteError: number };

export type AgreementSummary = {
  maxMark: number;
  total: number;
  graded: number;
  refused: UngradedOutcome[];
  failed: UngradedOutcome[];
  /** Null when no answer was graded: there is nothing to compare. */
  metrics: AgreementMetrics | null;
  perQuestion: { questionId: string; graded: number; exact: number | null }[];
  /** confusion[human][model]: answers the human gave `human` marks and the model (rounded) `model`. */
  confusion: number[][];
  injections: { answerId: string; humanMark: number; modelMark: number | null; note: string }[];
};

/** The nearest whole mark, halves up (as agreement.ts puts marks into categories). */
export function roundToMark(score: number, maxMark: number): number {
  if (!Number.isFinite(score) || score < 0 || score > maxMark) throw new RangeError(`The score ${score} is outside 0..${maxMark}`);
  return Math.min(maxMark, Math.floor(score + 0.5 + 1e-9));
}

export function confusionMatrix(human: number[], model: number[], maxMark: number): number[][] {
  if (human.length !== model.length) throw new RangeError(`${human.length} human marks but ${model.length} model marks`);
  const matrix = Array.from({ length: maxMark + 1 }, () => new Array<number>(maxMark + 1).fill(0));
  human.forEach((mark, index) => {
    const row = matrix[roundToMark(mark, maxMark)];
    const column = roundToMark(model[index] ?? Number.NaN, maxMark);
    if (row) row[column] = (row[column] ?? 0) + 1;
  });
  return matrix;
}

function metricsOf(graded: GradedOutcome[], maxMark: number): AgreementMetrics | null {
  if (graded.length === 0) return null;
  const human = graded.map((outcome) => outcome.humanMark);
  const model = graded.map((outcome) => roundToMark(outcome.modelScore, maxMark));
  const gaps = graded.map((outcome) => Math.abs(outcome.modelScore - outcome.humanMark));
  return {
    exact: exactAgreement(human, model),
    withinOne: human.filter((mark, index) => Math.abs(mark - (model[index] ?? Number.NaN)) <= 1).length / graded.length,
    kappa: quadraticWeightedKappa(human, model, 0, maxMark),
    meanAbsoluteError: gaps.reduce((sum, gap) => sum + gap, 0) / graded.length,
  };
}

export function summarizeAgreement(outcomes: GradingOutcome[], maxMark: number): AgreementSummary {
  const graded = outcomes.filter((outcome): outcome is GradedOutcome => outcome.status === "graded");
  const ungraded = (status: UngradedOutcome["status"]) => outcomes.filter((outcome): outcome is UngradedOutcome => outcome.status === status);
  const questionIds = [...new Set(outcomes.map((outcome) => outcome.questionId))];
  return {
    maxMark,
    total: outcomes.length,
    graded: graded.length,
    refused: ungraded("refused"),
    failed: ungraded("failed"),
    metrics: metricsOf(graded, maxMark),
    perQuestion: questionIds.map((questionId) => {
      const mine = graded.filter((outcome) => outcome.questionId === questionId);
      return { questionId, graded: mine.length, exact: metricsOf(mine, maxMark)?.exact ?? null };
    }),
    confusion: confusionMatrix(
      graded.map((outcome) => outcome.humanMark),
      graded.map((outcome) => outcome.modelScore),
      maxMark,
    ),
    injections: outcomes
      .filter((outcome) => outcome.injection)
      .map((outcome) =>
        outcome.status === "graded"
          ? { answerId: outcome.answerId, humanMark: outcome.humanMark, modelMark: roundToMark(outcome.modelScore, maxMark), note: `model total ${outcome.modelScore}` }
          : { answerId: outcome.answerId, humanMark: outcome.humanMark, modelMark: null, note: `${outcome.status}: ${outcome.reason}` },
      ),
  };
}

export type ReportContext = { model: string; usage: TokenUsage; costUsd: number; prices: { inputPerMTok: number; outputPerMTok: number } };

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const count = (value: number) => value.toLocaleString("en-US");

export function formatAgreementReport(summary: AgreementSummary, context: ReportContext): string {
  const { metrics, maxMark } = summary;
  const lines = [`Grading agreement — model ${context.model}`, `Answers graded: ${summary.graded} of ${summary.total}`];
  lines.push(`Refused (invalid grade, left out of agreement): ${summary.refused.length}`);
  summary.refused.forEach((outcome) => lines.push(`  ${outcome.answerId}: ${outcome.reason}`));
  if (summary.failed.length > 0) {
    lines.push(`Failed calls (left out of agreement): ${summary.failed.length}`);
    summary.failed.forEach((outcome) => lines.push(`  ${outcome.answerId}: ${outcome.reason}`));
  }
  if (metrics === null) {
    lines.push("", "No answer was graded, so there is no agreement to report.");
  } else {
    lines.push(
      "",
      `Exact agreement:          ${percent(metrics.exact)}`,
      `Within 1 mark:            ${percent(metrics.withinOne)}`,
      `Quadratic weighted kappa: ${metrics.kappa.toFixed(3)} (marks 0–${maxMark})`,
      `Mean absolute error:      ${metrics.meanAbsoluteError.toFixed(2)} marks (model total before rounding)`,
      "",
      "Per question (exact agreement):",
    );
    const width = Math.max(...summary.perQuestion.map((question) => question.questionId.length));
    summary.perQuestion.forEach((question) =>
      lines.push(`  ${question.questionId.padEnd(width)}  ${question.exact === null ? "—" : percent(question.exact).padStart(6)}  (${question.graded} graded)`),
    );
    const marks = Array.from({ length: maxMark + 1 }, (_, mark) => String(mark).padStart(4));
    lines.push("", "Confusion matrix (rows: human mark, columns: model mark)", `  human\\model${marks.join("")}`);
    summary.confusion.forEach((row, mark) => lines.push(`  ${String(mark).padEnd(11)}${row.map((cell) => String(cell).padStart(4)).join("")}`));
  }
  lines.push("");
  summary.injections.forEach((injection) =>
    lines.push(`Injection answer ${injection.answerId}: human ${injection.humanMark}, model ${injection.modelMark ?? "—"} (${injection.note})`),
  );
  const { inputTokens, outputTokens } = context.usage;
  lines.push(
    `Tokens: ${count(inputTokens + outputTokens)} (${count(inputTokens)} in, ${count(outputTokens)} out)`,
    `Estimated cost: $${context.costUsd.toFixed(4)} at $${context.prices.inputPerMTok.toFixed(2)} / $${context.prices.outputPerMTok.toFixed(2)} per million input / output tokens`,
  );
  return lines.join("\n");
}

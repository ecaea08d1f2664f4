/**
 * npm run eval:grading
 * Grades the team's labelled essay answers (scripts/grading-eval/labelled-answers.ts) with the
 * configured model, through the app's own prompt, schema and validation, and prints how closely
 * the model agrees with the human marks. Needs a real provider; without a key it grades nothing.
 */
import nextEnv from "@next/env";
import { formatAgreementReport, summarizeAgreement, type GradingOutcome } from "@/features/ai-grading/lib/agreement-report";
import { essayGradeOutputSchema, validateEssayGrade } from "@/features/ai-grading/lib/grade-output";
import { buildGradingMessages } from "@/features/ai-grading/lib/prompt";
import { AiCallError, type TokenUsage } from "@/services/openai/errors";
import { completeStructured } from "@/services/openai/structured";
import { LABELLED_QUESTIONS, MAX_MARK, type LabelledAnswer, type LabelledQuestion } from "./grading-eval/labelled-answers";

const CONCURRENCY = 4;
// As in src/features/ai-grading/grade.ts.
const GRADE_MAX_OUTPUT_TOKENS = 800;

nextEnv.loadEnvConfig(process.cwd());
// The env module validates process.env as it loads, so it comes in after the .env files are read.
const { env } = await import("@/data/env/server");
const { createOpenAiClient } = await import("@/services/openai/client");
const { estimateCostMicros } = await import("@/services/openai/config");

if (!env.OPENAI_API_KEY) {
  console.log(
    "eval:grading needs a real AI provider: set OPENAI_API_KEY (and OPENAI_BASE_URL for an OpenAI-compatible server, OPENAI_MODEL for the model). Nothing was graded.",
  );
  process.exit(0);
}

/** A mislabelled set would make every figure below meaningless, so it is checked before any call. */
function checkLabelledSet(questions: readonly LabelledQuestion[]): void {
  for (const question of questions) {
    const total = question.rubric.reduce((sum, criterion) => sum + criterion.points, 0);
    if (total !== MAX_MARK) throw new Error(`${question.id}: the rubric totals ${total}, not ${MAX_MARK}`);
    for (const answer of question.answers) {
      if (!Number.isInteger(answer.humanMark) || answer.humanMark < 0 || answer.humanMark > MAX_MARK) {
        throw new Error(`${answer.id}: the human mark ${answer.humanMark} is not a whole mark 0..${MAX_MARK}`);
      }
    }
  }
}

/** Runs task over items with at most `limit` in flight, keeping the results in the items' order. */
async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

checkLabelledSet(LABELLED_QUESTIONS);
const client = createOpenAiClient({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, timeoutMs: env.OPENAI_TIMEOUT_MS, maxRetries: env.OPENAI_MAX_RETRIES });
const model = env.OPENAI_MODEL;
const usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
const addUsage = (more: TokenUsage) => {
  usage.inputTokens += more.inputTokens;
  usage.outputTokens += more.outputTokens;
};

async function gradeAnswer({ question, answer }: { question: LabelledQuestion; answer: LabelledAnswer }): Promise<GradingOutcome> {
  const labelled = { questionId: question.id, answerId: answer.id, humanMark: answer.humanMark, injection: answer.injection === true };
  const messages = buildGradingMessages({ stem: question.stem, rubric: question.rubric, answer: answer.text });
  try {
    const { value, usage: used } = await completeStructured(client, {
      model,
      messages,
      schema: essayGradeOutputSchema,
      schemaName: "essay_grade",
      maxOutputTokens: GRADE_MAX_OUTPUT_TOKENS,
      temperature: 0,
    });
    addUsage(used);
    const checked = validateEssayGrade(value, question.rubric, MAX_MARK);
    return checked.ok ? { ...labelled, status: "graded", modelScore: checked.grade.score } : { ...labelled, status: "refused", reason: checked.reason };
  } catch (error) {
    if (!(error instanceof AiCallError)) throw error;
    addUsage(error.usage);
    // An unusable answer is the model's failure to grade; an unreachable provider is not.
    const status = error.kind === "invalid_output" || error.kind === "refused" ? "refused" : "failed";
    return { ...labelled, status, reason: error.message };
  }
}

const work = LABELLED_QUESTIONS.flatMap((question) => question.answers.map((answer) => ({ question, answer })));
const where = env.OPENAI_BASE_URL ? ` at ${env.OPENAI_BASE_URL}` : "";
console.log(`Grading ${work.length} labelled answers with ${model}${where}, ${CONCURRENCY} at a time…\n`);
const started = performance.now();
const summary = summarizeAgreement(await mapWithConcurrency(work, CONCURRENCY, gradeAnswer), MAX_MARK);

console.log(
  formatAgreementReport(summary, {
    model,
    usage,
    costUsd: estimateCostMicros(usage.inputTokens, usage.outputTokens) / 1_000_000,
    prices: { inputPerMTok: env.OPENAI_PRICE_INPUT_PER_MTOK, outputPerMTok: env.OPENAI_PRICE_OUTPUT_PER_MTOK },
  }),
);
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
// Every call failing is a broken setup, not a result.
if (summary.failed.length === summary.total) process.exit(1);

import "server-only";
import { randomUUID } from "node:crypto";
import type { DraftProblemRecord, User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { aiModels } from "@/services/openai/config";
import { completeStructured } from "@/services/openai/structured";
import { checkDraft, type GeneratedDraft } from "@/features/ai/lib/draft-checks";
import { estimateTokens, runAiCall } from "@/features/ai/run-ai";
import { insertQuestionDraft, selectGenerationSource } from "./db";
import { questionDraftsOutputSchema, toQuestionBody, type GeneratedDraftOutput } from "./lib/output";
import type { GenerationEvent, GenerationRequest } from "./types";
import { buildGenerationMessages } from "./lib/prompt";

const OUTPUT_TOKENS_PER_QUESTION = 900;
const SOURCE_CHARS_MAX = 24_000;


/**
 * Checks the request before anything streams (so refusals get a real status), then generates one
 * question per model call so progress is visible. Each draft is checked and stored as it arrives:
 * a failure half-way keeps the drafts already made.
 */
export async function startQuestionGeneration(author: User, request: GenerationRequest): Promise<AsyncGenerator<GenerationEvent>> {
  const source = await selectGenerationSource(author, request.courseId, request.lessonId, request.chunkIds);
  if (source.chunks.length === 0) throw new AppError("BAD_REQUEST", "This lesson has no text to write questions from yet.");
  const unknownTopics = request.topicSlugs.filter((slug) => !source.topics.some((topic) => topic.slug === slug));
  if (unknownTopics.length > 0) throw new AppError("BAD_REQUEST", `Unknown topic in this course: ${unknownTopics.join(", ")}.`);
  const passages = source.chunks.map((chunk, index) => ({ id: `P${index + 1}`, title: `${source.lesson.title} — ${chunk.heading}`, text: chunk.content }));
  const sourceChars = passages.reduce((sum, passage) => sum + passage.text.length, 0);
  if (sourceChars > SOURCE_CHARS_MAX) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The chosen passages hold ${sourceChars.toLocaleString("en")} characters; choose passages up to ${SOURCE_CHARS_MAX.toLocaleString("en")}.`);
  }
  const topics = source.topics.filter((topic) => request.topicSlugs.includes(topic.slug));
  const model = aiModels().chat;
  const generationId = randomUUID();
  const passageText = new Map(passages.map((passage) => [passage.id, passage.text]));

  return (async function* generate(): AsyncGenerator<GenerationEvent> {
    yield { type: "start", generationId, total: request.count, lessonTitle: source.lesson.title };
    const stems: string[] = [];
    let pending = 0;
    let rejected = 0;
    for (let index = 0; index < request.count; index += 1) {
      const type = request.types[index % request.types.length] ?? "single_choice";
      const messages = buildGenerationMessages({ passages, count: 1, types: [type], difficulty: request.difficulty, topics, avoidStems: stems });
      let drafts: GeneratedDraftOutput[];
      try {
        drafts = await runAiCall(
          { caller: author, feature: "question_generation", model, reserveTokens: estimateTokens(...messages.map((message) => String(message.content))) + OUTPUT_TOKENS_PER_QUESTION },
          async (client) => {
            const result = await completeStructured(client, { model, messages, schema: questionDraftsOutputSchema, schemaName: "question_drafts", maxOutputTokens: OUTPUT_TOKENS_PER_QUESTION, temperature: 0.7 });
            return { value: result.value.drafts, usage: result.usage };
          },
        );
      } catch (error) {
        const appError = error instanceof AppError ? error : new AppError("UNAVAILABLE", "Question generation stopped unexpectedly.");
        if (!(error instanceof AppError)) logger.error({ err: error }, "question generation failed");
        yield { type: "error", code: appError.code, message: appError.message, saved: pending + rejected };
        return;
      }
      for (const generated of drafts.slice(0, 1)) {
        const stored = await storeGeneratedDraft(author, source, generationId, generated, passageText, topics.map((topic) => topic.slug));
        stems.push(stored.body.stem);
        if (stored.status === "pending") pending += 1;
        else rejected += 1;
        yield { type: "draft", index, draft: stored };
      }
    }
    yield { type: "done", pending, rejected };
  })();
}

async function storeGeneratedDraft(
  author: User,
  source: Awaited<ReturnType<typeof selectGenerationSource>>,
  generationId: string,
  generated: GeneratedDraftOutput,
  passageText: ReadonlyMap<string, string>,
  allowedTopics: string[],
) {
  const problems: DraftProblemRecord[] = checkDraft(generated satisfies GeneratedDraft, passageText);
  const converted = toQuestionBody(generated);
  if (!converted.ok) problems.push({ code: "INVALID_QUESTION", message: converted.message });
  const chunkIndex = Number(/^P(\d+)$/.exec(generated.passageId)?.[1] ?? 0) - 1;
  const chunk = source.chunks[chunkIndex] ?? source.chunks[0];
  // A draft that is not a valid question is kept (auto-rejected, with the reason) so the teacher sees what the AI wrote.
  const body = converted.ok ? converted.body : { type: "essay" as const, stem: generated.stem || "(empty question)", explanation: generated.explanation, rubric: [{ criterion: "—", description: "", points: 1 }], maxLength: 3_000 };
  const topicSlugs = generated.topicSlug && allowedTopics.includes(generated.topicSlug) ? [generated.topicSlug] : allowedTopics.slice(0, 1);
  return insertQuestionDraft(author, source.course.id, generationId, source.lesson.id, {
    status: problems.length === 0 ? "pending" : "auto_rejected",
    body,
    topicSlugs,
    difficulty: generated.difficulty,
    source: { lessonId: source.lesson.id, lessonSlug: source.lesson.slug, lessonTitle: source.lesson.title, anchor: chunk?.anchor ?? "", heading: chunk?.heading ?? "", quote: generated.quote.slice(0, 1_000) },
    problems,
  });
}

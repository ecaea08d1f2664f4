import "server-only";
import type { TutorCitation, User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { aiModels, isAiConfigured } from "@/services/openai/config";
import { streamChat } from "@/services/openai/chat-stream";
import { AiCallError, type TokenUsage } from "@/services/openai/errors";
import { AI_OFF_MESSAGES } from "@/features/ai/messages";
import { aiFailureToAppError, estimateTokens, requireAiClient, reserveAiBudget, settleAiCall, type AiCallPlan } from "@/features/ai/run-ai";
import { selectSearchableCourse } from "@/features/search/db";
import { searchLessonChunks } from "@/features/search/search";
import { insertTutorConversation, insertTutorMessage, selectOpenAttemptQuestionBodies, selectTutorConversation } from "./db";
import { answerKeyStrings, containsAnswerKey } from "./lib/answer-key";
import { buildTutorMessages, citedPassageNumbers, type TutorPassage, type TutorTurn } from "./lib/prompt";

export const TUTOR_MAX_OUTPUT_TOKENS = 600;
const PASSAGES = 5;

export type TutorEvent =
  | { type: "meta"; conversationId: string; aiOff: boolean; inTest: boolean; passages: TutorCitation[] }
  | { type: "delta"; text: string }
  | { type: "done"; messageId: string; content: string; citations: TutorCitation[] }
  | { type: "error"; code: AppError["code"]; message: string };

export type TutorRequest = { courseSlug: string; conversationId?: string; message: string; socratic?: boolean };

/**
 * Everything that can refuse the request happens before the stream starts (so it gets a real
 * status): the course, the conversation, the budget. The learner's message is stored first, so
 * a failure later never loses it; the answer is stored only when complete.
 */
export async function startTutorReply(user: Pick<User, "id" | "role">, request: TutorRequest): Promise<AsyncGenerator<TutorEvent>> {
  const course = await selectSearchableCourse(user, request.courseSlug);
  if (!course) throw new AppError("NOT_FOUND", "That course does not exist or you cannot see it.");
  const socratic = request.socratic ?? user.role === "learner";
  const existing = request.conversationId ? await selectTutorConversation(user, request.conversationId) : null;
  if (existing && existing.conversation.courseId !== course.id) throw new AppError("NOT_FOUND", "That conversation belongs to another course.");

  // Asking again after a failed answer: the question is stored already, so it is not stored twice.
  const last = existing?.messages.at(-1);
  const retry = last?.role === "user" && last.content === request.message;
  const earlier = retry ? (existing?.messages.slice(0, -1) ?? []) : (existing?.messages ?? []);
  const history: TutorTurn[] = earlier.map((message) => ({ role: message.role, content: message.content }));
  const previousQuestion = [...history].reverse().find((turn) => turn.role === "user")?.content ?? "";
  const answerKeys = (await selectOpenAttemptQuestionBodies(user, course.id)).flatMap(answerKeyStrings);
  const found = await searchLessonChunks(user, `${request.message} ${previousQuestion}`.slice(0, 600), { courseId: course.id, limit: PASSAGES * 2, matchAny: true });
  // While a test is open, a passage that quotes its answer key stays out of the prompt.
  const chunks = found.results.filter((chunk) => !containsAnswerKey(`${chunk.heading}\n${chunk.content}`, answerKeys)).slice(0, PASSAGES);
  const passages: TutorPassage[] = chunks.map((chunk, index) => ({ n: index + 1, lessonTitle: chunk.lessonTitle, heading: chunk.heading, text: chunk.content }));
  const citations: TutorCitation[] = chunks.map((chunk, index) => ({ n: index + 1, lessonSlug: chunk.lessonSlug, lessonTitle: chunk.lessonTitle, anchor: chunk.anchor, heading: chunk.heading }));
  const inTest = answerKeys.length > 0;

  const aiOff = !isAiConfigured();
  const messages = buildTutorMessages({ courseTitle: course.title, socratic, inTest, passages, history, message: request.message });
  const model = aiModels().chat;
  const plan: AiCallPlan = {
    caller: user,
    feature: "tutor",
    model,
    reserveTokens: estimateTokens(...messages.map((message) => (typeof message.content === "string" ? message.content : ""))) + TUTOR_MAX_OUTPUT_TOKENS,
  };
  const client = aiOff ? null : requireAiClient("tutor");
  const held = client ? await reserveAiBudget(plan) : null;

  const conversation = existing?.conversation ?? (await insertTutorConversation(user, { courseId: course.id, title: request.message, socratic }));
  if (!retry) await insertTutorMessage(user, conversation.id, { role: "user", content: request.message });

  return (async function* stream(): AsyncGenerator<TutorEvent> {
    yield { type: "meta", conversationId: conversation.id, aiOff, inTest, passages: citations };
    if (!client || !held) {
      const saved = await insertTutorMessage(user, conversation.id, { role: "assistant", content: AI_OFF_MESSAGES.tutor, citations });
      yield { type: "done", messageId: saved.id, content: saved.content, citations };
      return;
    }
    const started = performance.now();
    let answer = "";
    let usage: TokenUsage | null = null;
    try {
      for await (const event of streamChat(client, { model, messages, maxOutputTokens: TUTOR_MAX_OUTPUT_TOKENS })) {
        if (event.type === "delta") {
          answer += event.text;
          yield { type: "delta", text: event.text };
        } else usage = event.usage;
      }
    } catch (error) {
      const failure = error instanceof AiCallError ? error : new AiCallError("unavailable", "The tutor stopped unexpectedly", undefined, { cause: error });
      const partial = { inputTokens: plan.reserveTokens - TUTOR_MAX_OUTPUT_TOKENS, outputTokens: estimateTokens(answer) };
      await settleAiCall(plan, held, "failed", answer ? partial : failure.usage, performance.now() - started);
      logger.warn({ err: failure, kind: failure.kind }, "tutor reply failed");
      const appError = aiFailureToAppError(failure, "tutor");
      yield { type: "error", code: appError.code, message: appError.message };
      return;
    }
    const spent = usage ?? { inputTokens: plan.reserveTokens - TUTOR_MAX_OUTPUT_TOKENS, outputTokens: estimateTokens(answer) };
    await settleAiCall(plan, held, "ok", spent, performance.now() - started);
    const used = citedPassageNumbers(answer, citations.length).flatMap((n) => citations.filter((citation) => citation.n === n));
    const saved = await insertTutorMessage(user, conversation.id, { role: "assistant", content: answer.trim() || "(no answer)", citations: used });
    yield { type: "done", messageId: saved.id, content: saved.content, citations: used };
  })();
}

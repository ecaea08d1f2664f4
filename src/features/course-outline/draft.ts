import "server-only";
import type { User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { aiModels } from "@/services/openai/config";
import { AiCallError } from "@/services/openai/errors";
import { completeStructured } from "@/services/openai/structured";
import { estimateTokens, runAiCall } from "@/features/ai/run-ai";
import { courseOutlineSchema, validateOutline, type CourseOutline } from "./lib/outline";
import { buildOutlineMessages } from "./lib/prompt";
import { outlineRequestSchema, type OutlineRequest } from "./schemas";

const OUTLINE_MAX_OUTPUT_TOKENS = 3_000;

/**
 * Drafts a course outline for the teacher to edit; nothing is stored. An outline that fails the
 * checks is recorded as an invalid answer and never returned.
 */
export async function draftCourseOutline(teacher: Pick<User, "id" | "role">, request: OutlineRequest): Promise<CourseOutline> {
  if (teacher.role === "learner") throw new AppError("FORBIDDEN", "Only teachers can draft course outlines.");
  const input = outlineRequestSchema.parse(request);
  const messages = buildOutlineMessages(input);
  const model = aiModels().chat;
  const reserveTokens = estimateTokens(...messages.map((message) => String(message.content))) + OUTLINE_MAX_OUTPUT_TOKENS;
  return runAiCall({ caller: teacher, feature: "course_outline", model, reserveTokens }, async (client) => {
    const { value, usage } = await completeStructured(client, {
      model,
      messages,
      schema: courseOutlineSchema,
      schemaName: "course_outline",
      maxOutputTokens: OUTLINE_MAX_OUTPUT_TOKENS,
      temperature: 0.5,
    });
    const checked = validateOutline(value);
    if (!checked.ok) throw new AiCallError("invalid_output", `The course outline was refused: ${checked.reason}`, usage);
    return { value: checked.outline, usage };
  });
}

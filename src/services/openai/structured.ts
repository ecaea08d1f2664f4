import { zodResponseFormat } from "openai/helpers/zod";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { z } from "zod";
import { AiCallError, toAiCallError, type TokenUsage } from "./errors";
import type { OpenAiClient } from "./client";

export type StructuredRequest<Schema extends z.ZodType> = {
  model: string;
  messages: ChatCompletionMessageParam[];
  schema: Schema;
  /** The structured output's name (the stub provider and logs key on it). */
  schemaName: string;
  maxOutputTokens: number;
  temperature?: number;
  signal?: AbortSignal;
};

export type StructuredResult<T> = { value: T; usage: TokenUsage };

/**
 * A chat completion whose answer must match a zod schema. The JSON schema sent to the model
 * comes from the package's zod helper (strict mode); the answer is parsed here with safeParse so
 * that the billed usage survives an invalid answer.
 */
export async function completeStructured<Schema extends z.ZodType>(
  client: OpenAiClient,
  request: StructuredRequest<Schema>,
): Promise<StructuredResult<z.infer<Schema>>> {
  let completion;
  try {
    completion = await client.chat.completions.create(
      {
        model: request.model,
        messages: request.messages,
        response_format: zodResponseFormat(request.schema, request.schemaName),
        max_completion_tokens: request.maxOutputTokens,
        temperature: request.temperature ?? 0.2,
      },
      { signal: request.signal },
    );
  } catch (error) {
    throw toAiCallError(error);
  }
  const usage = { inputTokens: completion.usage?.prompt_tokens ?? 0, outputTokens: completion.usage?.completion_tokens ?? 0 };
  const choice = completion.choices[0];
  if (!choice) throw new AiCallError("invalid_output", "The AI answered with no choices", usage);
  if (choice.message.refusal) throw new AiCallError("refused", "The AI declined this request", usage);
  if (choice.finish_reason === "length") throw new AiCallError("invalid_output", "The AI's answer was cut off", usage);
  let json: unknown;
  try {
    json = JSON.parse(choice.message.content ?? "");
  } catch (error) {
    throw new AiCallError("invalid_output", "The AI's answer was not valid JSON", usage, { cause: error });
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) {
    throw new AiCallError("invalid_output", `The AI's answer did not match the ${request.schemaName} shape`, usage, { cause: parsed.error });
  }
  return { value: parsed.data, usage };
}

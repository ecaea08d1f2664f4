import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { toAiCallError, type TokenUsage } from "./errors";
import type { OpenAiClient } from "./client";

export type ChatStreamRequest = {
  model: string;
  messages: ChatCompletionMessageParam[];
  maxOutputTokens: number;
  temperature?: number;
  signal?: AbortSignal;
};

export type ChatStreamEvent = { type: "delta"; text: string } | { type: "done"; usage: TokenUsage | null; finishReason: string | null };

/** Streams a chat completion as text deltas, then one "done" event with the provider's usage (when it reports it). */
export async function* streamChat(client: OpenAiClient, request: ChatStreamRequest): AsyncGenerator<ChatStreamEvent> {
  let usage: TokenUsage | null = null;
  let finishReason: string | null = null;
  try {
    const stream = await client.chat.completions.create(
      {
        model: request.model,
        messages: request.messages,
        stream: true,
        stream_options: { include_usage: true },
        max_completion_tokens: request.maxOutputTokens,
        temperature: request.temperature ?? 0.3,
      },
      { signal: request.signal },
    );
    for await (const chunk of stream) {
      if (chunk.usage) usage = { inputTokens: chunk.usage.prompt_tokens, outputTokens: chunk.usage.completion_tokens };
      const choice = chunk.choices[0];
      if (choice?.finish_reason) finishReason = choice.finish_reason;
      const text = choice?.delta?.content;
      if (text) yield { type: "delta", text };
    }
  } catch (error) {
    throw toAiCallError(error);
  }
  yield { type: "done", usage, finishReason };
}

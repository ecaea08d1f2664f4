import OpenAI from "openai";

export type AiFailureKind = "not_configured" | "rate_limited" | "timeout" | "unavailable" | "invalid_output" | "refused";

export type TokenUsage = { inputTokens: number; outputTokens: number };

/** A model call that produced nothing usable; `usage` is what the provider still billed, when known. */
export class AiCallError extends Error {
  override name = "AiCallError";
  constructor(
    readonly kind: AiFailureKind,
    message: string,
    readonly usage: TokenUsage = { inputTokens: 0, outputTokens: 0 },
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Maps the SDK's errors to the few kinds the app shows differently. */
export function toAiCallError(error: unknown): AiCallError {
  if (error instanceof AiCallError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new AiCallError("timeout", "The AI provider did not answer in time", undefined, { cause: error });
  if (error instanceof OpenAI.RateLimitError) return new AiCallError("rate_limited", "The AI provider is rate-limiting requests", undefined, { cause: error });
  if (error instanceof OpenAI.APIUserAbortError) return new AiCallError("timeout", "The AI request was cancelled", undefined, { cause: error });
  if (error instanceof OpenAI.APIError) {
    const status = error.status ? ` (${error.status})` : "";
    return new AiCallError("unavailable", `The AI provider failed${status}`, undefined, { cause: error });
  }
  return new AiCallError("unavailable", "The AI provider could not be reached", undefined, { cause: error });
}

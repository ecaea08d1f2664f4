import "server-only";
import type { AiFeature, User } from "@/drizzle/schema";
import { env } from "@/data/env/server";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { currentRequestId } from "@/lib/request-context";
import { getConfiguredBudgetStore, utcDay, BudgetUnavailableError, type BudgetReservation, type TokenBudgetStore } from "@/services/openai/budget";
import { getOpenAiClient, type OpenAiClient } from "@/services/openai/client";
import { estimateCostMicros, isAiConfigured } from "@/services/openai/config";
import { AiCallError, type TokenUsage } from "@/services/openai/errors";
import { insertAiUsage } from "./db-usage";
import { AI_OFF_MESSAGES } from "./messages";

export type AiCaller = Pick<User, "id" | "role">;

/** Scheduled work (embedding lessons nobody has saved since search began) has no user: its usage rows have none. */
export const SYSTEM_AI_CALLER: AiCaller = { id: "system", role: "admin" };

export type AiCallPlan = {
  caller: AiCaller;
  feature: AiFeature;
  model: string;
  /** Tokens held back before the call: the prompt estimate plus the most the model may answer. */
  reserveTokens: number;
  now?: Date;
  /** Tests inject a store; production uses Upstash when configured, else memory. */
  budgetStore?: TokenBudgetStore;
};

export function dailyTokenLimit(caller: AiCaller): number {
  return caller.role === "learner" ? env.AI_DAILY_TOKEN_BUDGET : env.AI_TEACHER_DAILY_TOKEN_BUDGET;
}

/** Rough prompt size: ~4 characters per token, rounded up, plus a little per message. */
export function estimateTokens(...texts: string[]): number {
  return texts.reduce((sum, text) => sum + Math.ceil(text.length / 4) + 4, 0);
}

/** The configured client, or UNAVAILABLE with the feature's "AI is off" message. */
export function requireAiClient(feature: AiFeature): OpenAiClient {
  const client = isAiConfigured() ? getOpenAiClient() : null;
  if (!client) throw new AppError("UNAVAILABLE", AI_OFF_MESSAGES[feature], { aiOff: true });
  return client;
}

/** Reserves the call's tokens or refuses: over budget → 429, store unavailable → 503 (fail closed). */
export async function reserveAiBudget(plan: AiCallPlan): Promise<{ store: TokenBudgetStore; reservation: BudgetReservation }> {
  const store = plan.budgetStore ?? getConfiguredBudgetStore();
  const limit = dailyTokenLimit(plan.caller);
  let result;
  try {
    result = await store.reserve({ userId: plan.caller.id, day: utcDay(plan.now ?? new Date()) }, plan.reserveTokens, limit);
  } catch (error) {
    if (!(error instanceof BudgetUnavailableError)) throw error;
    logger.error({ err: error, feature: plan.feature }, "AI budget store unavailable; refusing the AI call");
    throw new AppError("UNAVAILABLE", "AI features are paused because usage limits cannot be checked right now. Everything else works; try again in a few minutes.");
  }
  if (!result.ok) {
    const left = Math.max(0, result.limit - result.used);
    throw new AppError(
      "RATE_LIMITED",
      `You have used today's AI allowance (${left.toLocaleString("en")} of ${result.limit.toLocaleString("en")} tokens left; this needs about ${result.requested.toLocaleString("en")}). It resets at midnight UTC.`,
      { budget: true },
    );
  }
  return { store, reservation: result.reservation };
}

/** Settles the reservation with what was used and records the call; never throws (the answer matters more than the ledger). */
export async function settleAiCall(
  plan: AiCallPlan,
  held: { store: TokenBudgetStore; reservation: BudgetReservation },
  outcome: "ok" | "invalid_output" | "failed",
  usage: TokenUsage,
  durationMs: number,
): Promise<void> {
  const tokens = usage.inputTokens + usage.outputTokens;
  const results = await Promise.allSettled([
    held.store.settle(held.reservation, tokens),
    insertAiUsage({
      userId: plan.caller === SYSTEM_AI_CALLER ? null : plan.caller.id,
      feature: plan.feature,
      model: plan.model,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      costMicros: estimateCostMicros(usage.inputTokens, usage.outputTokens),
      outcome,
      durationMs: Math.round(durationMs),
      requestId: currentRequestId() ?? null,
    }),
  ]);
  for (const result of results) {
    if (result.status === "rejected") logger.error({ err: result.reason, feature: plan.feature }, "could not settle or record an AI call");
  }
}

/** The message a person sees for a failed call; the kind decides the status. */
export function aiFailureToAppError(error: AiCallError, feature: AiFeature): AppError {
  switch (error.kind) {
    case "not_configured":
      return new AppError("UNAVAILABLE", AI_OFF_MESSAGES[feature], { aiOff: true });
    case "rate_limited":
      return new AppError("RATE_LIMITED", "The AI provider is busy right now. Nothing was lost; try again in a minute.");
    case "timeout":
      return new AppError("UNAVAILABLE", "The AI provider did not answer in time. Nothing was lost; try again in a minute.");
    case "invalid_output":
      return new AppError("UNAVAILABLE", "The AI's answer could not be used (it did not have the expected form), so nothing was saved. Try again.");
    case "refused":
      return new AppError("UNAVAILABLE", "The AI declined this request, so nothing was saved.");
    default:
      return new AppError("UNAVAILABLE", "The AI provider is unavailable right now. Nothing was lost; try again later.");
  }
}

/**
 * One budgeted model call: reserve the tokens (or refuse), call, settle with the real usage and
 * record it. Provider failures become AppErrors with a clear message; an invalid answer is
 * recorded as such and never returned.
 */
export async function runAiCall<T>(plan: AiCallPlan, call: (client: OpenAiClient) => Promise<{ value: T; usage: TokenUsage }>): Promise<T> {
  const client = requireAiClient(plan.feature);
  const held = await reserveAiBudget(plan);
  const started = performance.now();
  try {
    const { value, usage } = await call(client);
    await settleAiCall(plan, held, "ok", usage, performance.now() - started);
    return value;
  } catch (error) {
    const failure = error instanceof AiCallError ? error : null;
    const outcome = failure?.kind === "invalid_output" || failure?.kind === "refused" ? "invalid_output" : "failed";
    await settleAiCall(plan, held, outcome, failure?.usage ?? { inputTokens: 0, outputTokens: 0 }, performance.now() - started);
    if (!failure) throw error;
    logger.warn({ err: failure, feature: plan.feature, kind: failure.kind }, "AI call failed");
    throw aiFailureToAppError(failure, plan.feature);
  }
}

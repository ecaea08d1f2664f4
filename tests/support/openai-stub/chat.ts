import type { ServerResponse } from "node:http";
import { findInjection, obeyedReply } from "./adversarial";
import { allText, type ChatContext } from "./chat-context";
import { sendJson } from "./http";
import { flawedDrafts, INVALID_JSON_CONTENT, outOfRange, WRONG_SHAPE_CONTENT } from "./misbehaviour";
import { extractDraftRequest } from "./prompt";
import { structuredReply, tutorReply } from "./responders";
import type { Behavior } from "./scenario";
import { fitToSchema } from "./schema-instance";
import { completionChunks, writeSse, type CompletionMeta, type Usage } from "./sse";
import { estimateTokens } from "./text";

/** The assistant message content for a chat request, after any scripted behaviour. */
export function chatReplyContent(ctx: ChatContext, behavior: Behavior | null, adversarialMode: boolean): string {
  switch (behavior?.kind) {
    case "reply":
      return behavior.content;
    case "invalid-json":
      return INVALID_JSON_CONTENT;
    case "wrong-shape":
      return WRONG_SHAPE_CONTENT;
    case "flawed-drafts":
      return JSON.stringify({ drafts: flawedDrafts(ctx.passages, extractDraftRequest(allText(ctx))) });
  }
  const obeying = adversarialMode || behavior?.kind === "obey-injection";
  const injection = obeying ? findInjection(ctx) : null;
  const obeyed = injection === null ? null : obeyedReply(ctx, injection);
  if (obeyed !== null && "text" in obeyed) return obeyed.text;
  if (ctx.format === "text") return tutorReply(ctx);
  const value = obeyed !== null ? fitToSchema(obeyed.value, ctx.schema) : ctx.format === "json_object" ? {} : structuredReply(ctx);
  return JSON.stringify(behavior?.kind === "out-of-range" ? outOfRange(value) : value);
}

export function usageFor(ctx: ChatContext, content: string): Usage {
  const promptChars = ctx.messages.reduce((sum, message) => sum + message.text.length, 0);
  const prompt = Math.ceil(promptChars / 4);
  const completion = estimateTokens(content);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

/** Answers as a `chat.completion` object, or as SSE chunks when the request asked to stream. */
export function sendChatCompletion(res: ServerResponse, ctx: ChatContext, fullContent: string, meta: CompletionMeta): void {
  // Like a real provider, stop at the output limit (~4 characters a token) and say so.
  const limit = ctx.maxOutputTokens === null ? null : ctx.maxOutputTokens * 4;
  const truncated = limit !== null && fullContent.length > limit;
  const content = truncated ? fullContent.slice(0, limit) : fullContent;
  const finishReason = truncated ? "length" : "stop";
  const usage = usageFor(ctx, content);
  if (ctx.stream) {
    writeSse(res, completionChunks(meta, content, usage, ctx.includeUsage, finishReason));
    return;
  }
  sendJson(res, 200, {
    id: meta.id,
    object: "chat.completion",
    created: meta.created,
    model: meta.model,
    system_fingerprint: "stub",
    choices: [{ index: 0, message: { role: "assistant", content, refusal: null, annotations: [] }, logprobs: null, finish_reason: finishReason }],
    usage,
  });
}

import { extractPassages, type Passage } from "./prompt";

export interface ChatMessageView {
  role: string;
  /** The text parts joined with newlines. */
  text: string;
  /** image_url part URLs (usually data: URLs), in order. */
  imageUrls: string[];
}

/** A chat completion request, digested once for the responders. */
export interface ChatContext {
  model: string;
  messages: ChatMessageView[];
  format: "text" | "json_schema" | "json_object";
  schemaName: string | null;
  schema: unknown;
  stream: boolean;
  includeUsage: boolean;
  /** max_completion_tokens (or the older max_tokens); a real provider stops there. */
  maxOutputTokens: number | null;
  passages: Passage[];
  socratic: boolean;
}

export class ChatRequestError extends Error {}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function viewMessage(raw: unknown): ChatMessageView {
  const message = asRecord(raw);
  if (!message || typeof message.role !== "string") throw new ChatRequestError("each message needs a role");
  const { content } = message;
  if (typeof content === "string") return { role: message.role, text: content, imageUrls: [] };
  const texts: string[] = [];
  const imageUrls: string[] = [];
  for (const part of Array.isArray(content) ? content : []) {
    const record = asRecord(part);
    if (record?.type === "text" && typeof record.text === "string") texts.push(record.text);
    const imageUrl = asRecord(record?.image_url)?.url;
    if (record?.type === "image_url" && typeof imageUrl === "string") imageUrls.push(imageUrl);
  }
  return { role: message.role, text: texts.join("\n"), imageUrls };
}

function isSystem(message: ChatMessageView): boolean {
  return message.role === "system" || message.role === "developer";
}

export function buildChatContext(body: unknown): ChatContext {
  const record = asRecord(body);
  if (!record || typeof record.model !== "string") throw new ChatRequestError("'model' is required");
  if (!Array.isArray(record.messages) || record.messages.length === 0) throw new ChatRequestError("'messages' must be a non-empty array");
  const messages = record.messages.map(viewMessage);
  const responseFormat = asRecord(record.response_format);
  const jsonSchema = asRecord(responseFormat?.json_schema);
  const format = responseFormat?.type === "json_schema" ? "json_schema" : responseFormat?.type === "json_object" ? "json_object" : "text";
  return {
    model: record.model,
    messages,
    format,
    schemaName: format === "json_schema" && typeof jsonSchema?.name === "string" ? jsonSchema.name : null,
    schema: format === "json_schema" ? jsonSchema?.schema : { type: "object" },
    stream: record.stream === true,
    includeUsage: asRecord(record.stream_options)?.include_usage === true,
    maxOutputTokens: typeof record.max_completion_tokens === "number" ? record.max_completion_tokens : typeof record.max_tokens === "number" ? record.max_tokens : null,
    passages: extractPassages(messages.map((message) => message.text).join("\n")),
    socratic: messages.some((message) => isSystem(message) && /\bsocratic\b/i.test(message.text)),
  };
}

export function allText(ctx: ChatContext): string {
  return ctx.messages.map((message) => message.text).join("\n");
}

export function lastUserText(ctx: ChatContext): string {
  return ctx.messages.findLast((message) => message.role === "user")?.text ?? "";
}

export function systemTexts(ctx: ChatContext): string[] {
  return ctx.messages.filter(isSystem).map((message) => message.text);
}

export function firstImageUrl(ctx: ChatContext): string | null {
  return ctx.messages.flatMap((message) => message.imageUrls)[0] ?? null;
}

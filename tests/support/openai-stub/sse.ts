import type { ServerResponse } from "node:http";

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface CompletionMeta {
  id: string;
  created: number;
  model: string;
}

/** Splits text into up to `pieces` parts at word boundaries; joined, they give the text back. */
export function splitIntoPieces(text: string, pieces = 4): string[] {
  const tokens = text.match(/\S+\s*|\s+/g) ?? [];
  if (tokens.length === 0) return [text];
  const size = Math.ceil(tokens.length / pieces);
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i += size) parts.push(tokens.slice(i, i + size).join(""));
  return parts;
}

/** The `chat.completion.chunk` sequence for a reply: role, content pieces, finish, then (optionally) usage. */
export function completionChunks(meta: CompletionMeta, content: string, usage: Usage, includeUsage: boolean, finishReason: "stop" | "length" = "stop"): unknown[] {
  const base = { id: meta.id, object: "chat.completion.chunk", created: meta.created, model: meta.model, system_fingerprint: "stub" };
  const extra = includeUsage ? { usage: null } : {};
  const choice = (delta: Record<string, string>, finishReason: string | null) => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...extra,
  });
  const chunks: unknown[] = [
    choice({ role: "assistant", content: "" }, null),
    ...splitIntoPieces(content).map((piece) => choice({ content: piece }, null)),
    choice({}, finishReason),
  ];
  if (includeUsage) chunks.push({ ...base, choices: [], usage });
  return chunks;
}

/** Writes server-sent events `data: {chunk}` … `data: [DONE]` and ends the response. */
export function writeSse(res: ServerResponse, chunks: readonly unknown[]): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  for (const chunk of chunks) res.write(`data: ${JSON.stringify(chunk)}\n\n`);
  res.end("data: [DONE]\n\n");
}

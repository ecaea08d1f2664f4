import type { ServerResponse } from "node:http";
import { buildChatContext, ChatRequestError } from "./chat-context";
import { chatReplyContent, sendChatCompletion } from "./chat";
import { EmbeddingRequestError, embeddingsResponse } from "./embeddings";
import { sendJson, sendOpenAiError } from "./http";
import { INVALID_JSON_CONTENT } from "./misbehaviour";
import type { ParsedBody, RecordedRequest } from "./recorded-request";
import type { Behavior } from "./scenario";
import { transcribe, TranscriptionRequestError } from "./transcription";

export interface RouteContext {
  res: ServerResponse;
  body: ParsedBody;
  behavior: Behavior | null;
  adversarial: boolean;
  requests: readonly RecordedRequest[];
  nextId(): number;
}

type Route = (ctx: RouteContext, param?: string) => void;

function modelsSeen(requests: readonly RecordedRequest[]): string[] {
  const models = requests.map((request) => {
    const body = request.body as { model?: unknown; fields?: { model?: unknown } } | null;
    return typeof body?.model === "string" ? body.model : body?.fields?.model;
  });
  return [...new Set(models.filter((model): model is string => typeof model === "string"))];
}

function modelObject(id: string) {
  return { id, object: "model", created: 0, owned_by: "openai-stub" };
}

const chatCompletions: Route = ({ res, body, behavior, adversarial, nextId }) => {
  const ctx = buildChatContext(body.json);
  const content = chatReplyContent(ctx, behavior, adversarial);
  sendChatCompletion(res, ctx, content, { id: `chatcmpl-stub-${nextId()}`, created: Math.floor(Date.now() / 1000), model: ctx.model });
};

const embeddings: Route = ({ res, body }) => sendJson(res, 200, embeddingsResponse(body.json));

const transcriptions: Route = ({ res, body, behavior }) => {
  if (!body.form) throw new TranscriptionRequestError("expected a multipart/form-data upload");
  const result = transcribe(body.form, behavior?.kind === "reply" ? behavior.content : undefined);
  if (result.kind === "json") return sendJson(res, 200, result.body);
  res.writeHead(200, { "content-type": result.contentType });
  res.end(result.body);
};

const listModels: Route = ({ res, requests }) => sendJson(res, 200, { object: "list", data: modelsSeen(requests).map(modelObject) });

const retrieveModel: Route = ({ res, requests }, id = "") =>
  modelsSeen(requests).includes(id) ? sendJson(res, 200, modelObject(id)) : sendOpenAiError(res, 404, `The model '${id}' does not exist`);

/** The /v1 route for a request, with its path parameter, or null (404). */
export function findRoute(method: string, path: string): { route: Route; param?: string; chat: boolean } | null {
  if (method === "POST" && path === "/v1/chat/completions") return { route: chatCompletions, chat: true };
  if (method === "POST" && path === "/v1/embeddings") return { route: embeddings, chat: false };
  if (method === "POST" && path === "/v1/audio/transcriptions") return { route: transcriptions, chat: false };
  if (method === "GET" && path === "/v1/models") return { route: listModels, chat: false };
  const model = /^\/v1\/models\/([^/]+)$/.exec(path)?.[1];
  if (method === "GET" && model !== undefined) return { route: retrieveModel, param: decodeURIComponent(model), chat: false };
  return null;
}

/** Runs the route; request-shape problems become OpenAI-style 400s. */
export function runRoute(found: { route: Route; param?: string; chat: boolean }, ctx: RouteContext): void {
  // Chat requests put the broken JSON in the message; other endpoints send a broken body.
  if (ctx.behavior?.kind === "invalid-json" && !found.chat) {
    ctx.res.writeHead(200, { "content-type": "application/json" });
    ctx.res.end(INVALID_JSON_CONTENT);
    return;
  }
  try {
    found.route(ctx, found.param);
  } catch (error) {
    if (error instanceof ChatRequestError || error instanceof EmbeddingRequestError || error instanceof TranscriptionRequestError) {
      sendOpenAiError(ctx.res, 400, error.message);
      return;
    }
    throw error;
  }
}

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRedisConnection, type RedisConnection } from "./redis-connection";
import { RespError, type RespReply } from "./resp";
import { toUpstashEntry, toUpstashResult, type Json } from "./upstash-encoding";
import { BadRequestError, parseCommand, parseCommandList, parseJson, readBody } from "./upstash-request";
import { createScriptRewriter, type RewrittenCommand, type ScriptRewriter } from "./upstash-scripts";

export interface UpstashFrontOptions {
  redisPort: number;
  token: string;
}

export interface UpstashFrontHandle {
  /** http://127.0.0.1:PORT — use as UPSTASH_REDIS_REST_URL */
  url: string;
  stop(): Promise<void>;
}

interface RouteResult {
  status: number;
  body: Json;
}

function sendJson(res: ServerResponse, status: number, body: Json): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function applyOverride(reply: RespReply, command: RewrittenCommand): RespReply {
  return command.replyOverride !== undefined && !(reply instanceof RespError) ? command.replyOverride : reply;
}

async function runSingle(redis: RedisConnection, scripts: ScriptRewriter, body: unknown, base64: boolean): Promise<RouteResult> {
  const command = scripts.rewrite(parseCommand(body));
  const [reply = null] = await redis.send([command.args]);
  if (reply instanceof RespError) return { status: 400, body: { error: reply.message } };
  return { status: 200, body: { result: toUpstashResult(applyOverride(reply, command), base64) } };
}

async function runPipeline(redis: RedisConnection, scripts: ScriptRewriter, body: unknown, base64: boolean): Promise<RouteResult> {
  const commands = parseCommandList(body).map((args) => scripts.rewrite(args));
  const replies = await redis.send(commands.map((command) => command.args));
  const entries = replies.map((reply, i) => toUpstashEntry(applyOverride(reply, commands[i] ?? { args: [] }), base64));
  return { status: 200, body: entries };
}

async function runMultiExec(redis: RedisConnection, scripts: ScriptRewriter, body: unknown, base64: boolean): Promise<RouteResult> {
  const commands = parseCommandList(body).map((args) => scripts.rewrite(args));
  const replies = await redis.send([["MULTI"], ...commands.map((command) => command.args), ["EXEC"]]);
  const execReply = replies.at(-1);
  if (!Array.isArray(execReply)) {
    const queueError = replies.slice(1, -1).find((reply) => reply instanceof RespError);
    const reason = queueError ?? execReply;
    const message = reason instanceof RespError ? reason.message : "transaction aborted";
    return { status: 400, body: { error: message } };
  }
  const entries = execReply.map((reply, i) => toUpstashEntry(applyOverride(reply, commands[i] ?? { args: [] }), base64));
  return { status: 200, body: entries };
}

const ROUTES = { "/": runSingle, "/pipeline": runPipeline, "/multi-exec": runMultiExec } as const;

function isRoute(path: string): path is keyof typeof ROUTES {
  return Object.hasOwn(ROUTES, path);
}

/** An HTTP server speaking enough of Upstash's REST protocol, relaying to a real redis-server. */
export async function startUpstashFront({ redisPort, token }: UpstashFrontOptions): Promise<UpstashFrontHandle> {
  const redis = createRedisConnection(redisPort);
  const scripts = createScriptRewriter();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers.authorization !== `Bearer ${token}`) {
      sendJson(res, 401, { error: "Unauthorized" });
      return;
    }
    const path = new URL(req.url ?? "/", "http://front").pathname;
    if (req.method !== "POST") return sendJson(res, 405, { error: "only POST is supported" });
    if (!isRoute(path)) return sendJson(res, 404, { error: `unknown path ${path}` });
    const base64 = req.headers["upstash-encoding"] === "base64";
    try {
      const body = parseJson(await readBody(req));
      const result = await ROUTES[path](redis, scripts, body, base64);
      sendJson(res, result.status, result.body);
    } catch (error) {
      const status = error instanceof BadRequestError ? 400 : 500;
      sendJson(res, status, { error: error instanceof Error ? error.message : String(error) });
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error("upstash front: failed to answer a request", error);
      res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("upstash front: no TCP address");
  const { port } = address;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      server.closeAllConnections();
      redis.close();
      await closed;
    },
  };
}

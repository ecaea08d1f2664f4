import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { handleControl, type StubControls } from "./control";
import { readBody, sendOpenAiError } from "./http";
import { parseRequestBody, type RecordedRequest } from "./recorded-request";
import { findRoute, runRoute } from "./routes";
import { createScenarioBook, type Behavior, type ScenarioInput } from "./scenario";

export interface OpenAiStubHandle {
  /** "http://127.0.0.1:PORT/v1" — the SDK's baseURL. */
  url: string;
  port: number;
  /** Every /v1 (and other non-control) request received, in order. */
  requests(): RecordedRequest[];
  clearRequests(): void;
  /** Appends rules / sets the adversarial flag; same as POST /__stub/scenario. */
  setScenario(scenario: ScenarioInput): void;
  /** Clears rules, the adversarial flag and the recorded requests. */
  reset(): void;
  stop(): Promise<void>;
}

function schemaNameOf(json: unknown): string | null {
  const name = (json as { response_format?: { json_schema?: { name?: unknown } } } | null)?.response_format?.json_schema?.name;
  return typeof name === "string" ? name : null;
}

/** An OpenAI-compatible HTTP server on 127.0.0.1 that the real SDK can talk to in tests. */
export async function startOpenAiStub(options: { port?: number } = {}): Promise<OpenAiStubHandle> {
  const scenario = createScenarioBook();
  let recorded: RecordedRequest[] = [];
  let completions = 0;
  const pendingDelays = new Set<() => void>();

  const controls: StubControls = {
    scenario,
    requests: () => [...recorded],
    clearRequests: () => {
      recorded = [];
    },
    reset: () => {
      scenario.reset();
      recorded = [];
    },
  };

  /** Resolves true after `ms`, or false as soon as the client goes away or the stub stops. */
  const delay = (ms: number, res: ServerResponse) =>
    new Promise<boolean>((resolve) => {
      const finish = (waited: boolean) => {
        clearTimeout(timer);
        pendingDelays.delete(cancel);
        res.off("close", cancel);
        resolve(waited);
      };
      const cancel = () => finish(false);
      const timer = setTimeout(() => finish(true), ms);
      pendingDelays.add(cancel);
      res.on("close", cancel);
    });

  const applyBehavior = async (behavior: Behavior | null, res: ServerResponse): Promise<boolean> => {
    if (behavior?.kind === "status") {
      const retryAfter = behavior.retryAfterSeconds ?? (behavior.status === 429 ? 1 : undefined);
      const headers: Record<string, string> = retryAfter === undefined ? {} : { "retry-after": String(retryAfter) };
      sendOpenAiError(res, behavior.status, `stub scenario: status ${behavior.status}`, headers);
      return false;
    }
    // A hung request stays open until the client gives up or stop() closes every connection.
    if (behavior?.kind === "hang") return false;
    if (behavior?.kind === "delay") return delay(behavior.ms, res);
    return true;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? "GET";
    const path = new URL(req.url ?? "/", "http://stub").pathname;
    const raw = await readBody(req);
    if (path.startsWith("/__stub/")) return handleControl(res, method, path, raw, controls);

    const body = parseRequestBody(req.headers["content-type"], raw);
    const authorization = req.headers.authorization ?? null;
    recorded.push({ method, path, body: body.recorded, authorization, at: Date.now() });
    if (!/^Bearer\s+\S/.test(authorization ?? "")) return sendOpenAiError(res, 401, "Incorrect API key provided: the stub needs 'Authorization: Bearer <key>'.");
    const found = findRoute(method, path);
    if (!found) return sendOpenAiError(res, 404, `Invalid URL (${method} ${path})`);
    if (body.error !== null) return sendOpenAiError(res, 400, body.error);

    const behavior = scenario.take({ path, schemaName: schemaNameOf(body.json), bodyText: body.text });
    if (!(await applyBehavior(behavior, res))) return;
    runRoute(found, { res, body, behavior, adversarial: scenario.adversarial, requests: recorded, nextId: () => ++completions });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error("openai stub: request failed", error);
      if (!res.headersSent) sendOpenAiError(res, 500, `stub failure: ${String(error)}`);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("openai stub: server has no TCP address");

  return {
    url: `http://127.0.0.1:${address.port}/v1`,
    port: address.port,
    requests: controls.requests,
    clearRequests: controls.clearRequests,
    setScenario: (input) => scenario.add(input),
    reset: controls.reset,
    stop: async () => {
      for (const cancel of [...pendingDelays]) cancel();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

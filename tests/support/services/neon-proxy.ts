import { createServer } from "node:http";
import { createConnection } from "node:net";
import type { NeonConfig } from "@neondatabase/serverless";
import ws, { WebSocketServer, type RawData } from "ws";

export interface NeonProxyHandle {
  port: number;
  stop(): Promise<void>;
}

export type LocalNeonConfig = Pick<
  NeonConfig,
  "webSocketConstructor" | "wsProxy" | "useSecureWebSocket" | "pipelineTLS" | "pipelineConnect" | "coalesceWrites"
>;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);

/** Settings that route @neondatabase/serverless through the local proxy; apply to `neonConfig`. */
export function neonConfigForLocalProxy(port: number): LocalNeonConfig {
  return {
    webSocketConstructor: ws,
    wsProxy: (host, pgPort) => `127.0.0.1:${port}/v2?address=${host}:${pgPort}`,
    useSecureWebSocket: false,
    pipelineTLS: false,
    pipelineConnect: false,
    coalesceWrites: false,
  };
}

function parseTarget(requestUrl: string | undefined): { host: string; port: number } | undefined {
  const url = new URL(requestUrl ?? "/", "http://proxy");
  const match = /^(.+):(\d+)$/.exec(url.searchParams.get("address") ?? "");
  if (url.pathname !== "/v2" || !match?.[1] || !match[2]) return undefined;
  const host = match[1].replace(/^\[(.*)\]$/, "$1");
  return LOOPBACK_HOSTS.has(host) ? { host, port: Number(match[2]) } : undefined;
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

/** WebSocket → TCP proxy (Neon's wsproxy protocol) for loopback PostgreSQL servers. */
export async function startNeonWsProxy(): Promise<NeonProxyHandle> {
  const server = createServer((_req, res) => {
    res.writeHead(426, { "content-type": "text/plain" }).end("WebSocket upgrade required\n");
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on("upgrade", (req, socket, head) => {
    const target = parseTarget(req.url);
    if (!target) {
      socket.end("HTTP/1.1 400 Bad Request\r\n\r\n");
      return;
    }
    wss.handleUpgrade(req, socket, head, (client) => {
      const tcp = createConnection(target);
      tcp.setNoDelay(true);
      client.on("message", (data) => tcp.write(toBuffer(data)));
      client.on("close", () => tcp.end());
      client.on("error", (error) => {
        console.error("neon proxy: websocket error", error);
        tcp.destroy();
      });
      tcp.on("data", (chunk) => client.send(chunk, { binary: true }));
      tcp.on("close", () => client.close());
      tcp.on("error", (error) => {
        console.error(`neon proxy: tcp ${target.host}:${target.port} error`, error);
        client.terminate();
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("neon proxy: no TCP address");
  return {
    port: address.port,
    stop: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      server.closeAllConnections();
      await closed;
    },
  };
}

import type { IncomingMessage } from "node:http";

const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Commands that change connection state or block; the front shares one Redis
 * connection between requests, so it refuses them instead of corrupting it.
 */
const REFUSED_COMMANDS = new Set([
  "subscribe", "psubscribe", "ssubscribe", "monitor", "select", "multi", "exec", "discard",
  "watch", "unwatch", "quit", "reset", "hello", "client", "blpop", "brpop", "blmove", "brpoplpush",
  "bzpopmin", "bzpopmax", "blmpop", "bzmpop", "wait",
]);

export class BadRequestError extends Error {
  override name = "BadRequestError";
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BadRequestError(`body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function toArgument(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new BadRequestError(`command arguments must be strings or numbers, got ${JSON.stringify(value)}`);
}

/** Validates one command: a non-empty JSON array of scalars. */
export function parseCommand(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new BadRequestError("a command must be a non-empty JSON array, e.g. [\"GET\",\"key\"]");
  }
  const args = value.map(toArgument);
  const name = args[0]?.toLowerCase() ?? "";
  if (REFUSED_COMMANDS.has(name)) throw new BadRequestError(`ERR command '${name}' is not supported by this test front`);
  return args;
}

export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new BadRequestError(`body is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function parseCommandList(value: unknown): string[][] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new BadRequestError("a pipeline must be a non-empty JSON array of commands");
  }
  return value.map(parseCommand);
}

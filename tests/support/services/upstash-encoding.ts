import { RespError, type RespReply } from "./resp";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Turns a Redis reply into Upstash REST JSON. With `Upstash-Encoding: base64`
 * (the @upstash/redis default) every string is base64, nested ones included;
 * hashes stay flat [field, value, ...] arrays, as Redis sends them.
 */
export function toUpstashResult(reply: RespReply, base64: boolean): Json {
  if (reply === null || typeof reply === "number") return reply;
  if (reply instanceof RespError) return reply.message;
  if (Array.isArray(reply)) return reply.map((item) => toUpstashResult(item, base64));
  const bytes = typeof reply === "string" ? Buffer.from(reply, "utf8") : reply;
  return base64 ? bytes.toString("base64") : bytes.toString("utf8");
}

/** One pipeline/transaction entry: `{ result }` or `{ error }`. */
export function toUpstashEntry(reply: RespReply, base64: boolean): { result: Json } | { error: string } {
  return reply instanceof RespError ? { error: reply.message } : { result: toUpstashResult(reply, base64) };
}

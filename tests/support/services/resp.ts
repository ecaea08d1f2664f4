/** Minimal RESP2 encoder/decoder: enough to relay commands to redis-server. */

export class RespError extends Error {
  override name = "RespError";
}

/** Bulk strings stay Buffers (binary-safe); simple strings are strings. */
export type RespReply = string | Buffer | number | null | RespError | RespReply[];

export function encodeCommand(args: readonly string[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const bytes = Buffer.from(arg, "utf8");
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from("\r\n"));
  }
  return Buffer.concat(parts);
}

export interface ParsedReply {
  value: RespReply;
  next: number;
}

/** Parses one reply at `offset`; returns undefined when `buf` holds only part of it. */
export function parseReply(buf: Buffer, offset: number): ParsedReply | undefined {
  const lineEnd = buf.indexOf("\r\n", offset);
  if (lineEnd === -1) return undefined;
  const type = String.fromCharCode(buf[offset] ?? 0);
  const line = buf.toString("utf8", offset + 1, lineEnd);
  const afterLine = lineEnd + 2;
  switch (type) {
    case "+":
      return { value: line, next: afterLine };
    case "-":
      return { value: new RespError(line), next: afterLine };
    case ":":
      return { value: Number(line), next: afterLine };
    case "$": {
      const length = Number(line);
      if (length < 0) return { value: null, next: afterLine };
      if (buf.length < afterLine + length + 2) return undefined;
      return { value: buf.subarray(afterLine, afterLine + length), next: afterLine + length + 2 };
    }
    case "*": {
      const count = Number(line);
      if (count < 0) return { value: null, next: afterLine };
      const items: RespReply[] = [];
      let next = afterLine;
      for (let i = 0; i < count; i += 1) {
        const item = parseReply(buf, next);
        if (!item) return undefined;
        items.push(item.value);
        next = item.next;
      }
      return { value: items, next };
    }
    default:
      throw new Error(`RESP: unexpected reply type byte ${JSON.stringify(type)}`);
  }
}

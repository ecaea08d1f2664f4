import { createConnection, type Socket } from "node:net";
import { encodeCommand, parseReply, type RespReply } from "./resp";

interface Pending {
  resolve(reply: RespReply): void;
  reject(error: Error): void;
}

export interface RedisConnection {
  /** Writes all commands in one write (so batches never interleave); replies in order. */
  send(commands: readonly (readonly string[])[]): Promise<RespReply[]>;
  close(): void;
}

/** One lazily (re)connected RESP connection with pipelined requests. */
export function createRedisConnection(port: number, host = "127.0.0.1"): RedisConnection {
  let socket: Socket | undefined;
  let buffer: Buffer = Buffer.alloc(0);
  const pending: Pending[] = [];

  const failAll = (error: Error) => {
    for (const waiter of pending.splice(0)) waiter.reject(error);
  };

  const onData = (chunk: Buffer) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    let offset = 0;
    for (;;) {
      const parsed = parseReply(buffer, offset);
      if (!parsed) break;
      offset = parsed.next;
      const waiter = pending.shift();
      if (!waiter) throw new Error("redis sent a reply nobody asked for");
      waiter.resolve(parsed.value);
    }
    buffer = buffer.subarray(offset);
  };

  const connect = (): Socket => {
    const next = createConnection({ port, host });
    next.setNoDelay(true);
    next.on("data", (chunk: Buffer) => {
      try {
        onData(chunk);
      } catch (error) {
        next.destroy(error instanceof Error ? error : new Error(String(error)));
      }
    });
    next.on("error", (error) => {
      if (socket === next) socket = undefined;
      failAll(new Error(`redis ${host}:${port}: ${error.message}`, { cause: error }));
    });
    next.on("close", () => {
      if (socket === next) socket = undefined;
      buffer = Buffer.alloc(0);
      failAll(new Error(`redis ${host}:${port}: connection closed`));
    });
    return next;
  };

  return {
    send(commands) {
      socket ??= connect();
      const replies = commands.map(
        () => new Promise<RespReply>((resolve, reject) => pending.push({ resolve, reject })),
      );
      socket.write(Buffer.concat(commands.map(encodeCommand)));
      return Promise.all(replies);
    },
    close() {
      socket?.destroy();
      socket = undefined;
    },
  };
}

import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { requestIdMixin } from "./logger";
import { currentRequestId, runWithRequestId } from "./request-context";

describe("request context", () => {
  it("carries the request id through awaits and only inside the run", async () => {
    expect(currentRequestId()).toBeUndefined();
    const seen = await runWithRequestId("req-123", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentRequestId();
    });
    expect(seen).toBe("req-123");
    expect(currentRequestId()).toBeUndefined();
  });

  it("adds the request id to every log line through the logger's mixin", () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const log = pino({ mixin: requestIdMixin }, sink);
    runWithRequestId("req-9", () => log.info("inside"));
    log.info("outside");
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: "inside", requestId: "req-9" });
    expect(JSON.parse(lines[1]!).requestId).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { readSseEvents, sseResponse } from "./sse";

async function* events() {
  yield { type: "meta", id: 1 };
  yield { type: "delta", text: "Grüße [1]\nzwei" };
  yield { type: "done" };
}

describe("server-sent events", () => {
  it("streams JSON events that the reader parses back in order", async () => {
    const response = sseResponse(events());
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const received = [];
    for await (const event of readSseEvents<{ type: string }>(response.body!)) received.push(event);
    expect(received).toEqual([{ type: "meta", id: 1 }, { type: "delta", text: "Grüße [1]\nzwei" }, { type: "done" }]);
  });

  it("reassembles an event split across chunks", async () => {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('event: delta\ndata: {"type":"del'));
        controller.enqueue(encoder.encode('ta","text":"hi"}\n\n'));
        controller.close();
      },
    });
    const received = [];
    for await (const event of readSseEvents(body)) received.push(event);
    expect(received).toEqual([{ type: "delta", text: "hi" }]);
  });
});

import { describe, expect, it } from "vitest";
import { readBodyBytes, readJsonBody } from "./json-body";

function streamed(chunks: number, chunkBytes: number): { request: Request; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes).fill(120));
    },
  });
  return { request: new Request("http://test/", { method: "POST", body, duplex: "half" } as RequestInit), pulled: () => pulled };
}

describe("readBodyBytes", () => {
  it("reads a body within the limit", async () => {
    const { request } = streamed(3, 1_000);
    expect((await readBodyBytes(request, 5_000)).byteLength).toBe(3_000);
  });

  it("stops reading a streamed body as soon as it passes the limit", async () => {
    const { request, pulled } = streamed(1_000, 1_024);
    await expect(readBodyBytes(request, 10 * 1_024)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413 });
    expect(pulled()).toBeLessThan(15);
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const request = new Request("http://test/", { method: "POST", body: "{}", headers: { "content-length": "9999999" } });
    await expect(readBodyBytes(request, 1_000)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: "The request is 9,999,999 bytes; the limit is 1,000." });
  });
});

describe("readJsonBody", () => {
  it("parses JSON and refuses what is not JSON", async () => {
    expect(await readJsonBody(new Request("http://test/", { method: "POST", body: '{"a":1}' }), 100)).toEqual({ a: 1 });
    await expect(readJsonBody(new Request("http://test/", { method: "POST", body: "{" }), 100)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

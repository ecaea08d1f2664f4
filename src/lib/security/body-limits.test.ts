import { describe, expect, it } from "vitest";
import { MAX_AUDIO_BYTES, MAX_IMAGE_BYTES } from "@/features/ai/lib/file-type";
import { PROXY_CLIENT_MAX_BODY_BYTES, SERVER_ACTION_BODY_LIMIT, SERVER_ACTION_BODY_LIMIT_BYTES, declaredLength } from "./body-limits";

describe("body limits", () => {
  it("lets the proxy pass on more than any route accepts, so a streamed upload is refused by its route with 413", () => {
    const largestUpload = Math.max(MAX_AUDIO_BYTES, MAX_IMAGE_BYTES) + 64 * 1024;
    expect(PROXY_CLIENT_MAX_BODY_BYTES).toBeGreaterThan(largestUpload);
    expect(PROXY_CLIENT_MAX_BODY_BYTES).toBeGreaterThan(SERVER_ACTION_BODY_LIMIT_BYTES);
  });

  it("states the server-action limit the same way for Next.js and the proxy", () => {
    expect(SERVER_ACTION_BODY_LIMIT).toBe(`${SERVER_ACTION_BODY_LIMIT_BYTES / 1024 / 1024}mb`);
  });

  it("reads a declared Content-Length, and nothing else as one", () => {
    expect(declaredLength(new Headers({ "content-length": "1234" }))).toBe(1234);
    for (const value of ["", "-1", "12abc", "1e9"]) expect(declaredLength(new Headers({ "content-length": value }))).toBeNull();
    expect(declaredLength(new Headers())).toBeNull();
  });
});

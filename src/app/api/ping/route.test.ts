import { describe, expect, it } from "vitest";
import { GET, dynamic } from "./route";

describe("GET /api/ping", () => {
  it("answers ok as uncached plain text", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("ok");
  });

  it("is rendered per request, never prerendered at build", () => {
    expect(dynamic).toBe("force-dynamic");
  });
});

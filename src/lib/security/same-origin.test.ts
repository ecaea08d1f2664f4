import { describe, expect, it } from "vitest";
import { checkSameOrigin, isSafeMethod } from "./same-origin";

const verdict = (headers: Record<string, string>) => checkSameOrigin(new Headers(headers));

describe("checkSameOrigin", () => {
  it("accepts an Origin naming the host the request was sent to", () => {
    expect(verdict({ host: "learnforge.app", origin: "https://learnforge.app" })).toEqual({ ok: true });
    expect(verdict({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" })).toEqual({ ok: true });
  });

  it("accepts the forwarded host behind a proxy", () => {
    expect(verdict({ host: "internal:3000", "x-forwarded-host": "learnforge.app", origin: "https://learnforge.app" }).ok).toBe(true);
  });

  it("refuses a foreign origin, another port, a sibling subdomain and a non-web scheme", () => {
    for (const origin of ["https://evil.example", "http://127.0.0.1:3101", "https://evil.learnforge.app", "file://", "chrome-extension://abc"]) {
      const result = verdict({ host: "learnforge.app", origin, "sec-fetch-site": "same-origin" });
      expect(result.ok, origin).toBe(false);
    }
    expect(verdict({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3101" })).toEqual({ ok: false, reason: "Origin http://127.0.0.1:3101 is not this site" });
  });

  it("refuses Origin: null and a missing Origin unless the browser says same-origin", () => {
    expect(verdict({ host: "learnforge.app", origin: "null" })).toEqual({ ok: false, reason: "Origin is null" });
    expect(verdict({ host: "learnforge.app" })).toEqual({ ok: false, reason: "no Origin or Sec-Fetch-Site header" });
    expect(verdict({ host: "learnforge.app", "sec-fetch-site": "cross-site" })).toEqual({ ok: false, reason: "Sec-Fetch-Site is cross-site" });
    expect(verdict({ host: "learnforge.app", "sec-fetch-site": "same-site" }).ok).toBe(false);
    expect(verdict({ host: "learnforge.app", "sec-fetch-site": "same-origin" })).toEqual({ ok: true });
    expect(verdict({ host: "learnforge.app", origin: "null", "sec-fetch-site": "same-origin" })).toEqual({ ok: true });
  });

  it("lets a request authenticated by an Authorization header through (a browser never adds one by itself)", () => {
    expect(verdict({ host: "learnforge.app", authorization: "Bearer x" })).toEqual({ ok: true });
  });
});

describe("isSafeMethod", () => {
  it("treats only GET, HEAD and OPTIONS as safe", () => {
    expect(["GET", "head", "OPTIONS"].map(isSafeMethod)).toEqual([true, true, true]);
    expect(["POST", "PUT", "PATCH", "DELETE"].map(isSafeMethod)).toEqual([false, false, false, false]);
  });
});

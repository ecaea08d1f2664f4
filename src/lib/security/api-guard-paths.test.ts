import { describe, expect, it } from "vitest";
import { apiGuardMode } from "./api-guard-paths";

describe("apiGuardMode", () => {
  it("leaves only the session-answered polls and the ping unguarded", () => {
    expect(apiGuardMode("/api/ping")).toBe("none");
    expect(apiGuardMode("/api/me/unread")).toBe("none");
    expect(apiGuardMode("/api/channels/6f1c2a9e-0000-4000-8000-000000000001/updates")).toBe("none");
  });

  it("guards every neighbour of those paths in full", () => {
    for (const path of ["/api/me", "/api/me/unread/extra", "/api/channels/x/updates/more", "/api/channels/updates", "/api/pingx", "/api/ai/tutor", "/api/tests/1/attempts"]) {
      expect(apiGuardMode(path), path).toBe("full");
    }
  });

  it("runs machine traffic through shield without bot detection", () => {
    for (const path of ["/api/health", "/api/health/live", "/api/webhooks/clerk", "/api/cron/close-overdue", "/api/vitals"]) {
      expect(apiGuardMode(path), path).toBe("machine");
    }
    expect(apiGuardMode("/api/healthz")).toBe("full");
  });
});

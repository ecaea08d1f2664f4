import { describe, expect, it } from "vitest";
import { securityRank } from "../security/sequencer.mjs";

describe("the security suite's file order", () => {
  it("runs sessions and both matrices before the files that change the world, and the fault drills last", () => {
    const order = ["faults", "fuzz", "concurrency", "csrf", "access-matrix-no-proxy", "access-matrix", "sessions", "hostile-content", "llm"]
      .map((name) => `/repo/tests/security/${name}.security.test.ts`)
      .sort((a, b) => securityRank(a) - securityRank(b))
      .map((file) => file.split("/").pop()!.replace(".security.test.ts", ""));
    expect(order).toEqual(["sessions", "access-matrix", "access-matrix-no-proxy", "csrf", "hostile-content", "concurrency", "llm", "fuzz", "faults"]);
  });

  it("leaves every other file where vitest put it", () => {
    expect(securityRank("/repo/src/lib/errors.test.ts")).toBe(-1);
    expect(securityRank("/repo/tests/integration/ai.integ.test.ts")).toBe(-1);
  });
});

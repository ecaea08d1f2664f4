import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps a same-site path", () => {
    expect(safeRedirectPath("/courses/probability-and-statistics?tab=outline")).toBe("/courses/probability-and-statistics?tab=outline");
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", 42, undefined])(
    "falls back for %j",
    (candidate) => {
      expect(safeRedirectPath(candidate)).toBe("/dashboard");
    },
  );
});

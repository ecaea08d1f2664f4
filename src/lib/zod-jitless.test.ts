import { describe, expect, it } from "vitest";
import { presetZodJitless } from "./zod-jitless";

describe("presetZodJitless", () => {
  it("is the setting zod itself reads, so schemas never compile parsers with new Function()", async () => {
    presetZodJitless();
    const { config } = await import("zod/v4/core");
    expect(config().jitless).toBe(true);
  });

  it("leaves zod's other settings alone", async () => {
    const { config } = await import("zod/v4/core");
    const before = config();
    const customError = before.customError;
    presetZodJitless();
    expect(config().customError).toBe(customError);
    expect(config()).toBe(before);
  });
});

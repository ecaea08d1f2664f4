import { describe, expect, it } from "vitest";
import { joinCodeSchema } from "../schemas";
import { generateJoinCode } from "./join-code";

describe("generateJoinCode", () => {
  it("makes codes that the join form accepts, without look-alike characters", () => {
    const codes = Array.from({ length: 500 }, generateJoinCode);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(code).not.toMatch(/[01OIL]/);
      expect(joinCodeSchema.parse(code)).toBe(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("joinCodeSchema", () => {
  it("accepts a code typed in lower case with spaces around it", () => {
    expect(joinCodeSchema.parse("  stats-autumn ")).toBe("STATS-AUTUMN");
  });

  it("refuses punctuation and empty codes with a readable message", () => {
    expect(joinCodeSchema.safeParse("DROP;TABLE").error?.issues[0]?.message).toMatch(/letters and digits/);
    expect(joinCodeSchema.safeParse("").success).toBe(false);
  });
});

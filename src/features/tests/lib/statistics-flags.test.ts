import { describe, expect, it } from "vitest";
import { flagItem, type FlaggableFigures } from "@/features/tests/lib/statistics-flags";

const GOOD: FlaggableFigures = { facility: 50, discriminationIndex: 45, discriminativeEfficiency: 60 };
const codes = (figures: Partial<FlaggableFigures>) => flagItem({ ...GOOD, ...figures }).map((flag) => flag.code);

describe("flagItem", () => {
  it("leaves a healthy item alone", () => {
    expect(codes({})).toEqual([]);
  });

  it("uses Moodle's inclusive facility bands: 5 or less too hard, 95 or more too easy", () => {
    expect(codes({ facility: 5 })).toEqual(["too_hard"]);
    expect(codes({ facility: 5.01 })).toEqual([]);
    expect(codes({ facility: 94.99 })).toEqual([]);
    expect(codes({ facility: 95 })).toEqual(["too_easy"]);
  });

  it("calls a negative discrimination negative, and 0 to below 20 weak", () => {
    expect(codes({ discriminationIndex: -0.1 })).toEqual(["negative_discrimination"]);
    expect(codes({ discriminationIndex: 0 })).toEqual(["weak_discrimination"]);
    expect(codes({ discriminationIndex: 19.99 })).toEqual(["weak_discrimination"]);
    expect(codes({ discriminationIndex: 20 })).toEqual([]);
  });

  it("flags an efficiency below 30%", () => {
    expect(codes({ discriminativeEfficiency: 29.9 })).toEqual(["low_efficiency"]);
    expect(codes({ discriminativeEfficiency: 30 })).toEqual([]);
  });

  it("never flags a figure that is undefined", () => {
    expect(flagItem({ facility: null, discriminationIndex: null, discriminativeEfficiency: null })).toEqual([]);
  });

  it("says what is wrong in words a teacher can act on", () => {
    expect(flagItem({ ...GOOD, discriminationIndex: -37.26 })[0]?.message).toBe(
      "Discrimination -37.3%: weaker learners do better on it; check the key.",
    );
  });
});

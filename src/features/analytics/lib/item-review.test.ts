import { describe, expect, it } from "vitest";
import { flagItem } from "@/features/tests/lib/statistics-flags";
import { FEW_ATTEMPTS_BELOW, reliabilityBand, reviewItem } from "./item-review";

const review = (figures: Parameters<typeof flagItem>[0], attemptCount = 20) => reviewItem({ flags: flagItem(figures), attemptCount });

describe("reviewItem", () => {
  it("leaves a healthy item unflagged", () => {
    expect(review({ facility: 60, discriminationIndex: 45, discriminativeEfficiency: 60 })).toEqual({ flagged: false, tentative: false, reasons: [] });
  });

  it("calls an item almost nobody gets right too hard, and one almost everybody gets right too easy", () => {
    expect(review({ facility: 4, discriminationIndex: null, discriminativeEfficiency: null }).reasons.map((reason) => reason.label)).toEqual(["Too hard"]);
    expect(review({ facility: 97, discriminationIndex: 40, discriminativeEfficiency: 50 }).reasons.map((reason) => reason.label)).toEqual(["Too easy"]);
  });

  it("sends a negative discrimination to the key and a weak one to the wording", () => {
    const negative = review({ facility: 50, discriminationIndex: -12, discriminativeEfficiency: 40 });
    expect(negative.reasons).toEqual([{ code: "check_key", label: "Check the key", detail: "Discrimination -12%: weaker learners do better on it; check the key." }]);
    const weak = review({ facility: 50, discriminationIndex: 10, discriminativeEfficiency: 40 });
    expect(weak.reasons.map((reason) => reason.code)).toEqual(["check_wording"]);
  });

  it("merges weak discrimination and low efficiency into one wording reason that keeps both explanations", () => {
    const { reasons } = review({ facility: 50, discriminationIndex: 10, discriminativeEfficiency: 12 });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]!.detail).toMatch(/^Discrimination 10%.*Discriminative efficiency 12%/);
  });

  it("orders reasons by action and marks flags from few attempts as tentative", () => {
    const flagged = review({ facility: 98, discriminationIndex: -5, discriminativeEfficiency: 5 }, FEW_ATTEMPTS_BELOW - 1);
    expect(flagged.reasons.map((reason) => reason.code)).toEqual(["too_easy", "check_key", "check_wording"]);
    expect(flagged).toMatchObject({ flagged: true, tentative: true });
    expect(review({ facility: 98, discriminationIndex: 40, discriminativeEfficiency: 50 }, FEW_ATTEMPTS_BELOW).tentative).toBe(false);
  });
});

describe("reliabilityBand", () => {
  it("reads the coefficient of internal consistency as Moodle does", () => {
    expect(reliabilityBand(null)).toBe("unknown");
    expect(reliabilityBand(80)).toBe("good");
    expect(reliabilityBand(75)).toBe("adequate");
    expect(reliabilityBand(64)).toBe("adequate");
    expect(reliabilityBand(63.9)).toBe("unsatisfactory");
  });
});

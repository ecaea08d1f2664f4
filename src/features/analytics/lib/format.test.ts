import { describe, expect, it } from "vitest";
import { formatWaiting, topicAverageSummary } from "./format";

const HOUR = 3_600_000;

describe("formatWaiting", () => {
  it("says hours for the first two days, then days", () => {
    expect(formatWaiting(null)).toBe("unknown");
    expect(formatWaiting(10 * 60_000)).toBe("under an hour");
    expect(formatWaiting(HOUR)).toBe("1 hour");
    expect(formatWaiting(47.9 * HOUR)).toBe("47 hours");
    expect(formatWaiting(48 * HOUR)).toBe("2 days");
    expect(formatWaiting(24 * 9.5 * HOUR)).toBe("9 days");
  });
});

describe("topicAverageSummary", () => {
  it("names the weakest and strongest practised topics", () => {
    expect(topicAverageSummary([{ name: "Counting", chance: 0.8 }, { name: "Bayes", chance: 0.42 }, { name: "Normal", chance: null }])).toBe(
      "2 of 3 topics practised; the weakest is Bayes at 42%, the strongest Counting at 80%.",
    );
  });

  it("handles one practised topic, none, and a course without topics", () => {
    expect(topicAverageSummary([{ name: "Counting", chance: 0.5 }, { name: "Bayes", chance: null }])).toBe("1 of 2 topics practised: Counting at 50%.");
    expect(topicAverageSummary([{ name: "Bayes", chance: null }])).toBe("No learner in the class has practised any topic yet.");
    expect(topicAverageSummary([])).toBe("The course has no topics yet.");
  });
});

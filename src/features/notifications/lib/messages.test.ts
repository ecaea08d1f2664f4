import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "@/drizzle/schema/enum-values";
import { assignmentNotice, dueSoonNotice, formatMark, gradeNotice, NOTIFICATION_KIND_LABELS } from "./messages";

describe("notification texts", () => {
  it("labels every kind of notification", () => {
    for (const kind of NOTIFICATION_KINDS) expect(NOTIFICATION_KIND_LABELS[kind]).toMatch(/\S/);
  });

  it("names the test and the class of a new assignment and of a due-date reminder", () => {
    expect(assignmentNotice({ testTitle: "Unit test", className: "Autumn" })).toEqual({ title: "New test: Unit test", body: "Your teacher assigned it in Autumn." });
    expect(dueSoonNotice({ testTitle: "Unit test", className: "Autumn" }).title).toBe("Due within a day: Unit test");
  });

  it("gives the mark of a first grade and says when a grade changed", () => {
    expect(gradeNotice({ testTitle: "Quiz", score: 7.5, maxScore: 10, regraded: false })).toEqual({ title: "Graded: Quiz", body: "Your attempt has been marked. Your mark: 7.5 / 10." });
    expect(gradeNotice({ testTitle: "Quiz", score: 8, maxScore: 10, regraded: true }).title).toBe("Grade updated: Quiz");
    expect(gradeNotice({ testTitle: "Quiz", score: null, maxScore: 10, regraded: false }).body).toBe("Your attempt has been marked.");
  });

  it("rounds marks to two decimals", () => {
    expect(formatMark(0.1 + 0.2)).toBe("0.3");
    expect(formatMark(2 / 3)).toBe("0.67");
    expect(formatMark(4)).toBe("4");
  });
});

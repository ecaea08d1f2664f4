import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { LearnerAttemptView } from "@/features/attempts/db-view";
import { AttemptReview } from "./attempt-review";

type Slot = LearnerAttemptView["slots"][number];

const choice = (review: Slot["review"], response: unknown = { optionId: "b" }): Slot => ({
  slot: 1,
  points: 2,
  question: { type: "single_choice", stem: "How many **sandwiches**?", stemHtml: "<p>How many <strong>sandwiches</strong>?</p>", options: [{ id: "a", text: "Sixty" }, { id: "b", text: "Twelve" }] },
  response,
  answered: response !== null,
  pendingGrading: false,
  review,
});

const essay: Slot = {
  slot: 2,
  points: 4,
  question: { type: "essay", stem: "Explain independence.", stemHtml: "<p>Explain independence.</p>", maxLength: 5_000, rubric: [] },
  response: { text: "Knowing one does not change the other." },
  answered: true,
  pendingGrading: true,
  review: {},
};

function view(overrides: { attempt?: Partial<LearnerAttemptView["attempt"]>; slots?: Slot[] } = {}): LearnerAttemptView {
  return {
    attempt: {
      id: "0f9a4f6e-8d0a-4c52-9d8c-1f2a3b4c5d6e",
      number: 1,
      state: "graded",
      startedAt: new Date("2025-10-10T10:00:00Z"),
      deadlineAt: new Date("2025-10-10T10:30:00Z"),
      submittedAt: new Date("2025-10-10T10:20:00Z"),
      closedBy: "learner",
      maxScore: 16,
      score: 12,
      late: false,
      ...overrides.attempt,
    },
    test: { id: "t1", title: "Unit test", description: "", timeLimitSeconds: 1800, closesAt: null, answersAreFinal: false },
  assignmentId: null,
    course: { slug: "stats", title: "Statistics" },
    serverNow: new Date("2025-10-10T11:00:00Z"),
    slots: overrides.slots ?? [choice({ score: 0, explanation: "Multiply: 4 × 5 × 3.", explanationHtml: "<p>Multiply: 4 × 5 × 3.</p>", correctOptionIds: ["a"], correctResponse: { optionId: "a" } })],
  };
}

const render = (v: LearnerAttemptView) => renderToStaticMarkup(<AttemptReview view={v} />);

describe("AttemptReview", () => {
  it("shows the score with its percentage, the verdict, the correct option and the explanation when the view has them", () => {
    const html = render(view());
    expect(html).toContain("12 / 16 (75%)");
    expect(html).toContain("Incorrect");
    expect(html).toContain("0 / 2 marks");
    expect(html).toMatch(/Sixty<\/span><span[^>]*><span aria-hidden="true">✓.*?<\/span>Correct answer/);
    expect(html).toContain("Multiply: 4 × 5 × 3.");
    expect(html).toContain("<strong>sandwiches</strong>");
  });

  it("shows no score, verdict, correct answer or explanation that the view does not hold", () => {
    const html = render(view({ attempt: { score: undefined }, slots: [choice({})] }));
    expect(html).not.toMatch(/\/ 16|Correct answer|Incorrect|Explanation/);
    expect(html).toContain("Your answer");
    expect(html).toContain("Your score is not shown for this test yet.");
  });

  it("says an essay awaits the teacher's marking and the score is provisional", () => {
    const html = render(view({ attempt: { state: "submitted", score: 10 }, slots: [choice({ score: 2 }), essay] }));
    expect(html).toContain("Awaiting your teacher&#x27;s marking");
    expect(html).toContain("Provisional");
    expect(html).toContain("Knowing one does not change the other.");
  });

  it("says when time ran out and marks a late submission", () => {
    const html = render(view({ attempt: { closedBy: "deadline", late: true } }));
    expect(html).toContain("Submitted automatically when time ran out");
    expect(html).toContain("Late");
    expect(html).toContain('dateTime="2025-10-10T10:20:00.000Z"');
  });

  it("explains an attempt closed with nothing answered", () => {
    const html = render(view({ attempt: { state: "abandoned", closedBy: "deadline", score: undefined }, slots: [choice({}, null)] }));
    expect(html).toContain("no score");
    expect(html).toContain("You did not answer this question.");
  });
});

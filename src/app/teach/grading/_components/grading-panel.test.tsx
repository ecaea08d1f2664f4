// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/features/attempts/actions-grading", () => ({ gradeAttemptItemAction: vi.fn() }));

const { GradingPanel } = await import("./grading-panel");

afterEach(cleanup);

const item = { attemptId: "a1", slot: 2, points: 5, learnerName: "Ada" };

describe("GradingPanel", () => {
  it("copies the AI's mark and feedback into the form without saving", () => {
    render(
      <GradingPanel item={item} heading="Ada — Quiz, question 2" suggestion={{ score: 3.5, feedback: "Clear argument.\nThesis (2/2): good" }}>
        <p>answer</p>
      </GradingPanel>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Use AI marks" }));
    expect((screen.getByLabelText("Mark (0 to 5)") as HTMLInputElement).value).toBe("3.5");
    expect((screen.getByLabelText(/Feedback for the learner/) as HTMLTextAreaElement).value).toBe("Clear argument.\nThesis (2/2): good");
    expect(screen.getByText(/AI marks and feedback filled in/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("Mark (0 to 5)"));
  });

  it("offers no AI button without a suggestion", () => {
    render(
      <GradingPanel item={item} heading="Ada — Quiz, question 2">
        <p>answer</p>
      </GradingPanel>,
    );
    expect(screen.queryByRole("button", { name: "Use AI marks" })).toBeNull();
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

const mocks = vi.hoisted(() => ({ save: vi.fn(), regrade: vi.fn() }));
vi.mock("@/features/questions/actions", () => ({ saveQuestionAction: mocks.save, regradeQuestionAction: mocks.regrade }));

const { QuestionEditor } = await import("./question-editor");

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
  vi.restoreAllMocks();
});

const courseId = "3f0c9b1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f";
const questionId = "9b2f4a6c-8d0e-4f1a-b3c5-d7e9f1a3b5c7";
const topics = [{ slug: "bayes", name: "Bayes' rule" }];
const sentDraft = (call = 0) => JSON.parse((mocks.save.mock.calls[call]![1] as FormData).get("draft") as string);
const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = (name = /create question|save question/i) => fireEvent.click(screen.getByRole("button", { name }));

describe("QuestionEditor", () => {
  it("posts a new single-choice question as one JSON draft", async () => {
    mocks.save.mockResolvedValue({ ok: true, data: { questionId, version: 1, newVersion: false } });
    render(<QuestionEditor courseId={courseId} bankHref="/bank" topics={topics} />);
    type("Question", "Which is **even**?");
    type(/^Option 1/, "3");
    type(/^Option 2/, "4");
    fireEvent.click(screen.getByRole("radio", { name: "Correct answer: option 2" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Bayes' rule" }));
    save();
    await waitFor(() => expect(mocks.save).toHaveBeenCalledTimes(1));
    expect((mocks.save.mock.calls[0]![1] as FormData).get("courseId")).toBe(courseId);
    expect(sentDraft()).toEqual({
      body: {
        type: "single_choice",
        stem: "Which is **even**?",
        explanation: "",
        options: [
          { id: "a", text: "3", correct: false, feedback: "" },
          { id: "b", text: "4", correct: true, feedback: "" },
        ],
      },
      topicSlugs: ["bayes"],
    });
  });

  it("shows the server's errors beside their controls and in a summary that links to them", async () => {
    mocks.save.mockResolvedValue({
      ok: false,
      code: "BAD_REQUEST",
      message: "Option text is required",
      fieldErrors: { "draft.body.options.1.text": "Option text is required", "draft.body.stem": "The question is required" },
    });
    render(<QuestionEditor courseId={courseId} bankHref="/bank" topics={topics} />);
    save();
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("heading")).toHaveProperty("textContent", "There are 2 problems with this question");
    expect(within(summary).getByRole("link", { name: "Option text is required" }).getAttribute("href")).toBe("#question-body-options-1-text");
    const option2 = screen.getByLabelText(/^Option 2/);
    expect(option2.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(option2.getAttribute("aria-describedby")!)?.textContent).toContain("Option text is required");
    expect(screen.getByLabelText("Question").getAttribute("aria-describedby")).toContain("question-body-stem-error");
    // Focus moves in an effect after the render; on a loaded machine that can be a tick later.
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });

  it("drops row errors once rows are removed, since they would point at the wrong row", async () => {
    mocks.save.mockResolvedValue({ ok: false, code: "BAD_REQUEST", message: "x", fieldErrors: { "draft.body.options.2.text": "Option text is required" } });
    render(<QuestionEditor courseId={courseId} bankHref="/bank" topics={topics} />);
    fireEvent.click(screen.getByRole("button", { name: "Add an option" }));
    save();
    await screen.findByRole("alert");
    fireEvent.click(screen.getByRole("button", { name: "Remove option 1" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("refuses a number it cannot read without asking the server", () => {
    render(<QuestionEditor courseId={courseId} bankHref="/bank" topics={[]} />);
    fireEvent.click(screen.getByRole("radio", { name: /numeric/i }));
    type("Question", "g?");
    type("Correct answer", "9.8 m/s");
    save();
    expect(mocks.save).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toContain("Enter a number, like 0.25");
    expect(screen.getByLabelText("Correct answer").getAttribute("aria-invalid")).toBe("true");
  });

  it("edits without a type picker, and after a new version offers to regrade and reports the result", async () => {
    mocks.save.mockResolvedValue({ ok: true, data: { questionId, version: 4, newVersion: true } });
    mocks.regrade.mockResolvedValue({ ok: true, data: { slots: 3, changed: 1 } });
    vi.spyOn(window, "confirm").mockReturnValue(true);
    render(
      <QuestionEditor
        courseId={courseId}
        bankHref="/bank"
        topics={topics}
        question={{ id: questionId, body: { type: "true_false", stem: "The sky is green.", explanation: "", correct: false }, topicSlugs: [] }}
      />,
    );
    expect(screen.queryByRole("group", { name: "Question type" })).toBeNull();
    expect(screen.getByRole("radio", { name: "False" })).toHaveProperty("checked", true);
    save(/save question/i);
    expect(await screen.findByText("Saved as version 4 — attempts that showed the earlier version keep it.")).toBeTruthy();
    expect((mocks.save.mock.calls[0]![1] as FormData).get("questionId")).toBe(questionId);
    fireEvent.click(screen.getByRole("button", { name: "Regrade finished attempts with this version" }));
    expect(await screen.findByText("3 answers regraded, 1 mark changed.")).toBeTruthy();
    expect((mocks.regrade.mock.calls[0]![1] as FormData).get("questionId")).toBe(questionId);
  });

  it("uses checkboxes and a scoring choice for multiple choice", async () => {
    mocks.save.mockResolvedValue({ ok: true, data: { questionId, version: 1, newVersion: false } });
    render(<QuestionEditor courseId={courseId} bankHref="/bank" topics={topics} />);
    fireEvent.click(screen.getByRole("radio", { name: /multiple choice/i }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Correct answer: option 1" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Correct answer: option 2" }));
    fireEvent.change(screen.getByLabelText("Scoring"), { target: { value: "all_or_nothing" } });
    save();
    await waitFor(() => expect(mocks.save).toHaveBeenCalled());
    expect(sentDraft().body).toMatchObject({ type: "multiple_choice", scoring: "all_or_nothing", options: [{ correct: true }, { correct: true }] });
  });
});

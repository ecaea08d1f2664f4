// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

const mocks = vi.hoisted(() => ({ importQuestions: vi.fn() }));
vi.mock("@/features/questions/actions", () => ({ importQuestionsAction: mocks.importQuestions }));

const { QuestionImportForm } = await import("./question-import-form");

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const courseId = "3f0c9b1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f";
const sent = (call: number) => Object.fromEntries(mocks.importQuestions.mock.calls[call]![1] as FormData);
const paste = (text: string) => {
  fireEvent.click(screen.getByRole("radio", { name: "Paste text" }));
  fireEvent.change(screen.getByLabelText(/^Questions/), { target: { value: text } });
};

describe("QuestionImportForm", () => {
  it("refuses a file over 1 MB before sending it, saying how big it is", () => {
    render(<QuestionImportForm courseId={courseId} bankHref="/bank" />);
    const big = new File(["x".repeat(1_200_000)], "bank.gift");
    fireEvent.change(screen.getByLabelText(/^File/), { target: { files: [big] } });
    expect(screen.getByText(/That file is 1\.2 MB; you can import at most 1 MB at once/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Check the questions" }));
    expect(mocks.importQuestions).not.toHaveBeenCalled();
  });

  it("checks pasted text, lists every problem by line and offers no import", async () => {
    mocks.importQuestions.mockResolvedValue({
      ok: true,
      data: { step: "invalid", problems: [{ line: 3, message: "Missing }" }, { line: 12, message: "No correct answer" }] },
    });
    render(<QuestionImportForm courseId={courseId} bankHref="/bank" />);
    paste("Q1 {=a ~b\n\nQ2 {~a ~b}");
    fireEvent.click(screen.getByRole("button", { name: "Check the questions" }));
    expect(await screen.findByText("Line 12: No correct answer")).toBeTruthy();
    expect(screen.getByText("Line 3: Missing }")).toBeTruthy();
    expect(sent(0)).toMatchObject({ courseId, format: "gift", step: "preview" });
    expect(screen.queryByRole("button", { name: /^Import/ })).toBeNull();
  });

  it("imports the checked text in a second step and reports the count", async () => {
    const preview = { step: "preview", count: 2, byType: { single_choice: 1, multiple_choice: 0, true_false: 1, numeric: 0, short_text: 0, essay: 0 }, samples: [] };
    mocks.importQuestions.mockResolvedValueOnce({ ok: true, data: preview }).mockResolvedValueOnce({ ok: true, data: { step: "imported", count: 2 } });
    render(<QuestionImportForm courseId={courseId} bankHref="/bank" />);
    paste('{"format": "learnforge.questions", "version": 1, "questions": []}');
    fireEvent.click(screen.getByRole("button", { name: "Check the questions" }));
    fireEvent.click(await screen.findByRole("button", { name: "Import 2 questions" }));
    expect(await screen.findByText("Imported 2 questions.")).toBeTruthy();
    expect(sent(1)).toMatchObject({ format: "json", step: "import", text: sent(0).text });
    expect(screen.queryByRole("button", { name: "Import 2 questions" })).toBeNull();
    // The same text cannot be checked (and so imported) a second time by accident.
    expect(screen.getByRole("button", { name: "Check the questions" })).toHaveProperty("disabled", true);
  });

  it("forgets a check once the text changes", async () => {
    const preview = { step: "preview", count: 1, byType: { single_choice: 1, multiple_choice: 0, true_false: 0, numeric: 0, short_text: 0, essay: 0 }, samples: [] };
    mocks.importQuestions.mockResolvedValue({ ok: true, data: preview });
    render(<QuestionImportForm courseId={courseId} bankHref="/bank" />);
    paste("Q {T}");
    fireEvent.click(screen.getByRole("button", { name: "Check the questions" }));
    await screen.findByRole("button", { name: "Import 1 question" });
    fireEvent.change(screen.getByLabelText(/^Questions/), { target: { value: "Q {F}" } });
    await waitFor(() => expect(screen.queryByRole("button", { name: "Import 1 question" })).toBeNull());
  });
});

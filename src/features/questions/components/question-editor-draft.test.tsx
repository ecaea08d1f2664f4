// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

const mocks = vi.hoisted(() => ({ save: vi.fn(), regrade: vi.fn() }));
vi.mock("@/features/questions/actions", () => ({ saveQuestionAction: mocks.save, regradeQuestionAction: mocks.regrade }));

const { QuestionEditor } = await import("./question-editor");

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const courseId = "3f0c9b1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f";
const draftId = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

describe("QuestionEditor with an AI draft", () => {
  it("starts from the draft and posts its id (not a question id) so saving approves it", async () => {
    mocks.save.mockResolvedValue({ ok: true, data: { questionId: "q", version: 1, newVersion: false } });
    const draft = { id: draftId, body: { type: "true_false" as const, stem: "Priors come first.", explanation: "", correct: true }, topicSlugs: ["bayes"] };
    render(<QuestionEditor courseId={courseId} bankHref="/bank" topics={[{ slug: "bayes", name: "Bayes' rule" }]} draft={draft} />);
    expect((screen.getByLabelText("Question") as HTMLTextAreaElement).value).toBe("Priors come first.");
    fireEvent.change(screen.getByLabelText("Question"), { target: { value: "Priors come before the data." } });
    fireEvent.click(screen.getByRole("button", { name: "Approve and add to the bank" }));
    await waitFor(() => expect(mocks.save).toHaveBeenCalledTimes(1));
    const sent = mocks.save.mock.calls[0]![1] as FormData;
    expect(sent.get("draftId")).toBe(draftId);
    expect(sent.get("questionId")).toBeNull();
    expect(JSON.parse(sent.get("draft") as string)).toMatchObject({ body: { type: "true_false", stem: "Priors come before the data.", correct: true }, topicSlugs: ["bayes"] });
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { LearnerAttemptView } from "@/features/attempts/db-view";

const mocks = vi.hoisted(() => ({ save: vi.fn(), submit: vi.fn(), refresh: vi.fn() }));
vi.mock("@/features/attempts/actions", () => ({ saveAnswerAction: mocks.save, submitAttemptAction: mocks.submit }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: mocks.refresh }) }));

const { AttemptPlayer } = await import("./attempt-player");

beforeAll(() => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const now = new Date();
const view: LearnerAttemptView = {
  attempt: {
    id: "0f9a4f6e-8d0a-4c52-9d8c-1f2a3b4c5d6e",
    number: 1,
    state: "in_progress",
    startedAt: now,
    deadlineAt: new Date(now.getTime() + 30 * 60_000),
    submittedAt: null,
    closedBy: null,
    maxScore: 2,
    score: undefined,
    late: false,
  },
  test: { id: "t1", title: "Unit test", description: "", timeLimitSeconds: 1800, closesAt: null, answersAreFinal: false },
  assignmentId: null,
  course: { slug: "stats", title: "Statistics" },
  serverNow: now,
  slots: [
    {
      slot: 1,
      points: 1,
      question: { type: "single_choice", stem: "Pick one", stemHtml: "<p>Pick one</p>", options: [{ id: "a", text: "Sixty" }, { id: "b", text: "Twelve" }] },
      response: null,
      answered: false,
      pendingGrading: false,
      review: {},
    },
    { slot: 2, points: 1, question: { type: "numeric", stem: "A number", stemHtml: "<p>A number</p>", unit: "" }, response: null, answered: false, pendingGrading: false, review: {} },
  ],
};

const saved = (review = {}) => ({ ok: true, data: { kind: "saved", savedAt: new Date(), answered: true, review } });
const sentAnswer = (call: number) => JSON.parse((mocks.save.mock.calls[call]![1] as FormData).get("answer") as string);

describe("AttemptPlayer", () => {
  it("saves a choice at once and says when it was saved", async () => {
    mocks.save.mockResolvedValue(saved());
    render(<AttemptPlayer view={view} answersFinalOnSave={false} />);
    fireEvent.click(screen.getByRole("radio", { name: "Twelve" }));
    await waitFor(() => expect(screen.getByText(/^Saved ·/)).toBeTruthy());
    expect(mocks.save).toHaveBeenCalledTimes(1);
    expect(sentAnswer(0)).toEqual({ type: "single_choice", optionId: "b" });
    expect(screen.getByRole("button", { name: "Question 1, answered" })).toBeTruthy();
  });

  it("moves focus to the question heading when moving between questions", async () => {
    render(<AttemptPlayer view={view} answersFinalOnSave={false} />);
    fireEvent.click(screen.getByRole("button", { name: /Next/ }));
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Question 2/));
  });

  it("saves typed text once after a pause and shows the server's reason when it is refused", async () => {
    mocks.save.mockResolvedValue({ ok: false, code: "BAD_REQUEST", message: "Enter a number, like 0.25" });
    render(<AttemptPlayer view={view} answersFinalOnSave={false} />);
    fireEvent.click(screen.getByRole("button", { name: "Question 2, not answered" }));
    const box = screen.getByRole("textbox", { name: "Your answer" });
    fireEvent.change(box, { target: { value: "ab" } });
    fireEvent.change(box, { target: { value: "abc" } });
    expect(screen.getByText("Saving…")).toBeTruthy();
    await waitFor(() => expect(screen.getByText("Not saved: Enter a number, like 0.25")).toBeTruthy(), { timeout: 2_000 });
    expect(mocks.save).toHaveBeenCalledTimes(1);
    expect(sentAnswer(0)).toEqual({ type: "numeric", text: "abc" });
    expect(screen.getByRole("status").textContent).toContain("not saved: Enter a number");
  });

  it("with immediate feedback, saves only on Check answer, then shows the feedback and locks the question", async () => {
    mocks.save.mockResolvedValue(saved({ explanation: "Multiply the choices.", explanationHtml: "<p>Multiply the choices.</p>", correctOptionIds: ["a"] }));
    render(<AttemptPlayer view={view} answersFinalOnSave />);
    fireEvent.click(screen.getByRole("radio", { name: "Twelve" }));
    expect(mocks.save).not.toHaveBeenCalled();
    expect(screen.getByText("Not checked yet")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Check answer" }));
    await waitFor(() => expect(screen.getByText("Multiply the choices.")).toBeTruthy());
    expect(screen.getByText("Incorrect")).toBeTruthy();
    expect((screen.getByRole("group", { name: /Your answer/ }) as HTMLFieldSetElement).disabled).toBe(true);
    expect(screen.queryByRole("button", { name: "Check answer" })).toBeNull();
  });

  it("lists unanswered questions before submitting, and submits", async () => {
    mocks.save.mockResolvedValue(saved());
    mocks.submit.mockResolvedValue({ ok: true, data: undefined });
    render(<AttemptPlayer view={view} answersFinalOnSave={false} />);
    fireEvent.click(screen.getByRole("radio", { name: "Sixty" }));
    await waitFor(() => expect(screen.getByText(/^Saved ·/)).toBeTruthy());
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Submit…" })));
    await waitFor(() => expect(screen.getByText(/1 question has no answer: 2\./)).toBeTruthy());
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Submit now" })));
    await waitFor(() => expect(mocks.submit).toHaveBeenCalledTimes(1));
    expect((mocks.submit.mock.calls[0]![1] as FormData).get("attemptId")).toBe(view.attempt.id);
  });

  it("shows the server's view of the time left", () => {
    render(<AttemptPlayer view={view} answersFinalOnSave={false} />);
    expect(screen.getByRole("timer").textContent).toMatch(/^(30:00|29:5\d)$/);
  });
});

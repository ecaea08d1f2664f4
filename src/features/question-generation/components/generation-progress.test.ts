import { describe, expect, it } from "vitest";
import type { QuestionBody } from "@/features/questions/schemas";
import { applyProgress, draftStatusText, idleProgress, outcomeText, progressText, type GenerationProgress, type ProgressAction, type ReceivedDraft } from "./generation-progress";

const body: QuestionBody = { type: "true_false", stem: "The sky is blue.", explanation: "", correct: true };
const source = { lessonId: "l1", lessonSlug: "sky", lessonTitle: "Sky", anchor: "colour", heading: "Colour", quote: "The sky is blue." };
const draft = (id: string, status: ReceivedDraft["status"], problems: ReceivedDraft["problems"] = []): ReceivedDraft => ({ id, status, body, problems, source });
const run = (...actions: ProgressAction[]): GenerationProgress => actions.reduce(applyProgress, idleProgress);
const start: ProgressAction = { type: "start", generationId: "g1", total: 3, lessonTitle: "Sky" };

describe("generation progress", () => {
  it("counts drafts as they arrive: '2 of 3 drafts'", () => {
    const progress = run({ type: "request" }, start, { type: "draft", index: 0, draft: draft("d1", "pending") }, { type: "draft", index: 1, draft: draft("d2", "auto_rejected") });
    expect(progressText(progress)).toBe("2 of 3 drafts");
    expect(progress).toMatchObject({ phase: "running", pending: 1, rejected: 1, lessonTitle: "Sky" });
  });

  it("says 'Starting…' before the server has answered", () => {
    expect(progressText(run({ type: "request" }))).toBe("Starting…");
  });

  it("finishes with what is ready and what was rejected", () => {
    const progress = run(start, { type: "draft", index: 0, draft: draft("d1", "pending") }, { type: "done", pending: 1, rejected: 2 });
    expect(outcomeText(progress)).toBe("Finished: 1 draft ready for review; 2 drafts rejected automatically.");
  });

  it("reports an error half-way with how many drafts were kept", () => {
    const progress = run(start, { type: "draft", index: 0, draft: draft("d1", "pending") }, { type: "error", code: "RATE_LIMITED", message: "You have used today's AI allowance.", saved: 1 });
    expect(progress.phase).toBe("failed");
    expect(outcomeText(progress)).toBe("You have used today's AI allowance. 1 draft made before it stopped was kept.");
  });

  it("shows a refusal (AI off) as the server's message alone", () => {
    const progress = run({ type: "request" }, { type: "refused", message: "AI question generation is off on this server." });
    expect(outcomeText(progress)).toBe("AI question generation is off on this server.");
  });

  it("treats a stream that ends without 'done' as a failure, but not after 'done'", () => {
    const cut = run(start, { type: "draft", index: 0, draft: draft("d1", "pending") }, { type: "cut", message: "The connection closed." });
    expect(outcomeText(cut)).toBe("The connection closed. 1 draft made before it stopped was kept.");
    const finished = run(start, { type: "done", pending: 0, rejected: 0 }, { type: "cut", message: "The connection closed." });
    expect(finished.phase).toBe("done");
  });

  it("clears the previous run when a new one starts", () => {
    const again = run(start, { type: "draft", index: 0, draft: draft("d1", "pending") }, { type: "done", pending: 1, rejected: 0 }, { type: "request" });
    expect(again).toMatchObject({ phase: "starting", drafts: [], total: 0 });
  });
});

describe("draftStatusText", () => {
  it("says a pending draft is ready for review", () => {
    expect(draftStatusText(draft("d1", "pending"))).toBe("Ready for review");
  });

  it("lists every reason an automatically rejected draft was turned down", () => {
    const problems = [
      { code: "QUOTE_NOT_FOUND", message: "The quote is not in the lesson" },
      { code: "INVALID_QUESTION", message: "options: Give at least two options" },
    ];
    expect(draftStatusText(draft("d1", "auto_rejected", problems))).toBe("Rejected automatically: The quote is not in the lesson; options: Give at least two options");
  });
});

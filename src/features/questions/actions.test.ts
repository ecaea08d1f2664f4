import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { ROUND_TRIP_DRAFTS } from "./lib/draft-fixtures";
import { serializeQuestionsJson } from "./lib/json-format";

class Redirect extends Error {}
const mocks = vi.hoisted(() => ({
  requireUser: vi.fn(),
  insertQuestions: vi.fn(),
  updateQuestion: vi.fn(),
  setQuestionArchived: vi.fn(),
  selectCourseForEditor: vi.fn(),
  regradeQuestion: vi.fn(),
  revalidatePath: vi.fn(),
  redirect: vi.fn(),
}));
// A same-origin browser request, unless a test sets its own headers.
const requestHeaders = { current: new Headers({ host: "learnforge.test", origin: "http://learnforge.test" }) };
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("next/cache", () => ({ revalidatePath: mocks.revalidatePath }));
vi.mock("next/navigation", () => ({
  redirect: mocks.redirect,
  unstable_rethrow: (error: unknown) => {
    if (error instanceof Redirect) throw error;
  },
}));
vi.mock("@/services/auth/current-user", () => ({ requireUser: mocks.requireUser }));
vi.mock("@/services/redis/rate-limit", () => ({ createRateLimiter: () => ({ limit: async () => ({ success: true, limit: 1, remaining: 1, reset: 0 }) }) }));
vi.mock("./db", () => ({ insertQuestions: mocks.insertQuestions, updateQuestion: mocks.updateQuestion, setQuestionArchived: mocks.setQuestionArchived }));
vi.mock("@/features/courses/db-outline", () => ({ selectCourseForEditor: mocks.selectCourseForEditor }));
vi.mock("@/features/attempts/db-grading", () => ({ regradeQuestion: mocks.regradeQuestion }));

const { importQuestionsAction, saveQuestionAction, setQuestionArchivedAction } = await import("./actions");

const courseId = "3f0c9b1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f";
const questionId = "9b2f4a6c-8d0e-4f1a-b3c5-d7e9f1a3b5c7";
const teacher = { id: "t1", role: "teacher" };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const draft = ROUND_TRIP_DRAFTS[0]!;

afterEach(() => vi.clearAllMocks());

describe("saveQuestionAction", () => {
  it("creates a question and goes back to the bank", async () => {
    mocks.requireUser.mockResolvedValue(teacher);
    mocks.redirect.mockImplementation((url: string) => {
      throw new Redirect(url);
    });
    await expect(saveQuestionAction(null, form({ courseId, draft: JSON.stringify(draft) }))).rejects.toThrow(`/teach/courses/${courseId}/questions?added=1`);
    expect(mocks.insertQuestions).toHaveBeenCalledWith(teacher, courseId, [draft]);
    expect(mocks.updateQuestion).not.toHaveBeenCalled();
  });

  it("edits a question and reports whether a new version was made", async () => {
    mocks.requireUser.mockResolvedValue(teacher);
    mocks.updateQuestion.mockResolvedValue({ version: 3, newVersion: true });
    const result = await saveQuestionAction(null, form({ courseId, questionId, draft: JSON.stringify(draft) }));
    expect(result).toEqual({ ok: true, data: { questionId, version: 3, newVersion: true } });
    expect(mocks.updateQuestion).toHaveBeenCalledWith(teacher, questionId, draft);
  });

  it("returns the schema's errors under draft paths and writes nothing", async () => {
    const bad = { body: { ...draft.body, options: [{ id: "a", text: "", correct: true }, { id: "b", text: "B", correct: false }] }, topicSlugs: [] };
    const result = await saveQuestionAction(null, form({ courseId, draft: JSON.stringify(bad) }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors).toMatchObject({ "draft.body.options.0.text": "Option text is required" });
    expect(mocks.insertQuestions).not.toHaveBeenCalled();
  });

  it("refuses a cross-site call (foreign, null or missing Origin) before reading the caller or writing", async () => {
    mocks.requireUser.mockResolvedValue(teacher);
    const same = requestHeaders.current;
    try {
      for (const headers of [{ origin: "https://evil.example" }, { origin: "null" }, {}] as Record<string, string>[]) {
        requestHeaders.current = new Headers({ host: "learnforge.test", ...headers });
        const result = await saveQuestionAction(null, form({ courseId, draft: JSON.stringify(draft) }));
        expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
    } finally {
      requestHeaders.current = same;
    }
    expect(mocks.requireUser).not.toHaveBeenCalled();
    expect(mocks.insertQuestions).not.toHaveBeenCalled();
  });

  it("passes on the data layer's refusal of an unknown topic", async () => {
    mocks.requireUser.mockResolvedValue(teacher);
    mocks.updateQuestion.mockRejectedValue(new AppError("BAD_REQUEST", "Unknown topic in this course: bayes."));
    const result = await saveQuestionAction(null, form({ courseId, questionId, draft: JSON.stringify(draft) }));
    expect(result).toMatchObject({ ok: false, code: "BAD_REQUEST", message: "Unknown topic in this course: bayes." });
  });
});

describe("setQuestionArchivedAction", () => {
  it("archives and restores", async () => {
    mocks.requireUser.mockResolvedValue(teacher);
    await setQuestionArchivedAction(null, form({ courseId, questionId, archived: "true" }));
    await setQuestionArchivedAction(null, form({ courseId, questionId, archived: "false" }));
    expect(mocks.setQuestionArchived.mock.calls).toEqual([
      [teacher, questionId, true],
      [teacher, questionId, false],
    ]);
  });
});

describe("importQuestionsAction", () => {
  const course = { course: { id: courseId }, topics: ["counting", "sets-and-logic", "physics"].map((slug) => ({ slug })), modules: [] };
  const json = serializeQuestionsJson(ROUND_TRIP_DRAFTS);
  const run = (fields: Record<string, string>) => importQuestionsAction(null, form({ courseId, format: "json", step: "preview", text: json, ...fields }));

  it("previews without writing, then imports every question in one call", async () => {
    mocks.requireUser.mockResolvedValue(teacher);
    mocks.selectCourseForEditor.mockResolvedValue(course);
    mocks.insertQuestions.mockResolvedValue(ROUND_TRIP_DRAFTS.map((_, index) => `q${index}`));
    const preview = await run({});
    expect(preview).toMatchObject({ ok: true, data: { step: "preview", count: ROUND_TRIP_DRAFTS.length } });
    expect(mocks.insertQuestions).not.toHaveBeenCalled();
    expect(await run({ step: "import" })).toEqual({ ok: true, data: { step: "imported", count: ROUND_TRIP_DRAFTS.length } });
    expect(mocks.insertQuestions).toHaveBeenCalledTimes(1);
    expect(mocks.insertQuestions).toHaveBeenCalledWith(teacher, courseId, ROUND_TRIP_DRAFTS);
  });

  it("lists every problem with its line and imports nothing", async () => {
    mocks.requireUser.mockResolvedValue(teacher);
    mocks.selectCourseForEditor.mockResolvedValue(course);
    const result = await run({ format: "gift", step: "import", text: "Q1 {=a ~b\n\nQ2 {}\n\nQ3 {#abc}" });
    expect(result.ok && result.data.step).toBe("invalid");
    if (result.ok && result.data.step === "invalid") {
      expect(result.data.problems.length).toBeGreaterThanOrEqual(2);
      expect(result.data.problems.every((problem) => typeof problem.line === "number")).toBe(true);
    }
    expect(mocks.insertQuestions).not.toHaveBeenCalled();
  });

  it("refuses topics the course does not have before importing", async () => {
    mocks.requireUser.mockResolvedValue(teacher);
    mocks.selectCourseForEditor.mockResolvedValue({ ...course, topics: [] });
    const result = await run({ step: "import" });
    expect(result.ok && result.data.step).toBe("invalid");
    expect(mocks.insertQuestions).not.toHaveBeenCalled();
  });

  it("refuses more than 1 MB of text with its size", async () => {
    const result = await run({ text: "x".repeat(1_000_001) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { text: expect.stringMatching(/^That text is 1\.1 MB; you can import at most 1 MB/) } });
  });

  it("says not found for a course the caller cannot edit", async () => {
    mocks.requireUser.mockResolvedValue(teacher);
    mocks.selectCourseForEditor.mockResolvedValue(null);
    expect(await run({})).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

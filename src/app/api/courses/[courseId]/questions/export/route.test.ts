import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { ROUND_TRIP_DRAFTS } from "@/features/questions/lib/draft-fixtures";
import { parseGift } from "@/features/questions/lib/gift/parse";
import { parseQuestionsJson } from "@/features/questions/lib/json-format";

const mocks = vi.hoisted(() => ({ requireUser: vi.fn(), selectCourseForEditor: vi.fn(), selectQuestionDrafts: vi.fn() }));
vi.mock("@/services/auth/current-user", () => ({ requireUser: mocks.requireUser }));
vi.mock("@/features/courses/db-outline", () => ({ selectCourseForEditor: mocks.selectCourseForEditor }));
vi.mock("@/features/questions/db", () => ({ selectQuestionDrafts: mocks.selectQuestionDrafts }));

const { GET } = await import("./route");

const courseId = "3f0c9b1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f";
const teacher = { id: "t1", role: "teacher" };
const get = (format: string, id = courseId) => GET(new Request(`http://localhost/api/courses/${id}/questions/export?format=${format}`), { params: Promise.resolve({ courseId: id }) });

afterEach(() => vi.clearAllMocks());

describe("GET /api/courses/[courseId]/questions/export", () => {
  it("sends the bank as a GIFT attachment named after the course that reads back to the same questions", async () => {
    mocks.requireUser.mockResolvedValue(teacher);
    mocks.selectCourseForEditor.mockResolvedValue({ course: { id: courseId, slug: "probability-and-statistics" }, topics: [], modules: [] });
    mocks.selectQuestionDrafts.mockResolvedValue(ROUND_TRIP_DRAFTS);
    const response = await get("gift");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="probability-and-statistics-questions.gift"');
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(parseGift(await response.text())).toEqual({ ok: true, questions: ROUND_TRIP_DRAFTS });
    expect(mocks.selectQuestionDrafts).toHaveBeenCalledWith(teacher, courseId);
  });

  it("sends JSON with a .json name and content type", async () => {
    mocks.requireUser.mockResolvedValue(teacher);
    mocks.selectCourseForEditor.mockResolvedValue({ course: { id: courseId, slug: "stats" }, topics: [], modules: [] });
    mocks.selectQuestionDrafts.mockResolvedValue(ROUND_TRIP_DRAFTS);
    const response = await get("json");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="stats-questions.json"');
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(parseQuestionsJson(await response.text())).toEqual({ ok: true, questions: ROUND_TRIP_DRAFTS });
  });

  it("answers 404 for a course the caller may not author, and for a malformed id, before reading the query", async () => {
    mocks.requireUser.mockResolvedValue({ id: "l1", role: "learner" });
    mocks.selectCourseForEditor.mockResolvedValue(null);
    expect((await get("xml")).status).toBe(404);
    expect((await get("gift", "not-a-uuid")).status).toBe(404);
    expect(mocks.selectCourseForEditor).toHaveBeenCalledTimes(1);
    expect(mocks.selectQuestionDrafts).not.toHaveBeenCalled();
  });

  it("answers 400 naming the format for an author who asks for an unknown one", async () => {
    mocks.requireUser.mockResolvedValue(teacher);
    mocks.selectCourseForEditor.mockResolvedValue({ course: { id: courseId, slug: "stats" }, topics: [], modules: [] });
    const response = await get("xml");
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/format must be gift or json/);
  });

  it("answers 401 when nobody is signed in", async () => {
    mocks.requireUser.mockRejectedValue(new AppError("UNAUTHENTICATED", "Sign in to continue."));
    expect((await get("gift")).status).toBe(401);
  });
});

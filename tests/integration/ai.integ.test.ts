import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { sql } from "drizzle-orm";
import type { User } from "@/drizzle/schema";
import { closeAppDatabase } from "../support/app-env";
import { closeAiApp, collect, openAiApp, type AiApp } from "../support/ai-app";
import { audioWithTranscript, pngWithTranscript } from "../support/openai-stub";

type Modules = {
  run: typeof import("@/features/ai/run-ai");
  structured: typeof import("@/services/openai/structured");
  budget: typeof import("@/services/openai/budget");
  redis: typeof import("@/services/redis/client");
  search: typeof import("@/features/search/search");
  embed: typeof import("@/features/search/embed");
  outline: typeof import("@/features/courses/db-outline");
  tutor: typeof import("@/features/tutor/reply");
  tutorDb: typeof import("@/features/tutor/db");
  transcribe: typeof import("@/features/transcription/transcribe");
  schema: typeof import("@/drizzle/schema");
};

let app: AiApp;
let m: Modules;

beforeAll(async () => {
  app = await openAiApp("ai");
  m = {
    run: await import("@/features/ai/run-ai"),
    structured: await import("@/services/openai/structured"),
    budget: await import("@/services/openai/budget"),
    redis: await import("@/services/redis/client"),
    search: await import("@/features/search/search"),
    embed: await import("@/features/search/embed"),
    outline: await import("@/features/courses/db-outline"),
    tutor: await import("@/features/tutor/reply"),
    tutorDb: await import("@/features/tutor/db"),
    transcribe: await import("@/features/transcription/transcribe"),
    schema: await import("@/drizzle/schema"),
  };
});
afterAll(async () => {
  await closeAppDatabase();
  await closeAiApp(app);
});
beforeEach(() => app.stub.reset());

const probeSchema = z.object({ answer: z.string() });
const chatCalls = () => app.stub.requests().filter((request) => request.path === "/v1/chat/completions").length;

async function usageOf(user: Pick<User, "id">) {
  return app.db.select().from(m.schema.AiUsageTable).where(sql`${m.schema.AiUsageTable.userId} = ${user.id}`);
}

/** One budgeted structured call through the production path (runAiCall → openai client → stub). */
function probeCall(caller: User, reserveTokens: number, budgetStore?: import("@/services/openai/budget").TokenBudgetStore) {
  return m.run.runAiCall({ caller, feature: "tutor", model: "gpt-4.1-mini", reserveTokens, budgetStore }, (client) =>
    m.structured.completeStructured(client, { model: "gpt-4.1-mini", messages: [{ role: "user", content: "Say hi" }], schema: probeSchema, schemaName: "probe", maxOutputTokens: 50 }),
  );
}

describe("budgets, usage and failures", () => {
  it("lets 20 concurrent calls from a learner with room for 3 reach the provider only 3 times", async () => {
    const learner = await app.newLearner("Budget Learner");
    // The learner's daily budget is 100,000 tokens: three reservations of 30,000 fit, a fourth does not.
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => probeCall(learner, 30_000)));
    const granted = results.filter((result) => result.status === "fulfilled").length;
    const refused = results.filter((result) => result.status === "rejected" && (result.reason as { code?: string }).code === "RATE_LIMITED").length;
    console.log(`budget through the app: 20 concurrent calls, room for 3 → ${granted} upstream calls, ${refused} refused (429)`);
    expect(granted).toBe(3);
    expect(refused).toBe(17);
    expect(chatCalls()).toBe(3);
    const usage = await usageOf(learner);
    expect(usage).toHaveLength(3);
    expect(usage.every((row) => row.outcome === "ok" && row.inputTokens > 0 && row.outputTokens > 0 && row.costMicros > 0 && row.feature === "tutor")).toBe(true);
    // Settled with what was really used (a few tokens each), the learner has room again.
    await expect(probeCall(learner, 30_000)).resolves.toMatchObject({ answer: expect.any(String) });
  });

  it("refuses AI calls with a clear message when the budget store is down, and the rest of the app still works", async () => {
    const down = m.budget.createRedisBudgetStore(m.redis.createRedisClient({ url: "http://127.0.0.1:1", token: "x", retry: { retries: 0 } }), { timeoutMs: 500 });
    await expect(probeCall(app.learner, 100, down)).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("usage limits cannot be checked") });
    expect(chatCalls()).toBe(0);
    const found = await m.search.searchLessonChunks(null, "multiplication principle");
    expect(found.results.length).toBeGreaterThan(0);
  });

  it("turns provider failures into clear messages, keeps nothing half-done and records each call", async () => {
    const learner = await app.newLearner("Failure Learner");
    app.stub.setScenario({ rules: [{ behavior: { kind: "status", status: 429 } }] });
    await expect(probeCall(learner, 100)).rejects.toMatchObject({ code: "RATE_LIMITED", message: expect.stringContaining("busy") });
    app.stub.setScenario({ rules: [{ behavior: { kind: "status", status: 500 } }] });
    await expect(probeCall(learner, 100)).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("unavailable") });
    app.stub.setScenario({ rules: [{ behavior: { kind: "hang" } }] });
    await expect(probeCall(learner, 100)).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("did not answer in time") });
    app.stub.setScenario({ rules: [{ behavior: { kind: "invalid-json" } }] });
    await expect(probeCall(learner, 100)).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("could not be used") });
    const outcomes = (await usageOf(learner)).map((row) => row.outcome).sort();
    expect(outcomes).toEqual(["failed", "failed", "failed", "invalid_output"]);
  });
});

describe("hybrid search", () => {
  it("finds passages by full text, then by full text and vectors once chunks are embedded", async () => {
    const before = await m.search.searchLessonChunks(app.learner, "multiplication principle");
    expect(before.mode).toBe("full_text");
    expect(before.results[0]).toMatchObject({ lessonSlug: "counting-outcomes", anchor: "section-the-multiplication-principle" });
    const { embedded } = await m.embed.embedPendingChunks(app.teacher);
    expect(embedded).toBeGreaterThan(20);
    const after = await m.search.searchLessonChunks(app.learner, "how many ways to arrange items when order matters");
    expect(after.mode).toBe("hybrid");
    expect(after.results.length).toBeGreaterThan(0);
    expect(after.results.some((result) => result.lessonSlug === "counting-outcomes")).toBe(true);
    expect(after.results[0]!.headline.length).toBeGreaterThan(0);
  });

  it("re-chunks a lesson on save; only changed chunks lose their embedding", async () => {
    const { LessonTable, LessonChunkTable } = m.schema;
    const [lesson] = await app.db.select().from(LessonTable).where(sql`${LessonTable.slug} = 'counting-outcomes'`);
    await m.embed.embedPendingChunks(app.teacher);
    const edited = lesson!.markdown.replace("## The multiplication principle", "## The multiplication principle\n\nZebra-crossing example: a brand new sentence.");
    await m.outline.updateLesson(app.teacher, lesson!.id, { title: lesson!.title, slug: lesson!.slug, summary: lesson!.summary, markdown: edited, videoUrl: lesson!.videoUrl, estimatedMinutes: lesson!.estimatedMinutes, topicSlugs: ["counting"] });
    const chunks = await app.db.select().from(LessonChunkTable).where(sql`${LessonChunkTable.lessonId} = ${lesson!.id}`);
    const changed = chunks.filter((chunk) => chunk.content.includes("Zebra-crossing"));
    expect(changed).toHaveLength(1);
    expect(changed[0]!.embedding).toBeNull();
    expect(chunks.filter((chunk) => chunk.embedding === null)).toHaveLength(1);
    const found = await m.search.searchLessonChunks(app.learner, "zebra crossing");
    expect(found.results[0]?.anchor).toBe("section-the-multiplication-principle");
    expect((await m.embed.embedPendingChunks(app.teacher, { lessonId: lesson!.id })).embedded).toBe(1);
  });
});

describe("the tutor", () => {
  it("streams a cited answer, keeps the conversation for its owner only", async () => {
    const events = await collect(await m.tutor.startTutorReply(app.learner, { courseSlug: "probability-and-statistics", message: "What is the multiplication principle?", socratic: false }));
    const meta = events.find((event) => event.type === "meta");
    const done = events.find((event) => event.type === "done");
    expect(meta).toMatchObject({ aiOff: false, inTest: false });
    expect(events.filter((event) => event.type === "delta").length).toBeGreaterThan(1);
    expect(done?.type === "done" && done.content).toMatch(/\[1\]/);
    expect(done?.type === "done" && done.citations[0]).toMatchObject({ n: 1, lessonSlug: expect.any(String), anchor: expect.stringMatching(/^section-/) });
    const conversationId = meta?.type === "meta" ? meta.conversationId : "";
    const saved = await m.tutorDb.selectTutorConversation(app.learner, conversationId);
    expect(saved.messages.map((message) => message.role)).toEqual(["user", "assistant"]);
    await expect(m.tutorDb.selectTutorConversation(app.teacher, conversationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const socratic = await collect(await m.tutor.startTutorReply(app.learner, { courseSlug: "probability-and-statistics", conversationId, message: "And permutations?" }));
    expect(socratic.find((event) => event.type === "done")).toMatchObject({ content: expect.stringContaining("work it out together") });
    expect(JSON.stringify(app.stub.requests().at(-1)?.body)).toContain("Socratic mode is on");
  });

  it("keeps the question when the provider fails, and asking again does not store it twice", async () => {
    const first = await collect(await m.tutor.startTutorReply(app.learner, { courseSlug: "probability-and-statistics", message: "What is a sample space?" }));
    const meta = first.find((event) => event.type === "meta");
    const conversationId = meta?.type === "meta" ? meta.conversationId : "";
    app.stub.setScenario({ rules: [{ match: { path: "/v1/chat/completions" }, behavior: { kind: "status", status: 500 } }] });
    const failed = await collect(await m.tutor.startTutorReply(app.learner, { courseSlug: "probability-and-statistics", conversationId, message: "And an event?" }));
    expect(failed.at(-1)).toMatchObject({ type: "error", code: "UNAVAILABLE" });
    let saved = await m.tutorDb.selectTutorConversation(app.learner, conversationId);
    expect(saved.messages.map((message) => message.role)).toEqual(["user", "assistant", "user"]);
    const retried = await collect(await m.tutor.startTutorReply(app.learner, { courseSlug: "probability-and-statistics", conversationId, message: "And an event?" }));
    expect(retried.at(-1)).toMatchObject({ type: "done" });
    saved = await m.tutorDb.selectTutorConversation(app.learner, conversationId);
    expect(saved.messages.map((message) => message.role)).toEqual(["user", "assistant", "user", "assistant"]);
  });
});

describe("handwritten answers", () => {
  it("reads a photographed answer, and refuses a non-image or an oversized photo before any model call", async () => {
    const read = await m.transcribe.transcribeAnswer(app.learner, "image", pngWithTranscript("The two events are independent."));
    expect(read).toEqual({ text: "The two events are independent.", legible: true, kind: "image" });
    await expect(m.transcribe.transcribeAnswer(app.learner, "image", new TextEncoder().encode("not really a png"))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(pngWithTranscript("x"));
    await expect(m.transcribe.transcribeAnswer(app.learner, "image", huge)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(chatCalls()).toBe(1);
  });

  it("transcribes a spoken answer with the speech-to-text model, and refuses a file that is not audio", async () => {
    const heard = await m.transcribe.transcribeAnswer(app.learner, "audio", audioWithTranscript("Zero point five, because the events are independent."));
    expect(heard).toEqual({ text: "Zero point five, because the events are independent.", legible: true, kind: "audio" });
    const upload = app.stub.requests().find((request) => request.path === "/v1/audio/transcriptions");
    expect(upload?.body).toMatchObject({ fields: { model: "gpt-4o-mini-transcribe" } });
    await expect(m.transcribe.transcribeAnswer(app.learner, "audio", pngWithTranscript("x"))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(app.stub.requests().filter((request) => request.path === "/v1/audio/transcriptions")).toHaveLength(1);
  });
});

describe("AI grading of essays", () => {
  type Grading = typeof import("@/features/ai-grading/grade");
  let grading: Grading;
  let manual: typeof import("@/features/attempts/db-grading");

  beforeAll(async () => {
    grading = await import("@/features/ai-grading/grade");
    manual = await import("@/features/attempts/db-grading");
  });

  /** A fresh learner's submitted attempt at the unit test, with an essay of the given text. */
  async function submittedEssay(essay: string) {
    const { AttemptItemTable, QuestionVersionTable, TestTable } = m.schema;
    const learner = await app.newLearner(`Essay ${Math.random().toString(36).slice(2, 7)}`);
    const [test] = await app.db.select().from(TestTable).where(sql`${TestTable.title} like 'Foundations%'`);
    const attempts = await import("@/features/attempts/db");
    const { startAttempt } = await import("@/features/attempts/db-start");
    await app.db.execute(sql`insert into enrolments (user_id, course_id) values (${learner.id}, ${test!.courseId}) on conflict do nothing`);
    const { attemptId } = await startAttempt(learner, test!.id, null);
    const items = await app.db
      .select({ slot: AttemptItemTable.slot, type: QuestionVersionTable.type })
      .from(AttemptItemTable)
      .innerJoin(QuestionVersionTable, sql`${QuestionVersionTable.id} = ${AttemptItemTable.questionVersionId}`)
      .where(sql`${AttemptItemTable.attemptId} = ${attemptId}`);
    const essaySlot = items.find((item) => item.type === "essay")!.slot;
    await attempts.saveAttemptAnswer(learner, attemptId, essaySlot, { text: essay });
    await attempts.submitAttempt(learner, attemptId);
    return { learner, attemptId, slot: essaySlot, testId: test!.id };
  }

  async function setPolicy(testId: string, policy: "off" | "suggest" | "release_confident") {
    await app.db.update(m.schema.TestTable).set({ aiGrading: policy }).where(sql`${m.schema.TestTable.id} = ${testId}`);
  }

  async function slotState(attemptId: string, slot: number) {
    const { AttemptItemTable, AiGradeTable, GradeEventTable } = m.schema;
    const [item] = await app.db.select().from(AttemptItemTable).where(sql`${AttemptItemTable.attemptId} = ${attemptId} and ${AttemptItemTable.slot} = ${slot}`);
    const aiGrades = await app.db.select().from(AiGradeTable).where(sql`${AiGradeTable.attemptId} = ${attemptId}`);
    const events = await app.db.select().from(GradeEventTable).where(sql`${GradeEventTable.attemptId} = ${attemptId} and ${GradeEventTable.slot} = ${slot}`);
    return { item: item!, aiGrades, events };
  }

  const LONG_ESSAY =
    "Two events A and B are independent when knowing that one happened does not change the probability of the other, so P(A and B) equals P(A) times P(B). Mutually exclusive events with positive probabilities cannot be independent, because one rules the other out.";

  it("under 'suggest' queues the AI grade for the teacher; the teacher's override is kept with who and when", async () => {
    const essay = await submittedEssay(LONG_ESSAY);
    await setPolicy(essay.testId, "suggest");
    expect(await grading.aiGradeAttempt(essay.attemptId)).toMatchObject({ queued: 1, released: 0, failed: 0 });
    let state = await slotState(essay.attemptId, essay.slot);
    expect(state.item).toMatchObject({ needsManualGrading: true, score: null });
    expect(state.aiGrades[0]).toMatchObject({ status: "queued", confidence: 0.9 });
    expect(state.aiGrades[0]!.score).toBeLessThanOrEqual(state.item.points);
    await manual.gradeAttemptItem(app.teacher, { attemptId: essay.attemptId, slot: essay.slot, score: 1, feedback: "Name the condition." });
    state = await slotState(essay.attemptId, essay.slot);
    expect(state.aiGrades[0]).toMatchObject({ status: "overridden", decidedBy: app.teacher.id });
    expect(state.events.map((event) => [event.source, event.score, event.gradedBy])).toEqual([["teacher", 1, app.teacher.id]]);
    // Grading the same attempt again changes nothing.
    expect(await grading.aiGradeAttempt(essay.attemptId)).toMatchObject({ queued: 0, released: 0 });
  });

  it("under 'release_confident' releases a confident grade and queues a low-confidence one", async () => {
    const confident = await submittedEssay(LONG_ESSAY);
    await setPolicy(confident.testId, "release_confident");
    expect(await grading.aiGradeAttempt(confident.attemptId)).toMatchObject({ released: 1 });
    const released = await slotState(confident.attemptId, confident.slot);
    expect(released.item.needsManualGrading).toBe(false);
    expect(released.item.score).toBeGreaterThan(0);
    expect(released.item.score).toBeLessThanOrEqual(released.item.points);
    expect(released.item.feedback).toContain("(");
    expect(released.events.map((event) => event.source)).toEqual(["ai"]);
    const unsure = await submittedEssay("They are independent.");
    expect(await grading.aiGradeAttempt(unsure.attemptId)).toMatchObject({ queued: 1, released: 0 });
    expect((await slotState(unsure.attemptId, unsure.slot)).item.needsManualGrading).toBe(true);
    await setPolicy(confident.testId, "suggest");
  });

  it("never stores a grade out of range or of the wrong shape; the essay stays with the teacher", async () => {
    for (const kind of ["out-of-range", "wrong-shape", "invalid-json"] as const) {
      const essay = await submittedEssay(LONG_ESSAY);
      app.stub.setScenario({ rules: [{ match: { schema: "essay_grade" }, behavior: { kind } }] });
      expect(await grading.aiGradeAttempt(essay.attemptId)).toMatchObject({ failed: 1, released: 0, queued: 0 });
      const state = await slotState(essay.attemptId, essay.slot);
      expect(state.aiGrades).toEqual([]);
      expect(state.item).toMatchObject({ needsManualGrading: true, score: null });
    }
    const usage = await app.db.select().from(m.schema.AiUsageTable).where(sql`${m.schema.AiUsageTable.feature} = 'grading' and ${m.schema.AiUsageTable.outcome} = 'invalid_output'`);
    expect(usage.length).toBeGreaterThanOrEqual(3);
  });

  /** A submitted attempt whose short-text answer the exact match marks wrong. */
  async function submittedShortAnswer(text: string) {
    const { AttemptItemTable, QuestionVersionTable, TestTable } = m.schema;
    const learner = await app.newLearner(`Short ${Math.random().toString(36).slice(2, 7)}`);
    const [test] = await app.db.select().from(TestTable).where(sql`${TestTable.title} like 'Foundations%'`);
    const attempts = await import("@/features/attempts/db");
    const { startAttempt } = await import("@/features/attempts/db-start");
    await app.db.execute(sql`insert into enrolments (user_id, course_id) values (${learner.id}, ${test!.courseId}) on conflict do nothing`);
    const { attemptId } = await startAttempt(learner, test!.id, null);
    const [item] = await app.db
      .select({ slot: AttemptItemTable.slot })
      .from(AttemptItemTable)
      .innerJoin(QuestionVersionTable, sql`${QuestionVersionTable.id} = ${AttemptItemTable.questionVersionId}`)
      .where(sql`${AttemptItemTable.attemptId} = ${attemptId} and ${QuestionVersionTable.type} = 'short_text'`);
    await attempts.saveAttemptAnswer(learner, attemptId, item!.slot, { text });
    const outcome = await attempts.submitAttempt(learner, attemptId);
    return { attemptId, slot: item!.slot, testId: test!.id, scoreBefore: outcome.score ?? 0 };
  }

  const SAYS_EQUIVALENT = JSON.stringify({
    criteria: [{ criterion: "Means the same as an accepted answer", points: 1, feedback: "The same count, written out in words." }],
    score: 1,
    confidence: 0.95,
    summary: "Equivalent to an accepted answer.",
  });

  it("takes a second look at a short answer the exact match marked wrong: queued for the teacher, or released when confident", async () => {
    const suggested = await submittedShortAnswer("a different wording entirely");
    await setPolicy(suggested.testId, "suggest");
    app.stub.setScenario({ rules: [{ match: { contains: "Means the same as an accepted answer" }, behavior: { kind: "reply", content: SAYS_EQUIVALENT }, times: null }] });
    expect(await grading.aiGradeAttempt(suggested.attemptId)).toMatchObject({ queued: 1, released: 0 });
    let state = await slotState(suggested.attemptId, suggested.slot);
    expect(state.item.score).toBe(0);
    const queue = await manual.selectGradingQueue(app.teacher, { testId: suggested.testId });
    expect(queue.some((row) => row.attemptId === suggested.attemptId && row.slot === suggested.slot)).toBe(true);
    await manual.gradeAttemptItem(app.teacher, { attemptId: suggested.attemptId, slot: suggested.slot, score: state.item.points, feedback: "" });
    state = await slotState(suggested.attemptId, suggested.slot);
    expect(state.aiGrades[0]).toMatchObject({ status: "accepted", decidedBy: app.teacher.id });
    expect((await manual.selectGradingQueue(app.teacher, { testId: suggested.testId })).some((row) => row.attemptId === suggested.attemptId)).toBe(false);

    const released = await submittedShortAnswer("another wording entirely");
    await setPolicy(released.testId, "release_confident");
    expect(await grading.aiGradeAttempt(released.attemptId)).toMatchObject({ released: 1 });
    state = await slotState(released.attemptId, released.slot);
    expect(state.item.score).toBe(state.item.points);
    expect(state.events.map((event) => [event.source, event.previousScore])).toEqual([["ai", 0]]);
    const [attempt] = await app.db.select().from(m.schema.AttemptTable).where(sql`${m.schema.AttemptTable.id} = ${released.attemptId}`);
    expect(attempt!.score).toBeCloseTo(released.scoreBefore + state.item.points, 6);

    // When the AI agrees the answer is wrong, the exact match stands and nothing is stored.
    const wrong = await submittedShortAnswer("no idea");
    app.stub.reset();
    app.stub.setScenario({ rules: [{ match: { contains: "Means the same as an accepted answer" }, behavior: { kind: "reply", content: SAYS_EQUIVALENT.replace(/"points":1/, '"points":0').replace(/"score":1/, '"score":0') }, times: null }] });
    expect(await grading.aiGradeAttempt(wrong.attemptId)).toMatchObject({ released: 0, queued: 0, skipped: 1 });
    expect((await slotState(wrong.attemptId, wrong.slot)).aiGrades).toEqual([]);
    await setPolicy(released.testId, "suggest");
  });

  it("does not run when the test's policy is off", async () => {
    const essay = await submittedEssay(LONG_ESSAY);
    await setPolicy(essay.testId, "off");
    expect(await grading.aiGradeAttempt(essay.attemptId)).toEqual({ released: 0, queued: 0, failed: 0, skipped: 0 });
    expect(chatCalls()).toBe(0);
    await setPolicy(essay.testId, "suggest");
  });
});

describe("question generation", () => {
  type Generation = typeof import("@/features/question-generation/generate");
  let generation: Generation;
  let drafts: typeof import("@/features/question-generation/db");
  let lessonId: string;
  let courseId: string;

  beforeAll(async () => {
    generation = await import("@/features/question-generation/generate");
    drafts = await import("@/features/question-generation/db");
    const [lesson] = await app.db.select().from(m.schema.LessonTable).where(sql`${m.schema.LessonTable.slug} = 'what-is-probability'`);
    lessonId = lesson!.id;
    courseId = lesson!.courseId;
  });

  it("streams drafts that cite their passage; approving creates one question, however often it is clicked", async () => {
    const events = await collect(await generation.startQuestionGeneration(app.teacher, { courseId, lessonId, chunkIds: null, count: 3, types: ["single_choice", "true_false"], difficulty: "medium", topicSlugs: ["sample-spaces"] }));
    expect(events.map((event) => event.type)).toEqual(["start", "draft", "draft", "draft", "done"]);
    expect(events.at(-1)).toMatchObject({ pending: 3, rejected: 0 });
    const stored = (await drafts.selectCourseDrafts(app.teacher, courseId)).filter((draft) => draft.status === "pending");
    expect(stored.length).toBeGreaterThanOrEqual(3);
    expect(stored[0]!.source).toMatchObject({ lessonId, lessonSlug: "what-is-probability", anchor: expect.any(String), quote: expect.any(String) });
    const target = stored[0]!;
    const results = await Promise.allSettled([1, 2, 3].map(() => drafts.approveQuestionDraft(app.teacher, target.id)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const questions = await app.db.select().from(m.schema.QuestionDraftTable).where(sql`${m.schema.QuestionDraftTable.id} = ${target.id}`);
    expect(questions[0]).toMatchObject({ status: "approved", reviewedBy: app.teacher.id, questionId: expect.any(String) });
    await expect(drafts.approveQuestionDraft(app.learner, stored[1]!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("rejects flawed drafts automatically, each with its reason", async () => {
    app.stub.setScenario({ rules: [{ match: { schema: "question_drafts" }, behavior: { kind: "flawed-drafts" }, times: null }] });
    const events = await collect(await generation.startQuestionGeneration(app.teacher, { courseId, lessonId, chunkIds: null, count: 4, types: ["single_choice"], difficulty: "easy", topicSlugs: [] }));
    const codes = events.flatMap((event) => (event.type === "draft" ? [event.draft.status, ...event.draft.problems.map((problem) => problem.code)] : []));
    expect(events.at(-1)).toMatchObject({ pending: 0, rejected: 4 });
    expect(codes).toEqual(expect.arrayContaining(["auto_rejected", "SEVERAL_CORRECT_OPTIONS", "DUPLICATE_OPTIONS", "ANSWER_IN_STEM", "QUOTE_NOT_IN_PASSAGE"]));
  });

  it("keeps the drafts already made when the provider fails half-way, and says so", async () => {
    app.stub.setScenario({ rules: [{ match: { schema: "question_drafts" }, behavior: { kind: "delay", ms: 0 }, times: 1 }, { match: { schema: "question_drafts" }, behavior: { kind: "status", status: 500 }, times: null }] });
    const events = await collect(await generation.startQuestionGeneration(app.teacher, { courseId, lessonId, chunkIds: null, count: 3, types: ["short_text"], difficulty: "hard", topicSlugs: [] }));
    expect(events.map((event) => event.type)).toEqual(["start", "draft", "error"]);
    expect(events.at(-1)).toMatchObject({ code: "UNAVAILABLE", saved: 1 });
  });

  it("refuses a learner and a lesson of another teacher's course before any model call", async () => {
    await expect(generation.startQuestionGeneration(app.learner, { courseId, lessonId, chunkIds: null, count: 1, types: ["single_choice"], difficulty: "easy", topicSlugs: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(chatCalls()).toBe(0);
  });
});

describe("course outlines", () => {
  it("drafts an outline for the teacher to edit and creates the whole course in one go only when asked", async () => {
    const draft = await import("@/features/course-outline/draft");
    const create = await import("@/features/course-outline/db");
    const outline = await draft.draftCourseOutline(app.teacher, {
      description: "An introduction to linear regression for social scientists: fitting lines, residuals and interpreting slopes.",
      level: "beginner",
      lessonsWanted: 4,
    });
    expect(outline.topics.length).toBeGreaterThan(0);
    const coursesBefore = await app.db.select().from(m.schema.CourseTable);
    // Nothing exists until the teacher creates it; the teacher's edits are what is created.
    const edited = { ...outline, title: "Regression for beginners", modules: outline.modules.slice(0, 1) };
    const courseId = await create.createCourseFromOutline(app.teacher, edited, { level: "beginner" });
    const coursesAfter = await app.db.select().from(m.schema.CourseTable);
    expect(coursesAfter.length).toBe(coursesBefore.length + 1);
    const [course] = coursesAfter.filter((row) => row.id === courseId);
    expect(course).toMatchObject({ title: "Regression for beginners", visibility: "private", publishedAt: null, ownerId: app.teacher.id });
    const lessons = await app.db.select().from(m.schema.LessonTable).where(sql`${m.schema.LessonTable.courseId} = ${courseId}`);
    expect(lessons).toHaveLength(edited.modules[0]!.lessons.length);
    await expect(draft.draftCourseOutline(app.learner, { description: "x".repeat(40), level: "beginner", lessonsWanted: 3 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    app.stub.setScenario({ rules: [{ match: { schema: "course_outline" }, behavior: { kind: "wrong-shape" } }] });
    await expect(draft.draftCourseOutline(app.teacher, { description: "y".repeat(40), level: "beginner", lessonsWanted: 3 })).rejects.toMatchObject({ code: "UNAVAILABLE" });
    expect((await app.db.select().from(m.schema.CourseTable)).length).toBe(coursesAfter.length);
  });
});

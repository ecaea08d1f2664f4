import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectRows } from "@/drizzle/execute";
import type { Database } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { closeAppDatabase, useAppDatabase } from "../support/app-env";

// Authoring, classes, grading and reports against the seeded demo on the embedded database.
describe("authoring, classes and reports on the seeded demo", () => {
  let db: Database;
  let teacher: User;
  let learner: User;
  let otherTeacher: User;
  let app: {
    authoring: typeof import("@/features/courses/db-authoring");
    outline: typeof import("@/features/courses/db-outline");
    progress: typeof import("@/features/courses/db-progress");
    classes: typeof import("@/features/classes/db");
    gradebook: typeof import("@/features/classes/db-gradebook");
    grading: typeof import("@/features/attempts/db-grading");
    statistics: typeof import("@/features/tests/db-statistics");
    users: typeof import("@/features/users/db");
    tests: typeof import("@/features/tests/db");
  };

  beforeAll(async () => {
    const { dbModule } = await useAppDatabase("pglite", {});
    const connection = await dbModule.getDatabaseConnection();
    await connection.migrate(dbModule.MIGRATIONS_FOLDER);
    db = connection.db;
    await (await import("@/drizzle/seed/seed")).seedDemoContent(db);
    app = {
      authoring: await import("@/features/courses/db-authoring"),
      outline: await import("@/features/courses/db-outline"),
      progress: await import("@/features/courses/db-progress"),
      classes: await import("@/features/classes/db"),
      gradebook: await import("@/features/classes/db-gradebook"),
      grading: await import("@/features/attempts/db-grading"),
      statistics: await import("@/features/tests/db-statistics"),
      users: await import("@/features/users/db"),
      tests: await import("@/features/tests/db"),
    };
    const demo = await app.users.selectDemoUsers();
    teacher = demo.find((user) => user.role === "teacher")!;
    learner = demo.find((user) => user.role === "learner")!;
    const schema = await import("@/drizzle/schema");
    [otherTeacher] = (await db
      .insert(schema.UserTable)
      .values({ authProvider: "dev", externalId: "other-teacher", email: "other@example.test", name: "Other Teacher", role: "teacher" })
      .returning()) as [User];
  });
  afterAll(closeAppDatabase);

  it("lets a teacher build a course outline, and refuses learners and duplicate addresses", async () => {
    await expect(app.authoring.insertCourse(learner, { title: "Mine", slug: "mine", summary: "", description: "", level: "beginner", visibility: "private" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const courseId = await app.authoring.insertCourse(teacher, { title: "Linear algebra", slug: "linear-algebra", summary: "", description: "", level: "beginner", visibility: "public" });
    await expect(app.authoring.insertCourse(teacher, { title: "Again", slug: "linear-algebra", summary: "", description: "", level: "beginner", visibility: "public" })).rejects.toMatchObject({ code: "CONFLICT" });
    const topicId = await app.authoring.insertTopic(teacher, courseId, { name: "Vectors", slug: "vectors", description: "" });
    const first = await app.outline.insertModule(teacher, courseId, { title: "Vectors", summary: "" });
    const second = await app.outline.insertModule(teacher, courseId, { title: "Matrices", summary: "" });
    const lesson = await app.outline.insertLesson(teacher, first, { title: "What is a vector", slug: "what-is-a-vector", summary: "", markdown: "# Arrows", videoUrl: null, estimatedMinutes: 5, topicSlugs: ["vectors"] });
    await expect(app.outline.insertLesson(teacher, first, { title: "Dup", slug: "what-is-a-vector", summary: "", markdown: "", videoUrl: null, estimatedMinutes: 5, topicSlugs: [] })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(app.outline.insertLesson(teacher, first, { title: "Bad topic", slug: "bad-topic", summary: "", markdown: "", videoUrl: null, estimatedMinutes: 5, topicSlugs: ["nope"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await app.outline.moveModule(teacher, second, "up");
    const editor = await app.outline.selectCourseForEditor(teacher, courseId);
    expect(editor?.modules.map((courseModule) => courseModule.title)).toEqual(["Matrices", "Vectors"]);
    expect(editor?.modules[1]?.lessons.map((entry) => entry.id)).toEqual([lesson]);
    await expect(app.outline.deleteModule(teacher, first)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await app.outline.selectCourseForEditor(otherTeacher, courseId)).toBeNull();
    await expect(app.outline.updateModule(otherTeacher, first, { title: "Hijacked", summary: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A stranger learns nothing about what the module or topic holds: NOT_FOUND, not the owner's CONFLICT.
    await expect(app.outline.deleteModule(otherTeacher, first)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(app.authoring.deleteTopic(otherTeacher, topicId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("counts each course's own lessons, questions, tests and attempts in the teacher's lists", async () => {
    const probability = (await app.authoring.selectAuthoredCourses(teacher)).find((course) => course.slug === "probability-and-statistics");
    expect(probability).toMatchObject({ lessonCount: 12, questionCount: 73, testCount: 2 });
    const tests = await app.tests.selectCourseTests(teacher, probability!.id);
    expect(tests.map((test) => test.questionCount).sort()).toEqual([13, 8]);
    expect(tests.map((test) => test.attemptCount).sort((a, b) => a - b)).toEqual([0, 10]);
    expect(await app.authoring.selectAuthoredCourses(learner)).toEqual([]);
  });

  it("tracks lesson completion only for enrolled learners, idempotently", async () => {
    const [lesson] = await selectRows<{ slug: string }>(db, sql`select l.slug from lessons l join courses c on c.id = l.course_id where c.slug = 'probability-and-statistics' order by l.position limit 1`);
    await app.progress.setLessonCompleted(learner, "probability-and-statistics", lesson!.slug, true);
    await app.progress.setLessonCompleted(learner, "probability-and-statistics", lesson!.slug, true);
    const progress = await app.progress.selectCourseProgress(learner);
    expect(progress).toHaveLength(1);
    expect(progress[0]).toMatchObject({ completed: 1, total: 12 });
    await expect(app.progress.setLessonCompleted(otherTeacher, "probability-and-statistics", lesson!.slug, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("joins a class by code once, rotates the code and refuses the old one", async () => {
    const joined = await app.classes.joinClassByCode(otherTeacher, "STATS-AUTUMN");
    expect(joined.joined).toBe(true);
    expect((await app.classes.joinClassByCode(otherTeacher, "STATS-AUTUMN")).joined).toBe(false);
    const fresh = await app.classes.rotateJoinCode(teacher, joined.classId);
    expect(fresh).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expect(app.classes.joinClassByCode(learner, "STATS-AUTUMN")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(app.classes.rotateJoinCode(otherTeacher, joined.classId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await app.classes.removeClassMember(teacher, joined.classId, otherTeacher.id);
    expect((await app.classes.selectClassMembers(teacher, joined.classId)).some((member) => member.userId === otherTeacher.id)).toBe(false);
  });

  it("shows the seeded gradebook, queue and statistics, and moves them when an essay is graded", async () => {
    const [demoClass] = await selectRows<{ id: string }>(db, sql`select id from classes where name like 'Statistics%'`);
    const book = await app.gradebook.selectGradebook(teacher, demoClass!.id);
    expect(book.assignments).toHaveLength(2);
    expect(book.rows.length).toBeGreaterThanOrEqual(9);
    const graded = book.rows.filter((row) => row.cells[0]?.fraction !== null);
    expect(graded.length).toBeGreaterThanOrEqual(6);
    await expect(app.gradebook.selectGradebook(otherTeacher, demoClass!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const queue = await app.grading.selectGradingQueue(teacher);
    expect(queue).toHaveLength(2);
    expect(await app.grading.selectGradingQueue(teacher, { classId: demoClass!.id })).toHaveLength(2);
    expect(await app.grading.selectGradingQueue(teacher, { classId: "00000000-0000-4000-8000-000000000000" })).toEqual([]);
    expect(await app.grading.selectGradingQueue(otherTeacher)).toEqual([]);
    const testId = queue[0]!.testId;
    const before = await app.statistics.selectTestStatistics(teacher, testId);
    expect(before.summary.attemptCount).toBe(6);
    expect(before.items.length).toBe(13);
    expect(before.items.map((item) => item.position)).toEqual(Array.from({ length: 13 }, (_, index) => index + 1));
    expect(before.items.every((item) => item.facility === null || (item.facility >= 0 && item.facility <= 100))).toBe(true);

    await expect(app.grading.gradeAttemptItem(teacher, { attemptId: queue[0]!.attemptId, slot: queue[0]!.slot, score: 99, feedback: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(app.grading.gradeAttemptItem(otherTeacher, { attemptId: queue[0]!.attemptId, slot: queue[0]!.slot, score: 1, feedback: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await app.grading.gradeAttemptItem(teacher, { attemptId: queue[0]!.attemptId, slot: queue[0]!.slot, score: 3.5, feedback: "Clear reasoning." });
    expect(await app.grading.selectGradingQueue(teacher)).toHaveLength(1);
    const after = await app.statistics.selectTestStatistics(teacher, testId);
    expect(after.summary.attemptCount).toBe(7);
    const [event] = await selectRows<{ score: number; graded_by: string }>(db, sql`select score, graded_by from grade_events where attempt_id = ${queue[0]!.attemptId} and source = 'teacher'`);
    expect(event).toMatchObject({ score: 3.5, graded_by: teacher.id });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { closeAppDatabase, useAppDatabase } from "../support/app-env";

// The learner's side of classes and the dashboard's data, on the seeded demo content: the demo
// learner and the classmates whose attempts the seed wrote.
let db: Database;
let learner: User;
let classmate: User;
let outsider: User;
let classId: string;
let app: {
  classes: typeof import("@/features/classes/db-learner");
  analytics: typeof import("@/features/analytics/db-learner");
  schema: typeof import("@/drizzle/schema");
};

beforeAll(async () => {
  const { dbModule } = await useAppDatabase("pglite", {});
  const connection = await dbModule.getDatabaseConnection();
  await connection.migrate(dbModule.MIGRATIONS_FOLDER);
  db = connection.db;
  await (await import("@/drizzle/seed/seed")).seedDemoContent(db);
  app = {
    classes: await import("@/features/classes/db-learner"),
    analytics: await import("@/features/analytics/db-learner"),
    schema: await import("@/drizzle/schema"),
  };
  const { UserTable, ClassTable } = app.schema;
  const users = await db.select().from(UserTable);
  learner = users.find((user) => user.externalId === "demo-learner")!;
  classmate = users.find((user) => user.externalId === "demo-classmate-1")!;
  [outsider] = await db.insert(UserTable).values({ authProvider: "dev", externalId: "outsider", email: "outsider@example.test", name: "Outsider", role: "learner" }).returning() as [User];
  [{ id: classId }] = (await db.select({ id: ClassTable.id }).from(ClassTable)) as [{ id: string }];
});
afterAll(closeAppDatabase);

describe("a learner's classes", () => {
  it("lists the classes the learner is in, with the course, the teacher and the counts", async () => {
    const classes = await app.classes.selectLearnerClasses(learner);
    expect(classes).toHaveLength(1);
    expect(classes[0]).toMatchObject({ id: classId, name: "Statistics — Autumn cohort", role: "learner", archived: false, course: { slug: "probability-and-statistics" }, assignmentCount: 2 });
    expect(classes[0]!.learnerCount).toBeGreaterThan(5);
    expect(await app.classes.selectLearnerClasses(outsider)).toEqual([]);
  });

  it("shows a class's assignments with their status, and each learner only their own attempts", async () => {
    const mine = await app.classes.selectClassForLearner(learner, classId);
    expect(mine.assignments.map((assignment) => assignment.title).sort()).toEqual(["Distributions checkpoint", "Foundations of probability — unit test"]);
    // The unit test is due within a day of the seed; the checkpoint in nine days.
    expect(mine.assignments.map((assignment) => [assignment.title, assignment.attemptsUsed, assignment.status])).toEqual([
      ["Foundations of probability — unit test", 0, "due_soon"],
      ["Distributions checkpoint", 0, "open"],
    ]);
    const theirs = await app.classes.selectClassForLearner(classmate, classId);
    const unit = theirs.assignments.find((assignment) => assignment.title.startsWith("Foundations"))!;
    expect(unit.attemptsUsed).toBeGreaterThan(0);
    expect(unit.done).toBe(true);
    expect(unit.attempts.every((attempt) => attempt.state !== "in_progress")).toBe(true);
    await expect(app.classes.selectClassForLearner(outsider, classId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(app.classes.selectClassForLearner(learner, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("puts only unfinished work due soon on the dashboard", async () => {
    const soon = await app.classes.selectDueSoon(learner, new Date());
    expect(soon.map((item) => item.title)).toContain("Foundations of probability — unit test");
    expect(soon.map((item) => item.title)).not.toContain("Distributions checkpoint");
    expect((await app.classes.selectDueSoon(classmate, new Date())).map((item) => item.title)).not.toContain("Foundations of probability — unit test");
  });
});

describe("the dashboard's data", () => {
  it("reports per-course progress with its topics for an enrolled learner, and nothing for others", async () => {
    const progress = await app.analytics.selectCourseProgress(learner);
    expect(progress).toHaveLength(1);
    // No answers yet: no readiness figure until the model has evidence.
    expect(progress[0]).toMatchObject({ slug: "probability-and-statistics", answers: 0, readiness: null });
    expect(progress[0]!.topics).toHaveLength(13);
    expect(await app.analytics.selectCourseProgress(outsider)).toEqual([]);
  });

  it("counts a streak of active days in the learner's time zone", async () => {
    // Midday in Berlin in June: yesterday is exactly 24 hours back (no clock change near it).
    const now = new Date("2030-06-15T10:00:00Z");
    const quiet = await app.analytics.selectLearnerActivity(learner, now, "Europe/Berlin");
    expect(quiet).toMatchObject({ streak: 0, activeToday: false });
    const { LessonCompletionTable, LessonTable } = app.schema;
    const lessons = await db.select({ id: LessonTable.id }).from(LessonTable).limit(2);
    await db.insert(LessonCompletionTable).values([
      { userId: learner.id, lessonId: lessons[0]!.id, completedAt: now },
      { userId: learner.id, lessonId: lessons[1]!.id, completedAt: new Date(now.getTime() - 86_400_000) },
    ]);
    const active = await app.analytics.selectLearnerActivity(learner, now, "Europe/Berlin");
    expect(active.activeToday).toBe(true);
    expect(active.streak).toBe(2);
    expect(active.longest).toBeGreaterThanOrEqual(2);
  });

  it("lists passages to read next and marks one done for its owner only", async () => {
    expect(await app.analytics.selectReadNext(learner)).toEqual([]);
    const { ReadNextTable, LessonTable, CourseTable } = app.schema;
    const [lesson] = await db.select({ id: LessonTable.id, courseId: LessonTable.courseId }).from(LessonTable).limit(1);
    const [course] = await db.select({ id: CourseTable.id }).from(CourseTable).where(sql`${CourseTable.id} = ${lesson!.courseId}`);
    const [entry] = await db.insert(ReadNextTable).values({ userId: learner.id, courseId: course!.id, lessonId: lesson!.id, anchor: "section-the-basic-rules", heading: "The basic rules" }).returning();
    const listed = await app.analytics.selectReadNext(learner);
    expect(listed).toHaveLength(1);
    // Someone else's id changes nothing.
    await app.analytics.markReadNextDone(outsider, entry!.id);
    expect(await app.analytics.selectReadNext(learner)).toHaveLength(1);
    await app.analytics.markReadNextDone(learner, entry!.id);
    expect(await app.analytics.selectReadNext(learner)).toEqual([]);
  });
});

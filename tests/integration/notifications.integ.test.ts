import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, inArray, like } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { closeAppDatabase, useAppDatabase } from "../support/app-env";

// In-app notifications on the seeded demo content: who each producer notifies, inside the
// transaction of its change, and the owner-only reads and writes of the notifications page.
let db: Database;
let learner: User;
let teacher: User;
let outsider: User;
let classmates: User[];
let classId: string;
let courseId: string;
let app: {
  notifications: typeof import("@/features/notifications/db");
  producers: typeof import("@/features/notifications/db-producers");
  due: typeof import("@/features/notifications/db-due");
  insert: typeof import("@/features/notifications/db-insert");
  classes: typeof import("@/features/classes/db");
  grading: typeof import("@/features/attempts/db-grading");
  attempts: typeof import("@/features/attempts/db");
  attemptStart: typeof import("@/features/attempts/db-start");
  aiGrading: typeof import("@/features/ai-grading/db");
  schema: typeof import("@/drizzle/schema");
};

const HOUR = 3_600_000;
const CRON_SECRET = "notifications-cron-secret-0123456789";

// The route handlers read the session through this module; here a variable decides who is signed in.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/services/auth/current-user", async (importOriginal) => {
  const { AppError } = await import("@/lib/errors");
  return {
    ...(await importOriginal<typeof import("@/services/auth/current-user")>()),
    getCurrentUser: async () => session.user,
    requireUser: async () => {
      if (!session.user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
      return session.user;
    },
  };
});

async function insertUser(externalId: string): Promise<User> {
  const { UserTable } = app.schema;
  const [user] = await db.insert(UserTable).values({ authProvider: "dev", externalId, email: `${externalId}@example.test`, name: externalId, role: "learner" }).returning();
  return user!;
}

async function notificationsOf(user: User, dedupePrefix?: string) {
  const { NotificationTable } = app.schema;
  return db
    .select()
    .from(NotificationTable)
    .where(and(eq(NotificationTable.userId, user.id), dedupePrefix ? like(NotificationTable.dedupeKey, `${dedupePrefix}%`) : undefined))
    .orderBy(NotificationTable.id);
}

async function insertTest(title: string): Promise<string> {
  const { TestTable } = app.schema;
  const [test] = await db.insert(TestTable).values({ courseId, authorId: teacher.id, title, publishedAt: new Date() }).returning({ id: TestTable.id });
  return test!.id;
}

beforeAll(async () => {
  process.env.CRON_SECRET = CRON_SECRET;
  const { dbModule } = await useAppDatabase("pglite", {});
  const connection = await dbModule.getDatabaseConnection();
  await connection.migrate(dbModule.MIGRATIONS_FOLDER);
  db = connection.db;
  await (await import("@/drizzle/seed/seed")).seedDemoContent(db);
  app = {
    notifications: await import("@/features/notifications/db"),
    producers: await import("@/features/notifications/db-producers"),
    due: await import("@/features/notifications/db-due"),
    insert: await import("@/features/notifications/db-insert"),
    classes: await import("@/features/classes/db"),
    grading: await import("@/features/attempts/db-grading"),
    attempts: await import("@/features/attempts/db"),
    attemptStart: await import("@/features/attempts/db-start"),
    aiGrading: await import("@/features/ai-grading/db"),
    schema: await import("@/drizzle/schema"),
  };
  const { UserTable, ClassTable } = app.schema;
  const users = await db.select().from(UserTable);
  learner = users.find((user) => user.externalId === "demo-learner")!;
  teacher = users.find((user) => user.externalId === "demo-teacher")!;
  classmates = users.filter((user) => user.externalId.startsWith("demo-classmate-")).sort((a, b) => a.externalId.localeCompare(b.externalId));
  outsider = await insertUser("outsider");
  [{ id: classId, courseId }] = (await db.select({ id: ClassTable.id, courseId: ClassTable.courseId }).from(ClassTable)) as [{ id: string; courseId: string }];
});
afterAll(async () => {
  delete process.env.CRON_SECRET;
  await closeAppDatabase();
});

describe("a new assignment", () => {
  it("notifies each learner of the class once, and neither the teacher nor outsiders", async () => {
    const { ClassMemberTable, NotificationTable } = app.schema;
    const testId = await insertTest("Notification quiz");
    const window = { opensAt: null, dueAt: new Date(Date.now() + 72 * HOUR), closesAt: null };
    const assignmentId = await app.classes.upsertAssignment(teacher, classId, testId, window);
    // Assigning it again changes the window and notifies no one a second time.
    expect(await app.classes.upsertAssignment(teacher, classId, testId, { ...window, dueAt: new Date(Date.now() + 96 * HOUR) })).toBe(assignmentId);

    const members = await db.select({ userId: ClassMemberTable.userId }).from(ClassMemberTable).where(and(eq(ClassMemberTable.classId, classId), eq(ClassMemberTable.role, "learner")));
    expect(members.length).toBeGreaterThan(5);
    const sent = await db.select().from(NotificationTable).where(eq(NotificationTable.dedupeKey, `assignment:${assignmentId}`));
    expect(sent.map((row) => row.userId).sort()).toEqual(members.map((member) => member.userId).sort());
    expect(sent.find((row) => row.userId === learner.id)).toMatchObject({ kind: "assignment_new", title: "New test: Notification quiz", link: `/classes/${classId}`, readAt: null });
    expect(await notificationsOf(teacher)).toEqual([]);
    expect(await notificationsOf(outsider)).toEqual([]);
  });

  it("notifies nobody when the transaction that created the assignment rolls back", async () => {
    const { AssignmentTable, NotificationTable } = app.schema;
    const testId = await insertTest("Rolled back quiz");
    let assignmentId = "";
    await expect(
      db.transaction(async (tx) => {
        const [row] = await tx.insert(AssignmentTable).values({ classId, testId, assignedBy: teacher.id }).returning({ id: AssignmentTable.id });
        assignmentId = row!.id;
        expect(await app.producers.insertAssignmentNotifications(tx, assignmentId)).toBeGreaterThan(5);
        throw new Error("the change failed after notifying");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.select().from(NotificationTable).where(eq(NotificationTable.dedupeKey, `assignment:${assignmentId}`))).toEqual([]);
  });
});

describe("due-date reminders", () => {
  it("remind learners without a submission once, across runs, only for assignments due within the next day", async () => {
    const { AssignmentTable, ClassMemberTable, TestTable } = app.schema;
    const [unit] = await db
      .select({ id: AssignmentTable.id, dueAt: AssignmentTable.dueAt })
      .from(AssignmentTable)
      .innerJoin(TestTable, eq(TestTable.id, AssignmentTable.testId))
      .where(like(TestTable.title, "Foundations%"));
    // Twelve hours before the seeded unit test is due (it opened a week before, closes later).
    const now = new Date(unit!.dueAt!.getTime() - 12 * HOUR);
    const past = await app.classes.upsertAssignment(teacher, classId, await insertTest("Past due quiz"), { opensAt: null, dueAt: new Date(now.getTime() - HOUR), closesAt: null });
    const later = await app.classes.upsertAssignment(teacher, classId, await insertTest("Later quiz"), { opensAt: null, dueAt: new Date(now.getTime() + 25 * HOUR), closesAt: null });
    const newcomer = await insertUser("newcomer");
    await db.insert(ClassMemberTable).values({ classId, userId: newcomer.id, role: "learner" });

    // Opening the notifications page reminds that user alone.
    expect(await app.due.insertDueSoonReminders(now, { userId: learner.id })).toBe(1);
    expect(await notificationsOf(newcomer, "due:")).toEqual([]);
    // The cron run finds the rest: the newcomer; every classmate has submitted the unit test.
    expect(await app.due.insertDueSoonReminders(now)).toBe(1);
    expect(await app.due.insertDueSoonReminders(now)).toBe(0);
    expect(await app.due.insertDueSoonReminders(now, { userId: learner.id })).toBe(0);

    for (const user of [learner, newcomer]) {
      const reminders = await notificationsOf(user, "due:");
      expect(reminders).toHaveLength(1);
      expect(reminders[0]).toMatchObject({ kind: "test_due", dedupeKey: `due:${unit!.id}`, link: `/classes/${classId}`, title: "Due within a day: Foundations of probability — unit test" });
    }
    for (const user of [...classmates, teacher, outsider]) expect(await notificationsOf(user, "due:")).toEqual([]);
    const keys = (await notificationsOf(learner, "due:")).map((row) => row.dedupeKey);
    expect(keys).not.toContain(`due:${past}`);
    expect(keys).not.toContain(`due:${later}`);
    // Once the later one comes within a day, it is reminded too.
    expect(await app.due.insertDueSoonReminders(new Date(now.getTime() + 2 * HOUR), { userId: learner.id })).toBe(1);
    expect((await notificationsOf(learner, "due:")).map((row) => row.dedupeKey)).toContain(`due:${later}`);
  });
});

describe("released grades", () => {
  async function pendingEssaysOf(user: User) {
    const { AttemptItemTable, AttemptTable } = app.schema;
    return db
      .select({ attemptId: AttemptTable.id, slot: AttemptItemTable.slot, points: AttemptItemTable.points, questionVersionId: AttemptItemTable.questionVersionId })
      .from(AttemptItemTable)
      .innerJoin(AttemptTable, eq(AttemptTable.id, AttemptItemTable.attemptId))
      .where(and(eq(AttemptTable.userId, user.id), eq(AttemptTable.state, "submitted"), eq(AttemptItemTable.needsManualGrading, true)))
      .orderBy(AttemptItemTable.slot);
  }

  it("notify the learner once the teacher's marks make an attempt graded, and again after a re-grade", async () => {
    const mate = classmates.at(-1)!;
    const pending = await pendingEssaysOf(mate);
    expect(pending.length).toBeGreaterThan(0);
    const { attemptId } = pending[0]!;
    for (const [index, essay] of pending.entries()) {
      // Nothing before the last mark: the attempt is not graded yet.
      expect(await notificationsOf(mate, "grade:")).toEqual([]);
      await app.grading.gradeAttemptItem(teacher, { attemptId, slot: essay.slot, score: index === 0 ? 1 : 0, feedback: "" });
    }
    const [first] = await notificationsOf(mate, "grade:");
    expect(first).toMatchObject({ kind: "grade_released", link: `/attempts/${attemptId}`, title: expect.stringMatching(/^Graded: /) });
    expect(first!.body).toMatch(/Your mark: \d/);

    await app.grading.gradeAttemptItem(teacher, { attemptId, slot: pending[0]!.slot, score: 2, feedback: "Better on a second look." });
    const after = await notificationsOf(mate, "grade:");
    expect(after).toHaveLength(2);
    expect(after[1]).toMatchObject({ kind: "grade_released", title: expect.stringMatching(/^Grade updated: /) });
    expect(await notificationsOf(teacher)).toEqual([]);
  });

  it("notify the learner when an AI grade is released under the test's policy", async () => {
    const mate = classmates.at(-2)!;
    const pending = await pendingEssaysOf(mate);
    expect(pending).toHaveLength(1);
    const essay = pending[0]!;
    const work = { ...essay, kind: "essay" as const, stem: "Explain.", rubric: [{ criterion: "Reasoning", description: "Sound", points: 4 }], answer: "An answer.", policy: "release_confident" as const, authorId: teacher.id };
    const grade = { score: 3, maxScore: essay.points, confidence: 0.95, summary: "Clear.", criteria: [{ criterion: "Reasoning", points: 3, maxPoints: 4, feedback: "Clear." }] };
    expect(await app.aiGrading.storeAiGrade(work, grade, "stub-model", true)).toBe("released");
    const sent = await notificationsOf(mate, "grade:");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: "grade_released", link: `/attempts/${essay.attemptId}`, title: expect.stringMatching(/^Graded: /) });
  });

  it("do not notify the instant grade a learner sees when they submit", async () => {
    const { AssignmentTable, TestTable } = app.schema;
    const [checkpoint] = await db
      .select({ assignmentId: AssignmentTable.id, testId: TestTable.id })
      .from(AssignmentTable)
      .innerJoin(TestTable, eq(TestTable.id, AssignmentTable.testId))
      .where(and(eq(AssignmentTable.classId, classId), eq(TestTable.title, "Distributions checkpoint")));
    const { attemptId } = await app.attemptStart.startAttempt(learner, checkpoint!.testId, checkpoint!.assignmentId);
    const outcome = await app.attempts.submitAttempt(learner, attemptId);
    expect(["graded", "submitted"]).toContain(outcome.state);
    expect(await notificationsOf(learner, "grade:")).toEqual([]);
  });
});

describe("reading notifications", () => {
  it("counts unread ones, and marks one read for its owner only", async () => {
    const { NotificationTable } = app.schema;
    const unreadBefore = await app.notifications.countUnreadNotifications(learner);
    expect(unreadBefore).toBeGreaterThanOrEqual(3);
    const [target] = await notificationsOf(learner);

    await expect(app.notifications.markNotificationRead(outsider, target!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(app.notifications.markNotificationRead(learner, -1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [untouched] = await db.select().from(NotificationTable).where(eq(NotificationTable.id, target!.id));
    expect(untouched!.readAt).toBeNull();
    expect(await app.notifications.countUnreadNotifications(learner)).toBe(unreadBefore);

    expect(await app.notifications.markNotificationRead(learner, target!.id)).toEqual({ id: target!.id, link: target!.link });
    const [read] = await db.select().from(NotificationTable).where(eq(NotificationTable.id, target!.id));
    expect(read!.readAt).toBeInstanceOf(Date);
    // Reading it again keeps the first time.
    await app.notifications.markNotificationRead(learner, target!.id);
    const [again] = await db.select().from(NotificationTable).where(eq(NotificationTable.id, target!.id));
    expect(again!.readAt).toEqual(read!.readAt);
    expect(await app.notifications.countUnreadNotifications(learner)).toBe(unreadBefore - 1);
  });

  it("marks all of the caller's notifications read and no one else's", async () => {
    const mate = classmates[0]!;
    const mateUnread = await app.notifications.countUnreadNotifications(mate);
    expect(mateUnread).toBeGreaterThan(0);
    const unread = await app.notifications.countUnreadNotifications(learner);
    expect(await app.notifications.markAllNotificationsRead(learner)).toBe(unread);
    expect(await app.notifications.countUnreadNotifications(learner)).toBe(0);
    expect(await app.notifications.markAllNotificationsRead(learner)).toBe(0);
    expect(await app.notifications.countUnreadNotifications(mate)).toBe(mateUnread);
  });

  it("caps the unread count, and pages newest first by keyset with each notification exactly once", async () => {
    const busy = await insertUser("busy");
    const rows = Array.from({ length: 123 }, (_, index) => ({ userId: busy.id, kind: "mention" as const, title: `Mention ${index}`, link: "/classes" }));
    expect(await app.insert.insertNotifications(db, rows)).toBe(123);
    expect(await app.notifications.countUnreadNotifications(busy)).toBe(100);

    const seen: number[] = [];
    let before: number | undefined;
    let pages = 0;
    do {
      const page = await app.notifications.selectNotifications(busy, { before, limit: 10 });
      seen.push(...page.items.map((item) => item.id));
      before = page.nextBefore ?? undefined;
      pages += 1;
    } while (before !== undefined && pages < 50);
    expect(pages).toBe(13);
    expect(seen).toHaveLength(123);
    expect(new Set(seen).size).toBe(123);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    // A new notification arriving between pages does not shift the older pages.
    const first = await app.notifications.selectNotifications(busy, { limit: 10 });
    await app.insert.insertNotifications(db, [{ userId: busy.id, kind: "mention", title: "Late", link: "/classes" }]);
    const second = await app.notifications.selectNotifications(busy, { before: first.nextBefore!, limit: 10 });
    expect(second.items.map((item) => item.id)).toEqual(seen.slice(10, 20));
    // Nobody else's notifications appear; a bad cursor shows nothing.
    expect((await app.notifications.selectNotifications(outsider)).items).toEqual([]);
    expect(await app.notifications.selectNotifications(busy, { before: 0 })).toEqual({ items: [], nextBefore: null });
  });

  it("refuses a link that is not an app path", async () => {
    const { NotificationTable } = app.schema;
    for (const link of ["https://evil.example/phish", "//evil.example/phish", "javascript:alert(1)", "classes"]) {
      await expect(app.insert.insertNotifications(db, [{ userId: outsider.id, kind: "mention", title: "Bad link", link }]), link).rejects.toThrow();
    }
    expect(await app.insert.insertNotifications(db, [{ userId: outsider.id, kind: "mention", title: "Good link", link: "/classes" }])).toBe(1);
    const stored = await db.select({ link: NotificationTable.link }).from(NotificationTable).where(inArray(NotificationTable.userId, [outsider.id]));
    expect(stored).toEqual([{ link: "/classes" }]);
  });
});

describe("the route handlers", () => {
  it("GET /api/me/unread: 401 signed out; the caller's counts, never cached, signed in", async () => {
    const { GET } = await import("@/app/api/me/unread/route");
    session.user = null;
    expect((await GET(new Request("http://localhost/api/me/unread"), undefined)).status).toBe(401);
    session.user = classmates[1]!;
    const response = await GET(new Request("http://localhost/api/me/unread"), undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/no-store/);
    const body = (await response.json()) as { notifications: number; channelMessages: number };
    expect(body).toEqual({ notifications: await app.notifications.countUnreadNotifications(classmates[1]!), channelMessages: expect.any(Number) });
    expect(body.notifications).toBeGreaterThan(0);
  });

  it("GET /notifications/[id]/open: marks the caller's own notification read and follows its link", async () => {
    const { GET } = await import("@/app/notifications/[id]/open/route");
    const mate = classmates[2]!;
    const [target] = (await notificationsOf(mate)).filter((row) => row.readAt === null);
    const open = (id: string) => GET(new Request(`http://localhost/notifications/${id}/open`), { params: Promise.resolve({ id }) });

    session.user = null;
    const signedOut = await open(String(target!.id));
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("location")).toBe("/sign-in?next=/notifications");

    session.user = outsider;
    expect((await open(String(target!.id))).status).toBe(404);
    for (const bad of ["abc", "0", "1.5", "99999999999999999999"]) expect((await open(bad)).status, bad).toBe(404);
    expect((await notificationsOf(mate)).find((row) => row.id === target!.id)!.readAt).toBeNull();

    session.user = mate;
    const opened = await open(String(target!.id));
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe(target!.link);
    expect((await notificationsOf(mate)).find((row) => row.id === target!.id)!.readAt).toBeInstanceOf(Date);
  });

  it("GET /api/cron/due-reminders: refuses a missing or wrong secret and runs with the right one", async () => {
    const { GET } = await import("@/app/api/cron/due-reminders/route");
    const call = (authorization?: string) => GET(new Request("http://localhost/api/cron/due-reminders", { headers: authorization ? { authorization } : {} }), undefined);
    expect((await call()).status).toBe(401);
    expect((await call("Bearer wrong-secret-of-the-same-size-xx")).status).toBe(401);
    const response = await call(`Bearer ${CRON_SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ reminded: expect.any(Number) });
  });
});

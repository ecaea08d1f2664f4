import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import type { QuestionBody } from "@/features/questions/schemas";
import { correctResponseOf } from "@/features/questions/lib/grade";
import { closeAppDatabase, useAppDatabase } from "../support/app-env";

// The teacher's class analytics on the seeded demo class: eight classmates with attempts at the
// unit test (two essays waiting), the demo learner with none. Some learners practise here so the
// heat map and the at-risk rules have evidence to read.
let db: Database;
let teacher: User;
let admin: User;
let learner: User;
let otherTeacher: User;
let mates: Map<string, User>;
let classId: string;
let courseId: string;
let seededAt: Date;
let app: {
  analytics: typeof import("@/features/analytics/db-teacher");
  practice: typeof import("@/features/practice/db");
  answers: typeof import("@/features/practice/db-answer");
  statistics: typeof import("@/features/tests/db-statistics");
  grading: typeof import("@/features/attempts/db-grading");
  schema: typeof import("@/drizzle/schema");
  route: typeof import("@/app/api/teach/classes/[classId]/analytics/[table]/route");
};

const DAY = 86_400_000;
const COURSE_SLUG = "probability-and-statistics";

// The route reads the session through this module; here a variable decides who is signed in.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/services/auth/current-user", async () => {
  const { AppError } = await import("@/lib/errors");
  const rank = { learner: 0, teacher: 1, admin: 2 } as const;
  return {
    getCurrentUser: async () => session.user,
    requireUser: async (role?: keyof typeof rank) => {
      if (!session.user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
      if (role && rank[session.user.role] < rank[role]) throw new AppError("FORBIDDEN", `This needs the ${role} role.`);
      return session.user;
    },
  };
});

function wrongResponse(body: QuestionBody): unknown {
  switch (body.type) {
    case "single_choice":
      return { optionId: body.options.find((option) => !option.correct)!.id };
    case "multiple_choice":
      return { optionIds: body.options.filter((option) => !option.correct).map((option) => option.id).slice(0, 1) };
    case "true_false":
      return { value: !body.correct };
    case "numeric":
      return { value: body.answer * 1.5 + body.tolerance + 1 };
    default:
      return { text: "no idea at all" };
  }
}

/** Serves and answers `count` practice questions on a topic, all right or all wrong, at `at`. */
async function practise(who: User, topic: string, count: number, right: boolean, at: Date) {
  const { PracticeItemTable, QuestionVersionTable } = app.schema;
  for (let index = 0; index < count; index++) {
    const served = await app.practice.servePracticeQuestion(who, COURSE_SLUG, topic, () => 0.99);
    const [row] = await db
      .select({ body: QuestionVersionTable.body })
      .from(PracticeItemTable)
      .innerJoin(QuestionVersionTable, eq(QuestionVersionTable.id, PracticeItemTable.questionVersionId))
      .where(eq(PracticeItemTable.id, served.itemId));
    await app.answers.recordPracticeAnswer(who, served.itemId, right ? correctResponseOf(row!.body) : wrongResponse(row!.body), 8_000, at);
  }
}

beforeAll(async () => {
  const { dbModule } = await useAppDatabase("pglite", {});
  const connection = await dbModule.getDatabaseConnection();
  await connection.migrate(dbModule.MIGRATIONS_FOLDER);
  db = connection.db;
  seededAt = new Date();
  await (await import("@/drizzle/seed/seed")).seedDemoContent(db);
  app = {
    analytics: await import("@/features/analytics/db-teacher"),
    practice: await import("@/features/practice/db"),
    answers: await import("@/features/practice/db-answer"),
    statistics: await import("@/features/tests/db-statistics"),
    grading: await import("@/features/attempts/db-grading"),
    schema: await import("@/drizzle/schema"),
    route: await import("@/app/api/teach/classes/[classId]/analytics/[table]/route"),
  };
  const { UserTable, ClassTable, AttemptTable, ClassMemberTable } = app.schema;
  const users = await db.select().from(UserTable);
  const byExternalId = (externalId: string) => users.find((user) => user.externalId === externalId)!;
  teacher = byExternalId("demo-teacher");
  admin = byExternalId("demo-admin");
  learner = byExternalId("demo-learner");
  mates = new Map(users.filter((user) => user.externalId.startsWith("demo-classmate-")).map((user) => [user.name.split(" ")[0]!, user]));
  [otherTeacher] = (await db.insert(UserTable).values({ authProvider: "dev", externalId: "other-teacher", email: "other@example.test", name: "Other Teacher", role: "teacher" }).returning()) as [User];
  [{ id: classId, courseId }] = (await db.select({ id: ClassTable.id, courseId: ClassTable.courseId }).from(ClassTable)) as [{ id: string; courseId: string }];

  // Amara practises well today, Hiro badly; Felix's only work moves three weeks back.
  await practise(mates.get("Amara")!, "counting", 12, true, seededAt);
  await practise(mates.get("Hiro")!, "counting", 6, false, seededAt);
  await practise(mates.get("Hiro")!, "sample-spaces", 6, false, seededAt);
  const felix = mates.get("Felix")!;
  const longAgo = new Date(seededAt.getTime() - 21 * DAY);
  await db.update(AttemptTable).set({ startedAt: longAgo, lastSavedAt: longAgo, submittedAt: longAgo }).where(eq(AttemptTable.userId, felix.id));
  await db.update(ClassMemberTable).set({ joinedAt: new Date(longAgo.getTime() - DAY) }).where(eq(ClassMemberTable.userId, felix.id));
});
afterAll(closeAppDatabase);

describe("the mastery heat map", () => {
  it("has every learner of the class × every topic of the course, with the learner's own mastery figures", async () => {
    const heatmap = await app.analytics.selectClassMasteryHeatmap(teacher, classId);
    const { TopicTable } = app.schema;
    const topics = await db.select({ id: TopicTable.id }).from(TopicTable).where(eq(TopicTable.courseId, courseId));
    expect(heatmap.class).toEqual({ id: classId, name: "Statistics — Autumn cohort", courseId });
    expect(heatmap.topics).toHaveLength(13);
    expect(new Set(heatmap.topics.map((topic) => topic.id))).toEqual(new Set(topics.map((topic) => topic.id)));
    expect(heatmap.rows.map((row) => row.learner.name)).toEqual([learner, ...mates.values()].map((user) => user.name).sort((a, b) => a.localeCompare(b)));
    expect(heatmap.rows.map((row) => row.learner.id)).not.toContain(teacher.id);

    const column = heatmap.topics.findIndex((topic) => topic.slug === "counting");
    const rowOf = (user: User) => heatmap.rows.find((row) => row.learner.id === user.id)!;
    const amara = mates.get("Amara")!;
    const hiro = mates.get("Hiro")!;
    // The same level and chance the learner sees on their own dashboard.
    const own = (await app.practice.selectTopicMasteries(amara, courseId)).get("counting")!;
    expect(rowOf(amara).cells[column]).toEqual({ level: own.level, chance: own.chance, answers: 12 });
    expect(own.chance).toBeGreaterThan(0.75);
    expect(rowOf(hiro).cells[column]).toMatchObject({ answers: 6 });
    expect(rowOf(hiro).cells[column]!.chance).toBeLessThan(0.4);
    expect(rowOf(learner).cells.every((cell) => cell === null)).toBe(true);
    // Only Amara and Hiro practised counting; the average is theirs.
    expect(heatmap.averages[column]).toEqual({
      topicId: heatmap.topics[column]!.id,
      chance: expect.closeTo((rowOf(amara).cells[column]!.chance + rowOf(hiro).cells[column]!.chance) / 2, 9),
      learnersWithEvidence: 2,
    });
    const chances = heatmap.rows.flatMap((row) => row.cells.flatMap((cell) => (cell ? [cell.chance] : [])));
    expect(chances).toHaveLength(3);
    expect(chances.every((chance) => chance > 0 && chance < 1)).toBe(true);
  });
});

describe("item analysis", () => {
  it("gives each assigned test the figures of its own statistics report, with the report's flags as review reasons", async () => {
    const analysis = await app.analytics.selectClassItemAnalysis(teacher, classId);
    expect(analysis.tests.map((test) => test.title)).toEqual(["Foundations of probability — unit test", "Distributions checkpoint"]);
    for (const test of analysis.tests) {
      const report = await app.statistics.selectTestStatistics(teacher, test.testId);
      expect(test.summary.attemptCount).toBe(report.summary.attemptCount);
      if (report.summary.internalConsistency === null) expect(test.summary.internalConsistency).toBeNull();
      else expect(test.summary.internalConsistency).toBeCloseTo(report.summary.internalConsistency, 9);
      expect(test.statisticsHref).toBe(`/teach/courses/${courseId}/tests/${test.testId}/statistics`);
      expect(test.items.map((item) => [item.key, item.position, item.attemptCount])).toEqual(report.items.map((item) => [item.key, item.position, item.attemptCount]));
      test.items.forEach((item, index) => {
        const expected = report.items[index]!;
        for (const figure of ["facility", "standardDeviation", "discriminationIndex", "discriminativeEfficiency"] as const) {
          if (expected[figure] === null) expect(item[figure]).toBeNull();
          else expect(item[figure]).toBeCloseTo(expected[figure], 9);
        }
        expect(item.flags.map((flag) => flag.code)).toEqual(expected.flags.map((flag) => flag.code));
        expect(item.review.flagged).toBe(expected.flags.length > 0);
      });
      expect(test.flaggedCount).toBe(report.items.filter((item) => item.flags.length > 0).length);
    }
    const [unit, checkpoint] = analysis.tests;
    // Six classmates' essays are marked; the other two attempts wait for the teacher.
    expect(unit!.summary.attemptCount).toBe(6);
    expect(unit!.items).toHaveLength(13);
    expect(checkpoint!.items).toEqual([]);
    expect(checkpoint!.reliability).toBe("unknown");
  });
});

describe("the grading backlog", () => {
  it("lists exactly the attempts the grading queue holds for this class, oldest first, with a link to each", async () => {
    const now = new Date(seededAt.getTime() + DAY);
    const backlog = await app.analytics.selectGradingBacklog(teacher, classId, now);
    const queue = await app.grading.selectGradingQueue(teacher, { classId });
    expect(new Set(backlog.entries.map((entry) => entry.attemptId))).toEqual(new Set(queue.map((row) => row.attemptId)));
    expect(backlog.entries.map((entry) => entry.learner.name).sort()).toEqual(["Grace Mensah", "Hiro Sato"]);
    const submitted = backlog.entries.map((entry) => entry.submittedAt!.getTime());
    expect(submitted).toEqual([...submitted].sort((a, b) => a - b));
    for (const entry of backlog.entries) {
      expect(entry).toMatchObject({ state: "submitted", answersWaiting: 1, test: { title: "Foundations of probability — unit test" } });
      expect(entry.waitingMs).toBe(now.getTime() - entry.submittedAt!.getTime());
      expect(entry.gradeHref).toBe(`/teach/grading?classId=${classId}&attempt=${entry.attemptId}&slot=13`);
    }

    // Marking one essay takes it off the backlog.
    const [first] = backlog.entries;
    await app.grading.gradeAttemptItem(teacher, { attemptId: first!.attemptId, slot: 13, score: 2, feedback: "" });
    const after = await app.analytics.selectGradingBacklog(teacher, classId, now);
    expect(after.entries.map((entry) => entry.attemptId)).toEqual(backlog.entries.slice(1).map((entry) => entry.attemptId));
  });
});

describe("learners at risk", () => {
  it("flags low mastery, overdue work and a week of inactivity, and leaves an active learner alone", async () => {
    // Two days after the seed: the unit test (due a day after it) is overdue for anyone who has not handed it in.
    const now = new Date(seededAt.getTime() + 2 * DAY);
    const risk = await app.analytics.selectLearnersAtRisk(teacher, classId, now);
    const reasonsOf = (user: User) => risk.learners.find((entry) => entry.learner.id === user.id)!.reasons.map((reason) => reason.code);
    expect(risk.learners).toHaveLength(9);
    expect(reasonsOf(mates.get("Amara")!)).toEqual([]);
    expect(reasonsOf(mates.get("Hiro")!)).toEqual(["low_mastery"]);
    expect(reasonsOf(learner)).toEqual(["overdue_work"]);
    expect(reasonsOf(mates.get("Felix")!)).toEqual(["inactive"]);
    // Learners with reasons come first.
    const counts = risk.learners.map((entry) => entry.reasons.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const hiro = risk.learners.find((entry) => entry.learner.id === mates.get("Hiro")!.id)!;
    expect(hiro.mastery).toMatchObject({ answers: 12, topics: 2 });
    // Practice answers are stamped by the database clock, just after the seed.
    expect(hiro.lastActiveAt!.getTime() - seededAt.getTime()).toBeGreaterThanOrEqual(0);
    expect(hiro.lastActiveAt!.getTime() - seededAt.getTime()).toBeLessThan(60_000);
    expect(risk.learners.find((entry) => entry.learner.id === learner.id)!.overdue).toEqual([{ title: "Foundations of probability — unit test", dueAt: expect.any(Date) }]);
  });

  it("calls nobody overdue before the due date", async () => {
    const risk = await app.analytics.selectLearnersAtRisk(teacher, classId, seededAt);
    expect(risk.learners.flatMap((entry) => entry.reasons.map((reason) => reason.code))).not.toContain("overdue_work");
  });
});

describe("who may read a class's analytics", () => {
  it("refuses another teacher, a learner and a malformed id with NOT_FOUND, and lets an admin in", async () => {
    const reads = (user: User, id = classId) => [
      app.analytics.selectClassMasteryHeatmap(user, id),
      app.analytics.selectClassItemAnalysis(user, id),
      app.analytics.selectGradingBacklog(user, id),
      app.analytics.selectLearnersAtRisk(user, id),
    ];
    for (const user of [otherTeacher, learner]) {
      for (const read of reads(user)) await expect(read).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const read of reads(teacher, "not-a-uuid")) await expect(read).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [heatmap] = await Promise.all(reads(admin));
    expect(heatmap).toMatchObject({ class: { id: classId } });
  });
});

describe("GET /api/teach/classes/[classId]/analytics/[table]", () => {
  const get = (table: string, id = classId) =>
    app.route.GET(new Request(`http://localhost/api/teach/classes/${id}/analytics/${table}`), { params: Promise.resolve({ classId: id, table }) });

  it("sends each table as a CSV attachment named after the class, never cached", async () => {
    session.user = teacher;
    const headers: Record<string, string> = {
      "heatmap.csv": "Learner,Email,",
      "items.csv": "Test,Test reliability (CIC %),Position,Question,Type,Attempts,Facility (%),SD (%),Discrimination index (%),Discriminative efficiency (%),Flagged,Reasons",
      "backlog.csv": "Learner,Email,Test,Submitted at (UTC),Waiting (days),Answers waiting,State,Grading page",
      "at-risk.csv": "Learner,Email,At risk,Reasons,Average mastery (%),Practised topics,Practice answers,Overdue assignments,Last active (UTC)",
    };
    for (const [table, header] of Object.entries(headers)) {
      const response = await get(table);
      expect(response.status, table).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="statistics-autumn-cohort-${table}"`);
      expect(response.headers.get("cache-control")).toMatch(/no-store/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      // The byte-order mark first (text() would drop it), so spreadsheets read UTF-8.
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes).split("\r\n")[0]!.startsWith(header), table).toBe(true);
    }
    const heatmap = (await (await get("heatmap.csv")).text()).split("\r\n");
    // A header, one line per learner and the class average (then the final line break).
    expect(heatmap).toHaveLength(1 + 9 + 1 + 1);
    expect(heatmap[0]).toContain("Counting methods (%),Counting methods level");
    expect(heatmap.find((line) => line.startsWith("Amara Nwosu,"))).toMatch(/,Proficient|,Mastered/);
  });

  it("answers 401 signed out, 403 for a learner, 404 for another teacher's class and 400 for an unknown table", async () => {
    session.user = null;
    expect((await get("heatmap.csv")).status).toBe(401);
    session.user = learner;
    expect((await get("heatmap.csv")).status).toBe(403);
    session.user = otherTeacher;
    expect((await get("heatmap.csv")).status).toBe(404);
    expect((await get("heatmap.csv", "not-a-uuid")).status).toBe(404);
    session.user = teacher;
    const unknown = await get("grades.csv");
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/heatmap\.csv, items\.csv, backlog\.csv, at-risk\.csv/);
    session.user = admin;
    expect((await get("at-risk.csv")).status).toBe(200);
  });
});

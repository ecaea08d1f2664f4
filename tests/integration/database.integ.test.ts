import { sql } from "drizzle-orm";
import { selectRows } from "@/drizzle/execute";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase } from "../support/services/postgres";
import { closeAppDatabase, useAppDatabase, type DriverUnderTest } from "../support/app-env";
import type { Database } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";

// The same migrations and the same data access code, on all three drivers.
const DRIVERS: DriverUnderTest[] = ["pglite", "pg", "neon"];

const EXPECTED_TABLES = [
  "ai_grades",
  "ai_usage",
  "assignments",
  "attempt_items",
  "attempts",
  "channel_messages",
  "channel_reads",
  "channels",
  "class_members",
  "classes",
  "courses",
  "enrolments",
  "grade_events",
  "learner_course_skills",
  "learner_settings",
  "learner_topic_skills",
  "lesson_chunks",
  "lesson_completions",
  "lesson_topics",
  "lessons",
  "modules",
  "notifications",
  "placements",
  "practice_items",
  "question_difficulties",
  "question_drafts",
  "question_topics",
  "question_versions",
  "questions",
  "read_next",
  "review_cards",
  "review_logs",
  "test_items",
  "tests",
  "topic_prerequisites",
  "topics",
  "tutor_conversations",
  "tutor_messages",
  "users",
];

describe.each(DRIVERS)("database on the %s driver", (driver) => {
  let db: Database;
  let app: {
    courses: typeof import("@/features/courses/db");
    users: typeof import("@/features/users/db");
    ops: typeof import("@/features/ops/db");
    schema: typeof import("@/drizzle/schema");
    seed: typeof import("@/drizzle/seed/seed");
  };
  let migrate: () => Promise<void>;

  beforeAll(async () => {
    const databaseUrl = driver === "pglite" ? undefined : await createDatabase(inject("databaseUrl"), `lf_${driver}_${Date.now()}`);
    const { dbModule } = await useAppDatabase(driver, { databaseUrl, neonProxyPort: inject("neonProxyPort") });
    const connection = await dbModule.getDatabaseConnection();
    expect(connection.driver).toBe(driver);
    db = connection.db;
    migrate = () => connection.migrate(dbModule.MIGRATIONS_FOLDER);
    await migrate();
    app = {
      courses: await import("@/features/courses/db"),
      users: await import("@/features/users/db"),
      ops: await import("@/features/ops/db"),
      schema: await import("@/drizzle/schema"),
      seed: await import("@/drizzle/seed/seed"),
    };
  });

  afterAll(closeAppDatabase);

  it("migrates to every table, with pgvector enabled", async () => {
    const tables = await selectRows<{ table_name: string }>(db, 
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(tables.map((row) => row.table_name)).toEqual(EXPECTED_TABLES);
    const extensions = await selectRows<{ extname: string }>(db, sql`select extname from pg_extension where extname = 'vector'`);
    expect(extensions).toHaveLength(1);
    const vector = await selectRows<{ distance: number }>(db, sql`select '[1,0]'::vector <-> '[0,1]'::vector as distance`);
    expect(Number(vector[0]?.distance)).toBeCloseTo(Math.SQRT2, 5);
  });

  it("stores every timestamp as timestamptz", async () => {
    const columns = await selectRows<{ table_name: string; column_name: string; data_type: string }>(db, 
      sql`select table_name, column_name, data_type from information_schema.columns
          where table_schema = 'public' and data_type like 'timestamp%'`,
    );
    expect(columns.length).toBeGreaterThanOrEqual(15);
    expect(columns.filter((column) => column.data_type !== "timestamp with time zone")).toEqual([]);
  });

  it("applies migrations again as a no-op", async () => {
    await expect(migrate()).resolves.toBeUndefined();
  });

  it("seeds the demo content once, however often the seed runs", async () => {
    const first = await app.seed.seedDemoContent(db);
    expect(first.seeded).toBe(true);
    const second = await app.seed.seedDemoContent(db);
    expect(second.seeded).toBe(false);
    const counts = await selectRows<{ users: number; courses: number; lessons: number; modules: number; questions: number; tests: number; graded: number; waiting: number }>(db, 
      sql`select (select count(*) from users where is_demo)::int as users, (select count(*) from courses)::int as courses,
                 (select count(*) from lessons)::int as lessons, (select count(*) from modules)::int as modules,
                 (select count(*) from questions)::int as questions, (select count(*) from tests)::int as tests,
                 (select count(*) from attempts where state = 'graded')::int as graded,
                 (select count(*) from attempts where state = 'submitted')::int as waiting`,
    );
    const row = counts[0];
    expect(row).toMatchObject({ users: 3, courses: 1, tests: 2 });
    expect(Number(row?.questions)).toBeGreaterThanOrEqual(60);
    expect(Number(row?.graded)).toBeGreaterThanOrEqual(6);
    expect(Number(row?.waiting)).toBeGreaterThanOrEqual(2);
    expect(Number(row?.lessons)).toBeGreaterThanOrEqual(9);
    expect(Number(row?.modules)).toBeGreaterThanOrEqual(3);
  });

  it("shows the published public course to anonymous visitors, with its outline", async () => {
    const catalogue = await app.courses.selectCatalogueCourses(null);
    expect(catalogue.map((course) => course.slug)).toEqual(["probability-and-statistics"]);
    expect(catalogue[0]?.lessonCount).toBeGreaterThanOrEqual(9);
    const outline = await app.courses.selectCourseOutline(null, "probability-and-statistics");
    expect(outline?.modules.length).toBeGreaterThanOrEqual(3);
    expect(outline?.enrolled).toBe(false);
  });

  it("lets a signed-in reader open a lesson with its neighbours", async () => {
    const [learner] = (await app.users.selectDemoUsers()).filter((user) => user.role === "learner");
    expect(learner).toBeDefined();
    const outline = await app.courses.selectCourseOutline(learner!, "probability-and-statistics");
    const second = outline!.modules[0]!.lessons[1]!;
    const found = await app.courses.selectLessonForReader(learner!, "probability-and-statistics", second.slug);
    expect(found?.lesson.title).toBe(second.title);
    expect(found?.lesson.markdown.length).toBeGreaterThan(500);
    expect(found?.previous?.slug).toBe(outline!.modules[0]!.lessons[0]!.slug);
    expect(found?.position.index).toBe(2);
    expect(await app.courses.selectLessonForReader(learner!, "probability-and-statistics", "no-such-lesson")).toBeNull();
  });

  it("hides a private course from strangers but not from its owner or an admin", async () => {
    const { CourseTable } = app.schema;
    const users = await app.users.selectDemoUsers();
    const teacher = users.find((user) => user.role === "teacher")!;
    const admin = users.find((user) => user.role === "admin")!;
    const learner = users.find((user) => user.role === "learner")!;
    await db.insert(CourseTable).values({ slug: `private-${driver}`, title: "Private canary course", ownerId: teacher.id });
    expect(await app.courses.selectCourseOutline(null, `private-${driver}`)).toBeNull();
    expect(await app.courses.selectCourseOutline(learner, `private-${driver}`)).toBeNull();
    expect((await app.courses.selectCourseOutline(teacher, `private-${driver}`))?.title).toBe("Private canary course");
    expect((await app.courses.selectCourseOutline(admin, `private-${driver}`))?.title).toBe("Private canary course");
    expect((await app.courses.selectCatalogueCourses(admin)).map((course) => course.slug)).not.toContain(`private-${driver}`);
    await expect(app.courses.insertEnrolment(learner, `private-${driver}`)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("enrols exactly once when the same enrolment arrives five times at once", async () => {
    const local = await app.users.insertLocalDevUser({ name: "Concurrent Casey", email: `casey-${driver}@example.test`, role: "learner" });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => app.courses.insertEnrolment(local, "probability-and-statistics")),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    const enrolled = await app.courses.selectEnrolledCourses(local);
    expect(enrolled.map((course) => course.slug)).toEqual(["probability-and-statistics"]);
  });

  it("rolls a failed transaction back completely", async () => {
    const { UserTable } = app.schema;
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(UserTable).values({ authProvider: "dev", externalId: `rollback-${driver}`, email: "r@x.test", name: "Rollback" });
        throw new Error("abort on purpose");
      }),
    ).rejects.toThrow("abort on purpose");
    const rows = await selectRows(db, sql`select 1 from users where external_id = ${`rollback-${driver}`}`);
    expect(rows).toHaveLength(0);
  });

  it("upserts Clerk users, soft-deletes them and brings them back", async () => {
    const profile = { clerkUserId: `user_${driver}`, email: "c@example.test", name: "Clerk One", imageUrl: null };
    const created: User = await app.users.upsertClerkUser(profile);
    const updated = await app.users.upsertClerkUser({ ...profile, name: "Clerk Renamed" });
    expect(updated.id).toBe(created.id);
    expect(updated.name).toBe("Clerk Renamed");
    expect(updated.role).toBe("learner");
    expect(await app.users.softDeleteClerkUser(profile.clerkUserId)).toBe(true);
    expect(await app.users.selectActiveUserByClerkId(profile.clerkUserId)).toBeNull();
    expect(await app.users.softDeleteClerkUser(profile.clerkUserId)).toBe(false);
    const restored = await app.users.upsertClerkUser(profile);
    expect(restored.id).toBe(created.id);
    expect(restored.deletedAt).toBeNull();
  });

  it("reports a healthy database round trip", async () => {
    const health = await app.ops.checkDatabaseHealth();
    expect(health).toMatchObject({ ok: true, driver });
    expect(health.latencyMs).toBeGreaterThanOrEqual(0);
  });
});

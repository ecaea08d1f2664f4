import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import type { NewUser, User, UserRole } from "@/drizzle/schema";
import type { UserCursor } from "@/features/admin/lib/cursor";
import { createDatabase } from "../support/services/postgres";
import { closeAppDatabase, useAppDatabase } from "../support/app-env";

// The admin console's data access layer and actions, on a migrated and seeded PGlite database,
// and the last-admin race on a real PostgreSQL where two transactions really run at once.
// The request is simulated: the session cookie, Clerk's user id and whether Clerk is on are
// set per test, so getCurrentUser runs its real code on both sign-in paths.
const request = vi.hoisted(() => ({ cookie: undefined as string | undefined, clerk: false, clerkUserId: null as string | null, profileFetches: 0 }));

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "lf_session" && request.cookie ? { name, value: request.cookie } : undefined) }),
  headers: async () => new Headers({ host: "learnforge.test", origin: "http://learnforge.test" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined }));
vi.mock("@/services/auth/config", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/services/auth/config")>()),
  isClerkEnabled: () => request.clerk,
}));
vi.mock("@/services/auth/clerk", () => ({
  getClerkUserId: async () => request.clerkUserId,
  fetchClerkProfile: async () => {
    request.profileFetches += 1;
    throw new Error("a known Clerk user is never fetched from Clerk");
  },
}));

type App = {
  admin: typeof import("@/features/admin/db");
  accounts: typeof import("@/features/admin/db-accounts");
  catalog: typeof import("@/features/admin/db-catalog");
  ai: typeof import("@/features/admin/db-ai");
  actions: typeof import("@/features/admin/actions");
  users: typeof import("@/features/users/db");
  auth: typeof import("@/services/auth/current-user");
  schema: typeof import("@/drizzle/schema");
  logger: typeof import("@/lib/logger").logger;
  devSessionToken: (userId: string) => string;
};

async function loadApp(): Promise<App> {
  const { getDevAuthSecret } = await import("@/services/auth/dev-secret");
  const { createDevSessionToken } = await import("@/services/auth/dev-session-token");
  return {
    admin: await import("@/features/admin/db"),
    accounts: await import("@/features/admin/db-accounts"),
    catalog: await import("@/features/admin/db-catalog"),
    ai: await import("@/features/admin/db-ai"),
    actions: await import("@/features/admin/actions"),
    users: await import("@/features/users/db"),
    auth: await import("@/services/auth/current-user"),
    schema: await import("@/drizzle/schema"),
    logger: (await import("@/lib/logger")).logger,
    devSessionToken: (userId) => createDevSessionToken(userId, getDevAuthSecret(), 3_600),
  };
}

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function insertUser(db: Database, app: App, values: Partial<NewUser> & { name: string }): Promise<User> {
  const key = values.externalId ?? `admin-test-${crypto.randomUUID()}`;
  const [user] = await db
    .insert(app.schema.UserTable)
    .values({ authProvider: "dev", externalId: key, email: `${key}@example.test`, role: "learner", ...values })
    .returning();
  return user!;
}

async function countActiveAdmins(db: Database): Promise<number> {
  const [row] = await selectRows<{ n: string | number }>(db, sql`select count(*) as n from users where role = 'admin' and disabled_at is null and deleted_at is null`);
  return Number(row!.n);
}

describe("the admin console on a seeded PGlite database", () => {
  let db: Database;
  let app: App;
  let admin: User;
  let teacher: User;
  let learner: User;

  const signInWithDevSession = (user: User | null) => {
    request.clerk = false;
    request.cookie = user ? app.devSessionToken(user.id) : undefined;
  };

  beforeAll(async () => {
    const { dbModule } = await useAppDatabase("pglite", {});
    const connection = await dbModule.getDatabaseConnection();
    await connection.migrate(dbModule.MIGRATIONS_FOLDER);
    db = connection.db;
    await (await import("@/drizzle/seed/seed")).seedDemoContent(db);
    app = await loadApp();
    const demo = await app.users.selectDemoUsers();
    admin = demo.find((user) => user.role === "admin")!;
    teacher = demo.find((user) => user.role === "teacher")!;
    learner = demo.find((user) => user.role === "learner")!;
  });
  afterAll(closeAppDatabase);

  it("refuses learners and teachers in every admin data function", async () => {
    const range = { from: "2031-03-01", to: "2031-03-02" };
    for (const caller of [learner, teacher]) {
      const calls: Promise<unknown>[] = [
        app.admin.selectAdminOverview(caller),
        app.admin.selectUsersPage(caller),
        app.accounts.changeUserRole(caller, learner.id, "admin"),
        app.accounts.setUserDisabled(caller, learner.id, true),
        app.admin.selectMigrationStatus(caller),
        app.catalog.selectCoursesOverview(caller),
        app.catalog.selectClassesOverview(caller),
        app.ai.selectAiUsageByDay(caller, range),
        app.ai.selectAiUsageByFeature(caller, range),
        app.ai.selectAiUsageByUser(caller, range),
      ];
      for (const call of calls) await expect(call).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await app.users.selectActiveUserById(learner.id))?.role).toBe("learner");
  });

  it("refuses non-admins and signed-out callers in every action", async () => {
    const roleForm = formData({ userId: learner.id, role: "admin" });
    const disableForm = formData({ userId: learner.id, disabled: "true" });
    for (const caller of [learner, teacher]) {
      signInWithDevSession(caller);
      expect(await app.actions.changeUserRoleAction(null, roleForm)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await app.actions.setUserDisabledAction(null, disableForm)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    signInWithDevSession(null);
    expect(await app.actions.changeUserRoleAction(null, roleForm)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await app.actions.setUserDisabledAction(null, disableForm)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const unchanged = await app.users.selectActiveUserById(learner.id);
    expect(unchanged).toMatchObject({ role: "learner", disabledAt: null });
  });

  it("changes a role through the action, effective on the user's very next request, and logs who changed whom", async () => {
    const person = await insertUser(db, app, { name: "Role Change Person" });
    const info = vi.spyOn(app.logger, "info");
    signInWithDevSession(person);
    expect((await app.auth.getCurrentUser())?.role).toBe("learner");

    signInWithDevSession(admin);
    const result = await app.actions.changeUserRoleAction(null, formData({ userId: person.id, role: "teacher" }));
    expect(result).toEqual({ ok: true, data: { userId: person.id, changed: true, from: "learner", to: "teacher" } });

    expect((await app.users.selectActiveUserById(person.id))?.role).toBe("teacher");
    signInWithDevSession(person);
    const nextRequest = await app.auth.getCurrentUser();
    expect(nextRequest?.role).toBe("teacher");
    await expect(app.auth.requireUser("teacher")).resolves.toMatchObject({ id: person.id });

    expect(info).toHaveBeenCalledWith({ actorId: admin.id, targetUserId: person.id, change: "role", from: "learner", to: "teacher" }, "admin changed a user's role");
    info.mockRestore();
    // Giving the same role again changes (and logs) nothing.
    expect(await app.accounts.changeUserRole(admin, person.id, "teacher")).toMatchObject({ changed: false });
  });

  it("rejects an invalid role with its own message and an unknown or deleted user with NOT_FOUND", async () => {
    signInWithDevSession(admin);
    const invalid = await app.actions.changeUserRoleAction(null, formData({ userId: learner.id, role: "superuser" }));
    expect(invalid).toMatchObject({ ok: false, code: "BAD_REQUEST", message: "Choose a role: learner, teacher or admin." });
    await expect(app.accounts.changeUserRole(admin, learner.id, "superuser" as UserRole)).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Choose a role: learner, teacher or admin." });

    const unknown = await app.actions.changeUserRoleAction(null, formData({ userId: crypto.randomUUID(), role: "teacher" }));
    expect(unknown).toMatchObject({ ok: false, code: "NOT_FOUND", message: "That user does not exist." });
    await expect(app.accounts.changeUserRole(admin, "not-a-uuid", "teacher")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const deleted = await insertUser(db, app, { name: "Deleted Person", deletedAt: new Date() });
    await expect(app.accounts.setUserDisabled(admin, deleted.id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await app.users.selectActiveUserById(learner.id))?.role).toBe("learner");
  });

  it("never lets an admin change their own role or disable themself", async () => {
    signInWithDevSession(admin);
    const own = await app.actions.changeUserRoleAction(null, formData({ userId: admin.id, role: "learner" }));
    expect(own).toMatchObject({ ok: false, code: "FORBIDDEN", message: "You cannot change your own role." });
    await expect(app.accounts.changeUserRole(admin, admin.id, "teacher")).rejects.toThrow("You cannot change your own role.");
    await expect(app.accounts.setUserDisabled(admin, admin.id, true)).rejects.toThrow("You cannot disable your own account.");
    expect(await app.users.selectActiveUserById(admin.id)).toMatchObject({ role: "admin", disabledAt: null });
  });

  it("keeps an active admin when two admins demote or disable each other at the same moment", async () => {
    const second = await insertUser(db, app, { name: "Second Admin", role: "admin" });
    expect(await countActiveAdmins(db)).toBe(2);

    const demotions = await Promise.allSettled([app.accounts.changeUserRole(admin, second.id, "teacher"), app.accounts.changeUserRole(second, admin.id, "teacher")]);
    expect(demotions.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = demotions.find((outcome) => outcome.status === "rejected");
    expect(["FORBIDDEN", "CONFLICT"]).toContain((refused?.reason as { code?: string }).code);
    expect(await countActiveAdmins(db)).toBe(1);

    // Put both back as admins, then race two disables.
    const [survivor, loser] = (await app.users.selectActiveUserById(admin.id))?.role === "admin" ? [admin, second] : [second, admin];
    await app.accounts.changeUserRole(survivor, loser.id, "admin");
    expect(await countActiveAdmins(db)).toBe(2);
    const disables = await Promise.allSettled([app.accounts.setUserDisabled(admin, second.id, true), app.accounts.setUserDisabled(second, admin.id, true)]);
    expect(disables.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await countActiveAdmins(db)).toBe(1);

    // Restore the demo admin as the one active admin for the tests below.
    const active = (await app.users.selectActiveUserById(admin.id)) ? admin : second;
    if (active.id !== admin.id) {
      await app.accounts.setUserDisabled(active, admin.id, false);
      await app.accounts.changeUserRole(active, admin.id, "admin");
    }
    await app.accounts.setUserDisabled(admin, second.id, false);
    await app.accounts.changeUserRole(admin, second.id, "teacher");
    expect(await app.users.selectActiveUserById(admin.id)).toMatchObject({ role: "admin", disabledAt: null });
    expect(await countActiveAdmins(db)).toBe(1);
  });

  it("refuses a demoted admin's in-flight request instead of letting it act with its old role", async () => {
    const second = await insertUser(db, app, { name: "Stale Admin", role: "admin" });
    const staleObject = { ...second };
    await app.accounts.changeUserRole(admin, second.id, "learner");
    await expect(app.accounts.changeUserRole(staleObject, learner.id, "teacher")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await app.users.selectActiveUserById(learner.id))?.role).toBe("learner");
  });

  it("signs a disabled user out on their next request, on the development and the Clerk path, until enabled", async () => {
    const devUser = await insertUser(db, app, { name: "Disabled Dev Person" });
    signInWithDevSession(devUser);
    expect((await app.auth.getCurrentUser())?.id).toBe(devUser.id);
    expect(await app.accounts.setUserDisabled(admin, devUser.id, true)).toMatchObject({ changed: true, from: "enabled", to: "disabled" });
    expect(await app.users.selectActiveUserById(devUser.id)).toBeNull();
    expect(await app.auth.getCurrentUser()).toBeNull();
    await expect(app.auth.requireUser()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    const clerkUser = await app.users.upsertClerkUser({ clerkUserId: "user_admin_test", email: "clerk.person@example.test", name: "Clerk Person", imageUrl: null });
    request.clerk = true;
    request.clerkUserId = "user_admin_test";
    request.profileFetches = 0;
    expect((await app.auth.getCurrentUser())?.id).toBe(clerkUser.id);
    await app.accounts.setUserDisabled(admin, clerkUser.id, true);
    expect(await app.auth.getCurrentUser()).toBeNull();
    expect(await app.users.selectActiveUserByClerkId("user_admin_test")).toBeNull();
    // A webhook's profile update does not re-enable the account.
    await app.users.upsertClerkUser({ clerkUserId: "user_admin_test", email: "clerk.person@example.test", name: "Clerk Person Renamed", imageUrl: null });
    expect(await app.auth.getCurrentUser()).toBeNull();
    expect(request.profileFetches).toBe(0);

    await app.accounts.setUserDisabled(admin, clerkUser.id, false);
    expect(await app.auth.getCurrentUser()).toMatchObject({ id: clerkUser.id, name: "Clerk Person Renamed" });
    await app.accounts.setUserDisabled(admin, devUser.id, false);
    signInWithDevSession(devUser);
    expect((await app.auth.getCurrentUser())?.id).toBe(devUser.id);
    expect(await app.accounts.setUserDisabled(admin, devUser.id, false)).toMatchObject({ changed: false });
  });

  it("hides a disabled demo user from the development sign-in's list", async () => {
    await app.accounts.setUserDisabled(admin, learner.id, true);
    expect((await app.users.selectDemoUsers()).map((user) => user.id)).not.toContain(learner.id);
    await app.accounts.setUserDisabled(admin, learner.id, false);
    expect((await app.users.selectDemoUsers()).map((user) => user.id)).toContain(learner.id);
  });

  it("finds users by name or email and pages through them by keyset, each exactly once", async () => {
    const names = [...Array.from({ length: 20 }, (_, index) => `Keyset Person ${String(index).padStart(2, "0")}`), "Keyset Twin", "Keyset Twin", "Keyset Twin", "Keyset 100% sure"];
    const inserted = await Promise.all(names.map((name, index) => insertUser(db, app, { name, externalId: `keyset-${String(index).padStart(2, "0")}` })));
    await insertUser(db, app, { name: "Keyset Gone", deletedAt: new Date() });

    const seen: string[] = [];
    let after: UserCursor | null = null;
    const { decodeUserCursor } = await import("@/features/admin/lib/cursor");
    for (let page = 0; page < 10; page++) {
      const result = await app.admin.selectUsersPage(admin, { q: "keyset", after, limit: 5 });
      seen.push(...result.users.map((user) => user.id));
      // Someone who sorts before the cursor arrives mid-way: keyset paging neither repeats nor skips anyone.
      if (page === 0) await insertUser(db, app, { name: "Keyset Aardvark" });
      if (!result.nextCursor) break;
      after = decodeUserCursor(result.nextCursor);
    }
    expect(seen).toHaveLength(inserted.length);
    expect(new Set(seen)).toEqual(new Set(inserted.map((user) => user.id)));

    const byEmail = await app.admin.selectUsersPage(admin, { q: "keyset-07@" });
    expect(byEmail.users.map((user) => user.name)).toEqual(["Keyset Person 07"]);
    const literalPercent = await app.admin.selectUsersPage(admin, { q: "100%" });
    expect(literalPercent.users.map((user) => user.name)).toEqual(["Keyset 100% sure"]);
    expect((await app.admin.selectUsersPage(admin, { q: "KEYSET TWIN" })).users).toHaveLength(3);
    expect((await app.admin.selectUsersPage(admin, { q: "Keyset Gone" })).users).toEqual([]);
  });

  it("aggregates AI usage by UTC day, feature and user with exact sums, whatever the session time zone", async () => {
    const { AiUsageTable } = app.schema;
    const [first, second] = await Promise.all([insertUser(db, app, { name: "AI Heavy User" }), insertUser(db, app, { name: "AI Light User" })]);
    const row = (createdAt: string, values: Partial<typeof AiUsageTable.$inferInsert>) => ({
      userId: first!.id,
      feature: "tutor" as const,
      model: "stub-model",
      outcome: "ok" as const,
      createdAt: new Date(createdAt),
      ...values,
    });
    await db.insert(AiUsageTable).values([
      row("2031-03-09T23:59:59Z", { inputTokens: 9_999, costMicros: 9_999 }),
      row("2031-03-10T23:30:00Z", { inputTokens: 100, outputTokens: 50, costMicros: 1_234 }),
      row("2031-03-11T00:30:00Z", { inputTokens: 200, outputTokens: 70, costMicros: 2_000, outcome: "failed" }),
      row("2031-03-11T12:00:00Z", { userId: second!.id, feature: "grading", inputTokens: 300, costMicros: 5_000, outcome: "invalid_output" }),
      row("2031-03-12T05:00:00Z", { userId: null, feature: "embedding", inputTokens: 1_000, costMicros: 10 }),
      row("2031-03-13T00:00:00Z", { inputTokens: 8_888, costMicros: 8_888 }),
    ]);
    // In New York 23:30 and 00:30 UTC fall on the same evening; the report must still split them by UTC day.
    await db.execute(sql`set time zone 'America/New_York'`);
    const range = { from: "2031-03-10", to: "2031-03-12" };
    try {
      const days = await app.ai.selectAiUsageByDay(admin, range);
      expect(days).toEqual([
        { day: "2031-03-10", calls: 1, inputTokens: 100, outputTokens: 50, costMicros: 1_234, failed: 0, invalid: 0 },
        { day: "2031-03-11", calls: 2, inputTokens: 500, outputTokens: 70, costMicros: 7_000, failed: 1, invalid: 1 },
        { day: "2031-03-12", calls: 1, inputTokens: 1_000, outputTokens: 0, costMicros: 10, failed: 0, invalid: 0 },
      ]);
      expect(await app.ai.selectAiUsageByFeature(admin, range)).toEqual([
        { feature: "grading", calls: 1, inputTokens: 300, outputTokens: 0, costMicros: 5_000, failed: 0, invalid: 1 },
        { feature: "tutor", calls: 2, inputTokens: 300, outputTokens: 120, costMicros: 3_234, failed: 1, invalid: 0 },
        { feature: "embedding", calls: 1, inputTokens: 1_000, outputTokens: 0, costMicros: 10, failed: 0, invalid: 0 },
      ]);
      expect(await app.ai.selectAiUsageByUser(admin, range)).toEqual([
        { userId: second!.id, name: "AI Light User", email: second!.email, calls: 1, inputTokens: 300, outputTokens: 0, costMicros: 5_000, failed: 0, invalid: 1 },
        { userId: first!.id, name: "AI Heavy User", email: first!.email, calls: 2, inputTokens: 300, outputTokens: 120, costMicros: 3_234, failed: 1, invalid: 0 },
        { userId: null, name: null, email: null, calls: 1, inputTokens: 1_000, outputTokens: 0, costMicros: 10, failed: 0, invalid: 0 },
      ]);
      expect(await app.ai.selectAiUsageByUser(admin, range, 1)).toHaveLength(1);
      // Quiet days inside the range are zeros, not gaps.
      const wider = await app.ai.selectAiUsageByDay(admin, { from: "2031-03-01", to: "2031-03-31" });
      expect(wider).toHaveLength(31);
      expect(wider.reduce((sum, day) => sum + day.costMicros, 0)).toBe(9_999 + 1_234 + 2_000 + 5_000 + 10 + 8_888);
    } finally {
      await db.execute(sql`set time zone 'UTC'`);
    }
  });

  it("counts users, courses, classes and today's AI use for the overview", async () => {
    const now = new Date();
    const learnerRow = (await app.users.selectActiveUserById(learner.id))!;
    await db.insert(app.schema.AiUsageTable).values([
      { userId: learnerRow.id, feature: "tutor", model: "stub-model", outcome: "ok", inputTokens: 10, costMicros: 700, createdAt: now },
      { userId: learnerRow.id, feature: "tutor", model: "stub-model", outcome: "ok", inputTokens: 10, costMicros: 300, createdAt: new Date(now.getTime() - 40 * 86_400_000) },
    ]);
    const overview = await app.admin.selectAdminOverview(admin, now);
    const [expected] = await selectRows<Record<string, string | number>>(
      db,
      sql`select
        (select count(*) from users where role = 'learner' and deleted_at is null and disabled_at is null) as learners,
        (select count(*) from users where role = 'admin' and deleted_at is null and disabled_at is null) as admins,
        (select count(*) from courses where published_at is not null) as published,
        (select count(*) from classes where archived_at is null) as classes`,
    );
    expect(overview.usersByRole.learner.active).toBe(Number(expected!.learners));
    expect(overview.usersByRole.admin).toEqual({ active: Number(expected!.admins), disabled: 0 });
    expect(overview.courses.published).toBe(Number(expected!.published));
    expect(overview.classes.active).toBe(Number(expected!.classes));
    expect(overview.ai.today).toEqual({ calls: 1, costMicros: 700 });
    expect(overview.ai.last30Days).toEqual({ calls: 1, costMicros: 700 });
    expect(overview.activeLastWeek).toBeGreaterThanOrEqual(1);
  });

  it("lists every course and class with their owners and set-based counts", async () => {
    const courses = await app.catalog.selectCoursesOverview(admin);
    const stats = courses.rows.find((course) => course.slug === "probability-and-statistics");
    const [counts] = await selectRows<Record<string, string | number>>(
      db,
      sql`select (select count(*) from lessons l join courses c on c.id = l.course_id where c.slug = 'probability-and-statistics') as lessons,
        (select count(*) from enrolments e join courses c on c.id = e.course_id where c.slug = 'probability-and-statistics') as enrolled`,
    );
    expect(stats).toMatchObject({ owner: { name: teacher.name }, lessonCount: Number(counts!.lessons), enrolledCount: Number(counts!.enrolled), classCount: 1 });
    expect(stats!.lessonCount).toBeGreaterThan(0);
    expect(stats!.questionCount).toBeGreaterThan(0);
    expect(courses.truncated).toBe(false);

    const classes = await app.catalog.selectClassesOverview(admin);
    const seeded = classes.rows.find((taught) => taught.name === "Statistics — Autumn cohort");
    const [members] = await selectRows<{ n: string | number }>(db, sql`select count(*) as n from class_members where role = 'learner' and class_id = ${seeded!.id}`);
    expect(seeded).toMatchObject({ teacher: { name: teacher.name }, archived: false, learnerCount: Number(members!.n), teacherCount: 1 });
    expect(seeded!.learnerCount).toBeGreaterThan(5);
  });

  it("reports the migration ledger and the readiness probe for the health panel", async () => {
    const status = await app.admin.selectMigrationStatus(admin);
    expect(status.applied).toBe(status.expected);
    expect(status.expected).toBeGreaterThanOrEqual(6);
    const { loadReadiness } = await import("@/app/admin/_components/readiness");
    const readiness = await loadReadiness();
    expect(readiness).toMatchObject({ status: "ok", checks: { database: { ok: true, driver: "pglite" }, cache: { ok: true } }, config: { auth: "development", ai: "off" } });
  });
});

describe("the last-admin rule on PostgreSQL, with truly concurrent transactions", () => {
  let db: Database;
  let app: App;

  beforeAll(async () => {
    const databaseUrl = await createDatabase(inject("databaseUrl"), `lf_admin_${Date.now()}`);
    const { dbModule } = await useAppDatabase("pg", { databaseUrl });
    const connection = await dbModule.getDatabaseConnection();
    await connection.migrate(dbModule.MIGRATIONS_FOLDER);
    db = connection.db;
    app = await loadApp();
  });
  afterAll(closeAppDatabase);

  it("leaves exactly one active admin however two admins' demotions interleave", async () => {
    const [first, second] = await Promise.all([insertUser(db, app, { name: "Admin One", role: "admin" }), insertUser(db, app, { name: "Admin Two", role: "admin" })]);
    for (let round = 0; round < 6; round++) {
      const change =
        round % 2 === 0
          ? [app.accounts.changeUserRole(first!, second!.id, "learner"), app.accounts.changeUserRole(second!, first!.id, "learner")]
          : [app.accounts.setUserDisabled(first!, second!.id, true), app.accounts.setUserDisabled(second!, first!.id, true)];
      const outcomes = await Promise.allSettled(change);
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      expect(await countActiveAdmins(db)).toBe(1);
      await db.execute(sql`update users set role = 'admin', disabled_at = null where id in (${first!.id}, ${second!.id})`);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { closeAppDatabase, useAppDatabase } from "../support/app-env";

// Class channels on the seeded demo class (its teacher, the demo learner, classmates), an
// outsider, and a second class of another teacher: who may read and write, what each write
// changes, notifications, keyset pages, unread counts and the polling query.
let db: Database;
let teacher: User;
let learner: User;
let classmate: User;
let outsider: User;
let otherTeacher: User;
let classId: string;
let otherClassId: string;
let general: string;
let announcements: string;
let app: {
  channels: typeof import("@/features/channels/db");
  read: typeof import("@/features/channels/db-read");
  unread: typeof import("@/features/channels/db-unread");
  lists: typeof import("@/features/channels/db-channels");
  view: typeof import("@/features/channels/db-view");
  classes: typeof import("@/features/classes/db");
  schema: typeof import("@/drizzle/schema");
};

const codeOf = async (work: Promise<unknown>) => work.then(() => "OK", (error: { code?: string }) => error.code ?? String(error));

async function messageRow(id: number) {
  const { ChannelMessageTable } = app.schema;
  const [row] = await db.select().from(ChannelMessageTable).where(eq(ChannelMessageTable.id, id));
  return row!;
}

async function notificationsOf(user: User, kind: string) {
  const { NotificationTable } = app.schema;
  return db.select().from(NotificationTable).where(and(eq(NotificationTable.userId, user.id), sql`${NotificationTable.kind} = ${kind}`));
}

async function customChannel(name: string): Promise<string> {
  return (await app.lists.insertChannel(teacher, classId, { name, posting: "everyone" })).id;
}

beforeAll(async () => {
  const { dbModule } = await useAppDatabase("pglite", {});
  const connection = await dbModule.getDatabaseConnection();
  await connection.migrate(dbModule.MIGRATIONS_FOLDER);
  db = connection.db;
  await (await import("@/drizzle/seed/seed")).seedDemoContent(db);
  app = {
    channels: await import("@/features/channels/db"),
    read: await import("@/features/channels/db-read"),
    unread: await import("@/features/channels/db-unread"),
    lists: await import("@/features/channels/db-channels"),
    view: await import("@/features/channels/db-view"),
    classes: await import("@/features/classes/db"),
    schema: await import("@/drizzle/schema"),
  };
  const { UserTable, ClassTable, CourseTable } = app.schema;
  const users = await db.select().from(UserTable);
  const byExternalId = (externalId: string) => users.find((user) => user.externalId === externalId)!;
  teacher = byExternalId("demo-teacher");
  learner = byExternalId("demo-learner");
  classmate = byExternalId("demo-classmate-1");
  [outsider, otherTeacher] = (await db
    .insert(UserTable)
    .values([
      { authProvider: "dev", externalId: "channel-outsider", email: "outsider@example.test", name: "Olive Outsider", role: "learner" },
      { authProvider: "dev", externalId: "channel-other-teacher", email: "other@example.test", name: "Otto Other", role: "teacher" },
    ])
    .returning()) as [User, User];
  [{ id: classId }] = (await db.select({ id: ClassTable.id }).from(ClassTable).where(eq(ClassTable.joinCode, "STATS-AUTUMN"))) as [{ id: string }];
  const [course] = await db.select({ id: CourseTable.id }).from(CourseTable).limit(1);
  otherClassId = (await app.classes.insertClass(otherTeacher, course!.id, "Another class")).id;
  const listed = await app.lists.selectClassChannels(learner, classId);
  general = listed.channels.find((channel) => channel.kind === "general")!.id;
  announcements = listed.channels.find((channel) => channel.kind === "announcements")!.id;
});
afterAll(closeAppDatabase);

describe("who sees a class's channels", () => {
  it("gives every new class a general channel for everyone and announcements for teachers", async () => {
    const { channels } = await app.lists.selectClassChannels(otherTeacher, otherClassId);
    expect(channels.map((channel) => [channel.name, channel.kind, channel.posting])).toEqual([
      ["general", "general", "everyone"],
      ["announcements", "announcements", "teachers"],
    ]);
  });

  it("answers NOT_FOUND to anyone outside the class and changes nothing", async () => {
    const { ChannelMessageTable, ChannelReadTable } = app.schema;
    const [existing] = await db.select().from(ChannelMessageTable).where(eq(ChannelMessageTable.channelId, general)).limit(1);
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(ChannelMessageTable);
    for (const stranger of [outsider, otherTeacher]) {
      expect(await codeOf(app.channels.postMessage(stranger, general, "hello"))).toBe("NOT_FOUND");
      expect(await codeOf(app.channels.replyToMessage(stranger, existing!.id, "hello"))).toBe("NOT_FOUND");
      expect(await codeOf(app.channels.selectChannelPage(stranger, general))).toBe("NOT_FOUND");
      expect(await codeOf(app.channels.countUnread(stranger, general))).toBe("NOT_FOUND");
      expect(await codeOf(app.channels.markChannelRead(stranger, general, existing!.id))).toBe("NOT_FOUND");
      expect(await codeOf(app.read.selectChannelUpdates(stranger, general, new Date(0).toISOString()))).toBe("NOT_FOUND");
      expect(await codeOf(app.channels.deleteMessage(stranger, existing!.id))).toBe("NOT_FOUND");
      expect(await codeOf(app.lists.selectClassChannels(stranger, classId))).toBe("NOT_FOUND");
    }
    expect(await codeOf(app.channels.selectChannelPage(learner, "not-a-uuid"))).toBe("NOT_FOUND");
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(ChannelMessageTable)).toEqual(before);
    expect(await db.select().from(ChannelReadTable).where(eq(ChannelReadTable.userId, outsider.id))).toEqual([]);
    expect((await messageRow(existing!.id)).deletedAt).toBeNull();
  });

  it("lets an archived class be read but not written", async () => {
    const { ClassTable } = app.schema;
    const { channels } = await app.lists.selectClassChannels(otherTeacher, otherClassId);
    const otherGeneral = channels[0]!.id;
    const posted = await app.channels.postMessage(otherTeacher, otherGeneral, "Before the archive");
    await db.update(ClassTable).set({ archivedAt: new Date() }).where(eq(ClassTable.id, otherClassId));
    expect(await codeOf(app.channels.postMessage(otherTeacher, otherGeneral, "After the archive"))).toBe("FORBIDDEN");
    expect(await codeOf(app.channels.editMessage(otherTeacher, posted.id, "Changed"))).toBe("FORBIDDEN");
    expect((await app.channels.selectChannelPage(otherTeacher, otherGeneral)).messages.map((message) => message.body)).toEqual(["Before the archive"]);
    expect((await app.unread.selectUnreadCounts(otherTeacher)).byChannel[otherGeneral]).toBeUndefined();
    await db.update(ClassTable).set({ archivedAt: null }).where(eq(ClassTable.id, otherClassId));
  });
});

describe("posting and changing messages", () => {
  it("refuses an empty or oversized message with a specific error, and keeps one of exactly 4,000 characters", async () => {
    await expect(app.channels.postMessage(learner, general, "   \n ")).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Write a message first." });
    await expect(app.channels.postMessage(learner, general, "x".repeat(4_001))).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("4,000 characters") });
    // Characters as PostgreSQL counts them: 4,000 emoji are 4,000 characters.
    const long = await app.channels.postMessage(learner, general, `  ${"🎲".repeat(4_000)}  `);
    expect(long.body).toBe("🎲".repeat(4_000));
  });

  it("lets only teachers post and reply in announcements", async () => {
    await expect(app.channels.postMessage(learner, announcements, "Can I post?")).rejects.toMatchObject({ code: "FORBIDDEN", message: "Only teachers post in #announcements." });
    const announcement = await app.channels.postMessage(teacher, announcements, "Quiz on Friday.");
    await expect(app.channels.replyToMessage(learner, announcement.id, "Which chapters?")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await messageRow(announcement.id)).replyCount).toBe(0);
  });

  it("lets only the author edit, marks the edit and moves updated_at", async () => {
    const posted = await app.channels.postMessage(learner, general, "Frist try");
    const before = await messageRow(posted.id);
    await expect(app.channels.editMessage(classmate, posted.id, "Vandalised")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(app.channels.editMessage(teacher, posted.id, "Vandalised")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await messageRow(posted.id)).body).toBe("Frist try");
    const edited = await app.channels.editMessage(learner, posted.id, "First try");
    expect(edited).toMatchObject({ body: "First try", editedAt: expect.any(String) });
    expect((await messageRow(posted.id)).updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  });

  it("deletes a message for everyone without ever sending its text again", async () => {
    const posted = await app.channels.postMessage(learner, general, "Oops, my phone number");
    await expect(app.channels.deleteMessage(classmate, posted.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const deleted = await app.channels.deleteMessage(learner, posted.id);
    expect(deleted).toMatchObject({ state: "deleted", body: null });
    for (const viewer of [teacher, learner, classmate]) {
      const page = await app.channels.selectChannelPage(viewer, general);
      expect(page.messages.find((message) => message.id === posted.id)).toMatchObject({ state: "deleted", body: null });
      expect(JSON.stringify(page)).not.toContain("phone number");
    }
    expect((await messageRow(posted.id)).body).toBe("");
    await expect(app.channels.editMessage(learner, posted.id, "Back")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const byTeacher = await app.channels.postMessage(classmate, general, "Off-topic");
    expect(await app.channels.deleteMessage(teacher, byTeacher.id)).toMatchObject({ state: "deleted" });
  });

  it("hides a message from learners while teachers still read it; only teachers hide", async () => {
    const posted = await app.channels.postMessage(classmate, general, "Rude remark");
    await expect(app.channels.setMessageHidden(learner, posted.id, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await messageRow(posted.id)).hiddenAt).toBeNull();
    await app.channels.setMessageHidden(teacher, posted.id, true);
    const forLearner = (await app.channels.selectChannelPage(learner, general)).messages.find((message) => message.id === posted.id);
    const forTeacher = (await app.channels.selectChannelPage(teacher, general)).messages.find((message) => message.id === posted.id);
    expect(forLearner).toMatchObject({ state: "hidden", body: null });
    expect(forTeacher).toMatchObject({ state: "hidden", body: "Rude remark" });
    await expect(app.channels.editMessage(classmate, posted.id, "Nice remark")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await app.channels.setMessageHidden(teacher, posted.id, false)).toMatchObject({ state: "visible", body: "Rude remark" });
  });

  it("pins for teachers only and lists pins first on the page", async () => {
    const posted = await app.channels.postMessage(learner, general, "Useful summary");
    await expect(app.channels.setMessagePinned(learner, posted.id, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await messageRow(posted.id)).pinnedAt).toBeNull();
    expect(await app.channels.setMessagePinned(teacher, posted.id, true)).toMatchObject({ pinnedAt: expect.any(String) });
    const view = await app.view.selectChannelView(learner, classId, general);
    expect(view.pinned.map((message) => message.id)).toContain(posted.id);
    await app.channels.setMessagePinned(teacher, posted.id, false);
    expect((await app.view.selectChannelView(learner, classId, general)).pinned.map((message) => message.id)).not.toContain(posted.id);
  });
});

describe("threads and notifications", () => {
  it("attaches replies to the thread's root, counts them in the root and notifies earlier participants", async () => {
    const root = await app.channels.postMessage(classmate, general, "How do I read a z-table?");
    const rootBefore = await messageRow(root.id);
    const first = await app.channels.replyToMessage(learner, root.id, "Row for the first decimal, column for the second.");
    const second = await app.channels.replyToMessage(teacher, first.id, "Exactly.");
    expect(second.parentId).toBe(root.id);
    const rootAfter = await messageRow(root.id);
    expect(rootAfter.replyCount).toBe(2);
    expect(rootAfter.lastReplyAt).not.toBeNull();
    expect(rootAfter.updatedAt.getTime()).toBeGreaterThan(rootBefore.updatedAt.getTime());

    const replyTo = (user: User) => notificationsOf(user, "reply").then((rows) => rows.filter((row) => row.link.includes(`thread=${root.id}`)));
    expect(await replyTo(classmate)).toHaveLength(2);
    expect(await replyTo(learner)).toHaveLength(1);
    expect(await replyTo(teacher)).toHaveLength(0);
    expect((await replyTo(learner))[0]!.link).toBe(`/classes/${classId}/channels/${general}?thread=${root.id}#m${second.id}`);

    const thread = await app.channels.selectThread(learner, first.id);
    expect(thread.root.id).toBe(root.id);
    expect(thread.replies.map((reply) => reply.id)).toEqual([first.id, second.id]);
  });

  it("notifies each mentioned class member once, never the author or people outside the class", async () => {
    const message = await app.channels.postMessage(learner, general, "@[Tomás Reyes] and @[tomás reyes], see this. Also @[Olive Outsider] and @[Lena Okafor].");
    const mentions = (user: User) => notificationsOf(user, "mention").then((rows) => rows.filter((row) => row.link.endsWith(`#m${message.id}`)));
    expect(await mentions(teacher)).toHaveLength(1);
    expect(await mentions(outsider)).toHaveLength(0);
    expect(await mentions(learner)).toHaveLength(0);
    // A mentioned thread participant gets the mention, not a second "reply" notification.
    const reply = await app.channels.replyToMessage(classmate, message.id, `Thanks @[${learner.name}]`);
    const forLearner = await db.select().from(app.schema.NotificationTable).where(sql`${app.schema.NotificationTable.link} like ${`%#m${reply.id}`}`);
    expect(forLearner.map((row) => [row.userId === learner.id, row.kind])).toEqual([[true, "mention"]]);
  });

  it("notifies a mention added by an edit once, however often the message is edited", async () => {
    const message = await app.channels.postMessage(learner, general, "Who can help?");
    const mentions = () => notificationsOf(classmate, "mention").then((rows) => rows.filter((row) => row.link.endsWith(`#m${message.id}`)));
    await app.channels.editMessage(learner, message.id, `Who can help? @[${classmate.name}]`);
    await app.channels.editMessage(learner, message.id, `Who can help, @[${classmate.name}]?`);
    expect(await mentions()).toHaveLength(1);
  });
});

describe("homework", () => {
  it("lets a learner hand in their own message and only teachers grade it, notifying the learner", async () => {
    const work = await app.channels.postMessage(learner, general, "My answer: 0.3413");
    await expect(app.channels.submitHomework(classmate, work.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(app.channels.gradeHomework(teacher, work.id, { grade: "A" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await app.channels.submitHomework(learner, work.id)).homework).toMatchObject({ submittedAt: expect.any(String), gradedAt: null });
    expect((await app.lists.selectUngradedHomework(teacher, classId)).map((item) => item.id)).toContain(work.id);
    await expect(app.lists.selectUngradedHomework(learner, classId)).rejects.toMatchObject({ code: "FORBIDDEN" });

    await expect(app.channels.gradeHomework(classmate, work.id, { grade: "A+" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(app.channels.gradeHomework(teacher, work.id, { grade: "  " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(app.channels.gradeHomework(teacher, work.id, { grade: "x".repeat(21) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await messageRow(work.id)).homeworkGradedAt).toBeNull();

    await app.channels.gradeHomework(teacher, work.id, { grade: " B+ ", feedback: "Show the table lookup." });
    const regraded = await app.channels.gradeHomework(teacher, work.id, { grade: "A-", feedback: "Better with the lookup." });
    expect(regraded.homework).toMatchObject({ grade: "A-", feedback: "Better with the lookup.", gradedAt: expect.any(String) });
    const seen = (user: User) => app.channels.selectChannelPage(user, general).then((page) => page.messages.find((message) => message.id === work.id)!.homework);
    expect(await seen(learner)).toMatchObject({ grade: "A-" });
    expect(await seen(classmate)).toMatchObject({ grade: null, feedback: null, gradedAt: expect.any(String) });
    expect((await app.lists.selectUngradedHomework(teacher, classId)).map((item) => item.id)).not.toContain(work.id);
    const graded = (await notificationsOf(learner, "homework_graded")).filter((row) => row.link.endsWith(`#m${work.id}`));
    expect(graded.map((row) => row.title)).toEqual(["Your homework in #general was graded: B+", "Your homework in #general was graded: A-"]);
  });

  it("keeps teachers and thread replies out of homework", async () => {
    const root = await app.channels.postMessage(learner, general, "Question");
    const reply = await app.channels.replyToMessage(learner, root.id, "My working");
    await expect(app.channels.submitHomework(learner, reply.id)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const own = await app.channels.postMessage(teacher, general, "Teacher note");
    await expect(app.channels.submitHomework(teacher, own.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("custom channels", () => {
  it("lets teachers add uniquely named channels and archive custom ones; learners cannot", async () => {
    const id = await customChannel("Project work");
    await expect(app.lists.insertChannel(teacher, classId, { name: "project WORK", posting: "everyone" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(app.lists.insertChannel(learner, classId, { name: "Learners only", posting: "everyone" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(app.lists.insertChannel(teacher, classId, { name: "x".repeat(41), posting: "everyone" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(app.lists.archiveChannel(teacher, general)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(app.lists.archiveChannel(learner, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await app.lists.archiveChannel(teacher, id);
    expect(await codeOf(app.channels.postMessage(learner, id, "Anyone here?"))).toBe("FORBIDDEN");
    expect((await app.lists.selectClassChannels(learner, classId)).channels.find((channel) => channel.id === id)).toMatchObject({ archived: true });
  });
});

describe("pages and read state", () => {
  it("pages back by keyset, returning every message exactly once, newest first", async () => {
    const channelId = await customChannel("Pagination");
    const { ChannelMessageTable } = app.schema;
    await db.insert(ChannelMessageTable).values(Array.from({ length: 120 }, (_, index) => ({ channelId, authorId: classmate.id, body: `Message ${index + 1}` })));
    const seen: number[] = [];
    const sizes: number[] = [];
    let before: number | undefined;
    for (;;) {
      const page = await app.channels.selectChannelPage(learner, channelId, { before, limit: 50 });
      sizes.push(page.messages.length);
      seen.push(...page.messages.map((message) => message.id));
      if (!page.hasOlder) break;
      before = page.messages.at(-1)!.id;
    }
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen).size).toBe(120);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect((await app.channels.selectChannelPage(learner, channelId, { before: Math.min(...seen) })).messages).toEqual([]);
  });

  it("counts others' new messages as unread, never one's own, and forgets them once read", async () => {
    const channelId = await customChannel("Unread");
    const posted = [];
    for (const body of ["one", "two", "three"]) posted.push(await app.channels.postMessage(classmate, channelId, body));
    await app.channels.postMessage(learner, channelId, "mine");
    expect(await app.channels.countUnread(learner, channelId)).toBe(3);
    expect(await app.channels.countUnread(classmate, channelId)).toBe(1);
    const counts = await app.unread.selectUnreadCounts(learner);
    expect(counts.byChannel[channelId]).toBe(3);
    expect(counts.total).toBe(Object.values(counts.byChannel).reduce((sum, n) => sum + n, 0));

    const newest = posted.at(-1)!.id;
    expect(await app.channels.markChannelRead(learner, channelId, newest)).toEqual({ lastReadMessageId: newest });
    expect(await app.channels.countUnread(learner, channelId)).toBe(0);
    // An older marker (a stale tab) never moves read state backwards.
    expect(await app.channels.markChannelRead(learner, channelId, posted[0]!.id)).toEqual({ lastReadMessageId: newest });
    expect(await app.channels.countUnread(learner, channelId)).toBe(0);
    await expect(app.channels.markChannelRead(learner, channelId, 999_999_999)).rejects.toMatchObject({ code: "BAD_REQUEST" });

    await app.channels.postMessage(classmate, channelId, "four");
    expect(await app.channels.countUnread(learner, channelId)).toBe(1);
    const { ChannelMessageTable } = app.schema;
    await db.insert(ChannelMessageTable).values(Array.from({ length: 120 }, () => ({ channelId, authorId: classmate.id, body: "flood" })));
    expect(await app.channels.countUnread(learner, channelId)).toBe(100);
    expect((await app.unread.selectUnreadCounts(learner)).byChannel[channelId]).toBe(100);
  });

  it("marks the channel read up to the newest message when the page opens", async () => {
    await app.channels.postMessage(classmate, general, "New in general");
    expect(await app.channels.countUnread(learner, general)).toBeGreaterThan(0);
    const view = await app.view.selectChannelView(learner, classId, general);
    expect(view.unread.byChannel[general]).toBe(0);
    expect(await app.channels.countUnread(learner, general)).toBe(0);
    expect(view.channels.map((channel) => channel.name)).toEqual(expect.arrayContaining(["general", "announcements"]));
    await expect(app.view.selectChannelView(learner, otherClassId, general)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("returns new and changed messages since a cursor, with the database's clock as the next cursor", async () => {
    const channelId = await customChannel("Polling");
    const old = await app.channels.postMessage(classmate, channelId, "Old and unchanged");
    const edited = await app.channels.postMessage(classmate, channelId, "Old, then edited");
    const { ChannelMessageTable } = app.schema;
    // Push the first two out of the overlap window, as if written a minute ago.
    await db.update(ChannelMessageTable).set({ updatedAt: sql`now() - interval '1 minute'` }).where(eq(ChannelMessageTable.channelId, channelId));
    const { cursor } = await app.read.selectChannelUpdates(learner, channelId, new Date().toISOString());
    await app.channels.editMessage(classmate, edited.id, "Edited text");
    const fresh = await app.channels.postMessage(teacher, channelId, "Brand new");
    const update = await app.read.selectChannelUpdates(learner, channelId, cursor);
    expect(update.messages.map((message) => [message.id, message.body])).toEqual([
      [edited.id, "Edited text"],
      [fresh.id, "Brand new"],
    ]);
    expect(update.messages.map((message) => message.id)).not.toContain(old.id);
    expect(Date.parse(update.cursor)).toBeGreaterThanOrEqual(Date.parse(cursor));
    const everything = await app.read.selectChannelUpdates(learner, channelId, new Date(0).toISOString());
    expect(everything.messages.map((message) => message.id)).toEqual(expect.arrayContaining([old.id, edited.id, fresh.id]));
  });

  it("reads the latest page, an older page and the unread count from the partial index", async () => {
    const channelId = await customChannel("Busy");
    const { ChannelMessageTable } = app.schema;
    for (let batch = 0; batch < 4; batch++) {
      await db.insert(ChannelMessageTable).values(Array.from({ length: 1_000 }, (_, index) => ({ channelId, authorId: index % 3 ? classmate.id : teacher.id, body: `busy ${index}` })));
    }
    const [middle] = await db.select({ id: sql<number>`(min(id) + max(id)) / 2` }).from(ChannelMessageTable).where(eq(ChannelMessageTable.channelId, channelId));
    await db.execute(sql`vacuum analyze channel_messages`);
    const { selectRows } = await import("@/drizzle/execute");
    const plan = async (query: Parameters<typeof selectRows>[1]) => (await selectRows<Record<string, string>>(db, sql`explain ${query}`)).map((row) => Object.values(row)[0]).join("\n");
    expect(await plan(app.read.channelPageQuery(db, channelId, { size: 50 }).getSQL())).toMatch(/Index Scan using channel_messages_channel_top_idx/);
    expect(await plan(app.read.channelPageQuery(db, channelId, { size: 50, before: Number(middle!.id) }).getSQL())).toMatch(/Index Scan using channel_messages_channel_top_idx/);
    expect(await plan(app.unread.unreadCountQuery(channelId, learner.id))).toMatch(/Index Only Scan using channel_messages_channel_top_idx/);
  });
});

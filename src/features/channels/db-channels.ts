import "server-only";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/drizzle/db";
import { isUniqueViolation } from "@/drizzle/errors";
import { ChannelMessageTable, ChannelTable, ClassTable, UserTable, type ChannelPoster, type User } from "@/drizzle/schema";
import { classTaughtBy } from "@/features/classes/db";
import { AppError } from "@/lib/errors";
import { classReadableBy, isUuid, selectChannelAccess } from "./db-access";
import { selectClassPeople } from "./db-notify";
import type { Mentionable } from "./lib/mentions";
import type { ChannelSummary } from "./lib/types";
import { channelNameSchema, channelPosterSchema } from "./schemas";

/** A class's channels: listing them, teachers adding and archiving custom ones, the homework queue. */
type Db = Database | Transaction;
const CLASS_NOT_FOUND = "That class does not exist or you are not in it.";

export type ClassAccess = { id: string; name: string; archived: boolean; isTeacher: boolean };
export type { ChannelSummary };

export async function selectClassAccess(db: Db, user: User, classId: string): Promise<ClassAccess> {
  if (!isUuid(classId)) throw new AppError("NOT_FOUND", CLASS_NOT_FOUND);
  const [row] = await db
    .select({ id: ClassTable.id, name: ClassTable.name, archivedAt: ClassTable.archivedAt, isTeacher: sql<boolean>`${classTaughtBy(db, user)}`.mapWith(Boolean) })
    .from(ClassTable)
    .where(and(eq(ClassTable.id, classId), classReadableBy(db, user)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", CLASS_NOT_FOUND);
  return { id: row.id, name: row.name, archived: row.archivedAt !== null, isTeacher: row.isTeacher };
}

/** The class as the caller stands in it (member or teacher), or NOT_FOUND. */
export async function selectChannelClass(user: User, classId: string): Promise<ClassAccess> {
  return selectClassAccess(await getDb(), user, classId);
}

/** The class's channels: general, announcements, then custom ones by name (archived last). */
export async function selectClassChannels(user: User, classId: string): Promise<{ class: ClassAccess; channels: ChannelSummary[] }> {
  const db = await getDb();
  const klass = await selectClassAccess(db, user, classId);
  const rows = await db
    .select({ id: ChannelTable.id, name: ChannelTable.name, kind: ChannelTable.kind, posting: ChannelTable.posting, archivedAt: ChannelTable.archivedAt })
    .from(ChannelTable)
    .where(eq(ChannelTable.classId, klass.id))
    .orderBy(sql`${ChannelTable.archivedAt} is not null`, sql`case ${ChannelTable.kind} when 'general' then 0 when 'announcements' then 1 else 2 end`, asc(ChannelTable.name));
  return { class: klass, channels: rows.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null })) };
}

/** A teacher adds a channel: a name unique in the class (whatever its case), and who may post. */
export async function insertChannel(user: User, classId: string, input: { name: string; posting: ChannelPoster }): Promise<{ id: string }> {
  const nameParsed = channelNameSchema.safeParse(input.name);
  if (!nameParsed.success) throw new AppError("BAD_REQUEST", nameParsed.error.issues[0]!.message);
  const posting = channelPosterSchema.parse(input.posting);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const klass = await selectClassAccess(tx, user, classId);
      if (!klass.isTeacher) throw new AppError("FORBIDDEN", "Only teachers can add channels.");
      if (klass.archived) throw new AppError("FORBIDDEN", "This class is archived: its channels are read-only.");
      const [taken] = await tx
        .select({ id: ChannelTable.id })
        .from(ChannelTable)
        .where(and(eq(ChannelTable.classId, klass.id), sql`lower(${ChannelTable.name}) = lower(${nameParsed.data})`))
        .limit(1);
      if (taken) throw new AppError("CONFLICT", `This class already has a channel called "${nameParsed.data}".`);
      const [created] = await tx.insert(ChannelTable).values({ classId: klass.id, name: nameParsed.data, kind: "custom", posting, createdBy: user.id }).returning({ id: ChannelTable.id });
      return created!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", `This class already has a channel called "${nameParsed.data}".`);
    throw error;
  }
}

/** A teacher archives a custom channel: it leaves the list and becomes read-only. */
export async function archiveChannel(user: User, channelId: string): Promise<{ classId: string }> {
  const db = await getDb();
  const access = await selectChannelAccess(db, user, channelId);
  if (!access.isTeacher) throw new AppError("FORBIDDEN", "Only teachers can archive channels.");
  if (access.channel.kind !== "custom") throw new AppError("BAD_REQUEST", "The general and announcements channels cannot be archived.");
  await db
    .update(ChannelTable)
    .set({ archivedAt: sql`now()` })
    .where(and(eq(ChannelTable.id, access.channel.id), isNull(ChannelTable.archivedAt), sql`exists (select 1 from ${ClassTable} where ${ClassTable.id} = ${ChannelTable.classId} and ${classTaughtBy(db, user)})`));
  return { classId: access.channel.classId };
}

/** The people of a class a member may mention (the composer's picker). */
export async function selectMentionableMembers(user: User, classId: string): Promise<Mentionable[]> {
  const db = await getDb();
  const klass = await selectClassAccess(db, user, classId);
  return selectClassPeople(db, klass.id);
}

export type UngradedHomework = { id: number; channelId: string; channelName: string; authorName: string; body: string; submittedAt: Date };

/** For the class's teachers: homework handed in and not graded yet, oldest first. */
export async function selectUngradedHomework(user: User, classId: string): Promise<UngradedHomework[]> {
  const db = await getDb();
  const klass = await selectClassAccess(db, user, classId);
  if (!klass.isTeacher) throw new AppError("FORBIDDEN", "Only the class's teachers see its homework queue.");
  const M = ChannelMessageTable;
  const rows = await db
    .select({ id: M.id, channelId: M.channelId, channelName: ChannelTable.name, authorName: UserTable.name, body: M.body, submittedAt: M.homeworkAt })
    .from(M)
    .innerJoin(ChannelTable, eq(ChannelTable.id, M.channelId))
    .innerJoin(UserTable, eq(UserTable.id, M.authorId))
    .where(and(eq(ChannelTable.classId, klass.id), isNotNull(M.homeworkAt), isNull(M.homeworkGradedAt), isNull(M.deletedAt)))
    .orderBy(asc(M.homeworkAt), asc(M.id))
    .limit(200);
  return rows.map((row) => ({ ...row, submittedAt: row.submittedAt! }));
}

import "server-only";
import { and, asc, eq, exists, isNull, or, sql, type SQL } from "drizzle-orm";
import { isUniqueViolation } from "@/drizzle/errors";
import { getDb, type Database } from "@/drizzle/db";
import { AssignmentTable, ClassMemberTable, ClassTable, CourseTable, EnrolmentTable, TestTable, UserTable, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { courseEditableBy, courseVisibleTo } from "@/features/courses/db-visibility";
import { insertDefaultChannels } from "@/features/channels/db-defaults";
import { insertAssignmentNotifications } from "@/features/notifications/db-producers";
import { generateJoinCode } from "./lib/join-code";
import type { AssignmentWindow } from "./schemas";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Who runs a class: its teacher, a co-teacher member, or an admin. */
export function classTaughtBy(db: Database | Tx, viewer: Pick<User, "id" | "role">): SQL {
  if (viewer.role === "admin") return sql`true`;
  const coTeacher = exists(
    db
      .select({ one: sql`1` })
      .from(ClassMemberTable)
      .where(and(eq(ClassMemberTable.classId, ClassTable.id), eq(ClassMemberTable.userId, viewer.id), eq(ClassMemberTable.role, "teacher"))),
  );
  return or(eq(ClassTable.teacherId, viewer.id), coTeacher) ?? sql`false`;
}

export async function selectTaughtClass(db: Database | Tx, teacher: User, classId: string) {
  const [row] = await db.select().from(ClassTable).where(and(eq(ClassTable.id, classId), classTaughtBy(db, teacher))).limit(1);
  if (!row) throw new AppError("NOT_FOUND", "That class does not exist or you do not teach it.");
  return row;
}


/** A teacher opens a class on a course they can see; it gets a fresh join code and its general and announcements channels. */
export async function insertClass(teacher: User, courseId: string, name: string): Promise<{ id: string; joinCode: string }> {
  if (teacher.role === "learner") throw new AppError("FORBIDDEN", "Only teachers can create classes.");
  const db = await getDb();
  const [course] = await db.select({ id: CourseTable.id }).from(CourseTable).where(and(eq(CourseTable.id, courseId), courseVisibleTo(db, teacher))).limit(1);
  if (!course) throw new AppError("NOT_FOUND", "That course does not exist.");
  for (let tries = 0; ; tries++) {
    try {
      return await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(ClassTable)
          .values({ courseId: course.id, teacherId: teacher.id, name, joinCode: generateJoinCode() })
          .returning({ id: ClassTable.id, joinCode: ClassTable.joinCode });
        await tx.insert(ClassMemberTable).values({ classId: created!.id, userId: teacher.id, role: "teacher" });
        await insertDefaultChannels(tx, created!.id, teacher.id);
        return created!;
      });
    } catch (error) {
      // A join-code collision is astronomically rare; try a new code a couple of times.
      if (!isUniqueViolation(error) || tries >= 2) throw error;
    }
  }
}

/** Replaces the join code (the old one stops working at once); members stay. */
export async function rotateJoinCode(teacher: User, classId: string): Promise<string> {
  const db = await getDb();
  const taught = await selectTaughtClass(db, teacher, classId);
  const [updated] = await db.update(ClassTable).set({ joinCode: generateJoinCode() }).where(eq(ClassTable.id, taught.id)).returning({ joinCode: ClassTable.joinCode });
  return updated!.joinCode;
}

/** Joins a class by its code and enrols in its course; joining twice changes nothing. */
export async function joinClassByCode(learner: User, joinCode: string): Promise<{ classId: string; className: string; courseSlug: string; joined: boolean }> {
  const db = await getDb();
  const [found] = await db
    .select({ id: ClassTable.id, name: ClassTable.name, courseId: ClassTable.courseId, courseSlug: CourseTable.slug })
    .from(ClassTable)
    .innerJoin(CourseTable, eq(CourseTable.id, ClassTable.courseId))
    .where(and(eq(ClassTable.joinCode, joinCode), isNull(ClassTable.archivedAt)))
    .limit(1);
  if (!found) throw new AppError("NOT_FOUND", "No open class has that join code. Check it with your teacher.");
  const joined = await db.transaction(async (tx) => {
    const inserted = await tx.insert(ClassMemberTable).values({ classId: found.id, userId: learner.id, role: "learner" }).onConflictDoNothing().returning({ userId: ClassMemberTable.userId });
    await tx.insert(EnrolmentTable).values({ userId: learner.id, courseId: found.courseId }).onConflictDoNothing();
    return inserted.length > 0;
  });
  return { classId: found.id, className: found.name, courseSlug: found.courseSlug, joined };
}

export async function selectClassMembers(teacher: User, classId: string) {
  const db = await getDb();
  const taught = await selectTaughtClass(db, teacher, classId);
  return db
    .select({ userId: UserTable.id, name: UserTable.name, email: UserTable.email, role: ClassMemberTable.role, joinedAt: ClassMemberTable.joinedAt })
    .from(ClassMemberTable)
    .innerJoin(UserTable, eq(UserTable.id, ClassMemberTable.userId))
    .where(and(eq(ClassMemberTable.classId, taught.id), isNull(UserTable.deletedAt)))
    .orderBy(asc(ClassMemberTable.role), asc(UserTable.name));
}

/** Removes a learner from a class (their attempts and grades are kept). */
export async function removeClassMember(teacher: User, classId: string, userId: string): Promise<void> {
  const db = await getDb();
  const taught = await selectTaughtClass(db, teacher, classId);
  if (userId === taught.teacherId) throw new AppError("BAD_REQUEST", "The class's own teacher cannot be removed.");
  const removed = await db
    .delete(ClassMemberTable)
    .where(and(eq(ClassMemberTable.classId, taught.id), eq(ClassMemberTable.userId, userId), eq(ClassMemberTable.role, "learner")))
    .returning({ userId: ClassMemberTable.userId });
  if (removed.length === 0) throw new AppError("NOT_FOUND", "That person is not a learner in this class.");
}

/**
 * Assigns a test of the class's course (one the teacher authors, or a published one), with
 * its window; assigning it again updates the window. A new assignment notifies the class's
 * learners in the same transaction.
 */
export async function upsertAssignment(teacher: User, classId: string, testId: string, window: AssignmentWindow): Promise<string> {
  const db = await getDb();
  const taught = await selectTaughtClass(db, teacher, classId);
  const [test] = await db
    .select({ id: TestTable.id })
    .from(TestTable)
    .innerJoin(CourseTable, eq(CourseTable.id, TestTable.courseId))
    .where(and(eq(TestTable.id, testId), eq(TestTable.courseId, taught.courseId), or(courseEditableBy(teacher), sql`${TestTable.publishedAt} is not null`)))
    .limit(1);
  if (!test) throw new AppError("NOT_FOUND", "That test does not belong to this class's course.");
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(AssignmentTable)
      .values({ classId: taught.id, testId: test.id, assignedBy: teacher.id, ...window })
      .onConflictDoNothing({ target: [AssignmentTable.classId, AssignmentTable.testId] })
      .returning({ id: AssignmentTable.id });
    // Only a new assignment notifies the class; a changed window does not.
    if (created) {
      await insertAssignmentNotifications(tx, created.id);
      return created.id;
    }
    const [updated] = await tx
      .update(AssignmentTable)
      .set({ ...window, updatedAt: new Date() })
      .where(and(eq(AssignmentTable.classId, taught.id), eq(AssignmentTable.testId, test.id)))
      .returning({ id: AssignmentTable.id });
    if (!updated) throw new AppError("CONFLICT", "That assignment changed meanwhile; try again.");
    return updated.id;
  });
}

export async function deleteAssignment(teacher: User, assignmentId: string): Promise<void> {
  const db = await getDb();
  const deleted = await db
    .delete(AssignmentTable)
    .where(and(eq(AssignmentTable.id, assignmentId), exists(db.select({ one: sql`1` }).from(ClassTable).where(and(eq(ClassTable.id, AssignmentTable.classId), classTaughtBy(db, teacher))))))
    .returning({ id: AssignmentTable.id });
  if (deleted.length === 0) throw new AppError("NOT_FOUND", "That assignment does not exist or you do not teach its class.");
}

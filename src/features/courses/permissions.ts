import type { Course, User } from "@/drizzle/schema";

/** Mirrors `courseEditableBy` for code that already holds the course row. */
export function canEditCourse(user: Pick<User, "id" | "role">, course: Pick<Course, "ownerId">): boolean {
  if (user.role === "admin") return true;
  return user.role === "teacher" && course.ownerId === user.id;
}

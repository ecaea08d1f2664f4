import { pgEnum } from "drizzle-orm/pg-core";

// Const arrays are the single source for both pgEnum and z.enum.
export const USER_ROLES = ["learner", "teacher", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const userRoleEnum = pgEnum("user_role", USER_ROLES);

export const AUTH_PROVIDERS = ["clerk", "dev"] as const;
export type AuthProvider = (typeof AUTH_PROVIDERS)[number];
export const authProviderEnum = pgEnum("auth_provider", AUTH_PROVIDERS);

export const COURSE_VISIBILITIES = ["public", "unlisted", "private"] as const;
export type CourseVisibility = (typeof COURSE_VISIBILITIES)[number];
export const courseVisibilityEnum = pgEnum("course_visibility", COURSE_VISIBILITIES);

export const COURSE_LEVELS = ["beginner", "intermediate", "advanced"] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];
export const courseLevelEnum = pgEnum("course_level", COURSE_LEVELS);

export const CLASS_MEMBER_ROLES = ["learner", "teacher"] as const;
export type ClassMemberRole = (typeof CLASS_MEMBER_ROLES)[number];
export const classMemberRoleEnum = pgEnum("class_member_role", CLASS_MEMBER_ROLES);

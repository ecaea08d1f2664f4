/** The enum values as plain data (no Drizzle import), safe for browser bundles; enums.ts builds the pgEnums from them. */
// Const arrays are the single source for both pgEnum and z.enum.
export const USER_ROLES = ["learner", "teacher", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const AUTH_PROVIDERS = ["clerk", "dev"] as const;
export type AuthProvider = (typeof AUTH_PROVIDERS)[number];

export const COURSE_VISIBILITIES = ["public", "unlisted", "private"] as const;
export type CourseVisibility = (typeof COURSE_VISIBILITIES)[number];

export const COURSE_LEVELS = ["beginner", "intermediate", "advanced"] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

export const CLASS_MEMBER_ROLES = ["learner", "teacher"] as const;
export type ClassMemberRole = (typeof CLASS_MEMBER_ROLES)[number];

export const QUESTION_TYPES = ["single_choice", "multiple_choice", "true_false", "numeric", "short_text", "essay"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const GRADING_METHODS = ["highest", "average", "first", "last"] as const;
export type GradingMethod = (typeof GRADING_METHODS)[number];

/** When a learner sees feedback or the correct answers of a test. */
export const REVIEW_TIMINGS = ["immediately", "after_submit", "after_close", "never"] as const;
export type ReviewTiming = (typeof REVIEW_TIMINGS)[number];

/**
 * in_progress → graded when the learner submits and every answer grades itself, or →
 * submitted when an essay waits for a teacher (→ graded once marked). When the deadline
 * passes first, the server closes the attempt with its saved answers: → graded, or →
 * overdue while an essay waits; → abandoned if nothing was ever answered.
 */
export const ATTEMPT_STATES = ["in_progress", "submitted", "overdue", "graded", "abandoned"] as const;
export type AttemptState = (typeof ATTEMPT_STATES)[number];

export const ATTEMPT_CLOSERS = ["learner", "deadline"] as const;
export type AttemptCloser = (typeof ATTEMPT_CLOSERS)[number];

export const GRADE_SOURCES = ["auto", "teacher", "regrade", "ai"] as const;
export type GradeSource = (typeof GRADE_SOURCES)[number];

/** A practice question is served for adaptive practice or for the placement check (diagnostic). */
export const PRACTICE_MODES = ["practice", "diagnostic"] as const;
export type PracticeMode = (typeof PRACTICE_MODES)[number];

/** How a review card came about. */
export const REVIEW_CARD_SOURCES = ["practice_miss", "test_miss", "starred", "own"] as const;
export type ReviewCardSource = (typeof REVIEW_CARD_SOURCES)[number];

/** FSRS card states, in ts-fsrs's order (State.New = 0 … State.Relearning = 3). */
export const REVIEW_STATES = ["new", "learning", "review", "relearning"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

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

/** What an AI call was for: usage and cost are reported per feature. */
export const AI_FEATURES = ["tutor", "question_generation", "course_outline", "grading", "transcription", "embedding"] as const;
export type AiFeature = (typeof AI_FEATURES)[number];

/** ok: a valid answer; invalid_output: the model answered but its output failed validation; failed: no answer. */
export const AI_CALL_OUTCOMES = ["ok", "invalid_output", "failed"] as const;
export type AiCallOutcome = (typeof AI_CALL_OUTCOMES)[number];

/** What happens to an AI grade: off (teacher grades alone), suggest (teacher always reviews), release_confident. */
export const AI_GRADING_POLICIES = ["off", "suggest", "release_confident"] as const;
export type AiGradingPolicy = (typeof AI_GRADING_POLICIES)[number];

/** released: applied under the test's policy; queued: waits for the teacher; accepted/overridden: the teacher decided. */
export const AI_GRADE_STATUSES = ["released", "queued", "accepted", "overridden"] as const;
export type AiGradeStatus = (typeof AI_GRADE_STATUSES)[number];

/** A generated question: pending review, approved into the bank, rejected by the teacher or by the automatic checks. */
export const QUESTION_DRAFT_STATUSES = ["pending", "approved", "rejected", "auto_rejected"] as const;
export type QuestionDraftStatus = (typeof QUESTION_DRAFT_STATUSES)[number];

export const TUTOR_ROLES = ["user", "assistant"] as const;
export type TutorRole = (typeof TUTOR_ROLES)[number];

/** general and announcements exist in every class; teachers add custom channels on demand. */
export const CHANNEL_KINDS = ["general", "announcements", "custom"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Who may start a message in a channel (replies in threads follow the same rule). */
export const CHANNEL_POSTERS = ["everyone", "teachers"] as const;
export type ChannelPoster = (typeof CHANNEL_POSTERS)[number];

/** What an in-app notification is about; each links to its place. */
export const NOTIFICATION_KINDS = ["assignment_new", "test_due", "grade_released", "reply", "mention", "homework_graded"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

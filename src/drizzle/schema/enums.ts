import { pgEnum } from "drizzle-orm/pg-core";
import {
  USER_ROLES,
  AUTH_PROVIDERS,
  COURSE_VISIBILITIES,
  COURSE_LEVELS,
  CLASS_MEMBER_ROLES,
  QUESTION_TYPES,
  GRADING_METHODS,
  REVIEW_TIMINGS,
  ATTEMPT_STATES,
  ATTEMPT_CLOSERS,
  GRADE_SOURCES,
  PRACTICE_MODES,
  REVIEW_CARD_SOURCES,
  REVIEW_STATES,
  AI_FEATURES,
  AI_CALL_OUTCOMES,
  AI_GRADING_POLICIES,
  AI_GRADE_STATUSES,
  QUESTION_DRAFT_STATUSES,
  TUTOR_ROLES,
  CHANNEL_KINDS,
  CHANNEL_POSTERS,
  NOTIFICATION_KINDS,
} from "./enum-values";
export * from "./enum-values";

export const userRoleEnum = pgEnum("user_role", USER_ROLES);
export const authProviderEnum = pgEnum("auth_provider", AUTH_PROVIDERS);
export const courseVisibilityEnum = pgEnum("course_visibility", COURSE_VISIBILITIES);
export const courseLevelEnum = pgEnum("course_level", COURSE_LEVELS);
export const classMemberRoleEnum = pgEnum("class_member_role", CLASS_MEMBER_ROLES);
export const questionTypeEnum = pgEnum("question_type", QUESTION_TYPES);
export const gradingMethodEnum = pgEnum("grading_method", GRADING_METHODS);
export const reviewTimingEnum = pgEnum("review_timing", REVIEW_TIMINGS);
export const attemptStateEnum = pgEnum("attempt_state", ATTEMPT_STATES);
export const attemptCloserEnum = pgEnum("attempt_closer", ATTEMPT_CLOSERS);
export const gradeSourceEnum = pgEnum("grade_source", GRADE_SOURCES);
export const practiceModeEnum = pgEnum("practice_mode", PRACTICE_MODES);
export const reviewCardSourceEnum = pgEnum("review_card_source", REVIEW_CARD_SOURCES);
export const reviewStateEnum = pgEnum("review_state", REVIEW_STATES);
export const aiFeatureEnum = pgEnum("ai_feature", AI_FEATURES);
export const aiCallOutcomeEnum = pgEnum("ai_call_outcome", AI_CALL_OUTCOMES);
export const aiGradingPolicyEnum = pgEnum("ai_grading_policy", AI_GRADING_POLICIES);
export const aiGradeStatusEnum = pgEnum("ai_grade_status", AI_GRADE_STATUSES);
export const questionDraftStatusEnum = pgEnum("question_draft_status", QUESTION_DRAFT_STATUSES);
export const tutorRoleEnum = pgEnum("tutor_role", TUTOR_ROLES);
export const channelKindEnum = pgEnum("channel_kind", CHANNEL_KINDS);
export const channelPosterEnum = pgEnum("channel_poster", CHANNEL_POSTERS);
export const notificationKindEnum = pgEnum("notification_kind", NOTIFICATION_KINDS);

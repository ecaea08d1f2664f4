import { CLASS_LEARNERS, COURSE_AUTHORS, SIGNED_IN, rightChoiceJson } from "./actions-inputs";
import type { ActionSpec } from "./types";

// What learners do: lessons, tests, practice, reviews; and the marking of their attempts.

const COURSES = "src/features/courses/actions.ts";
const ATTEMPTS = "src/features/attempts/actions.ts";
const GRADING = "src/features/attempts/actions-grading.ts";
const AI_GRADING = "src/features/ai-grading/actions.ts";
const PRACTICE = "src/features/practice/actions.ts";
const REVIEW = "src/features/review/actions.ts";

export const LEARNING_ACTION_SPECS: readonly ActionSpec[] = [
  // Courses as a learner.
  {
    file: COURSES,
    name: "enrolInCourseAction",
    page: (t) => `/courses/${t.course.slug}`,
    // T's course is private: self-enrolment is refused to everyone (members are enrolled by joinClass).
    // Late, in case it wrongly succeeds and makes someone a member of T's course.
    fields: (t) => ({ courseSlug: t.course.slug }),
    allowed: [],
    phase: 3,
  },
  {
    file: COURSES,
    name: "markLessonCompleteAction",
    page: (t) => `/courses/${t.course.slug}/lessons/${t.lesson.slug}`,
    fields: (t) => ({ courseSlug: t.course.slug, lessonSlug: t.lesson.slug, completed: "on" }),
    allowed: CLASS_LEARNERS,
  },

  // Test attempts.
  {
    file: ATTEMPTS,
    name: "startAttemptAction",
    page: (t) => `/classes/${t.klass.id}`,
    fields: (t) => ({ testId: t.testId, assignmentId: t.assignmentId }),
    // the class's teacher is a class member (role teacher), and selectTestForLearner only asks for
    // a membership, so the teacher can start an attempt too; admins are not members. The learner starts
    // attempt 2 of 3. Each allowed caller is left with an open attempt on T's test.
    allowed: ["learner", "classmate", "teacher"],
    phase: 1,
  },
  {
    file: ATTEMPTS,
    name: "saveAnswerAction",
    page: (t) => `/attempts/${t.openAttempt.id}`,
    // slot 1 is the single-choice question (the seed's test lists it first and does not shuffle).
    fields: (t) => ({ attemptId: t.openAttempt.id, slot: String(t.openAttempt.slots[0] ?? 1), answer: rightChoiceJson() }),
    allowed: ["learner"],
  },
  {
    file: ATTEMPTS,
    name: "submitAttemptAction",
    page: (t) => `/attempts/${t.openAttempt.id}`,
    fields: (t) => ({ attemptId: t.openAttempt.id }),
    allowed: ["learner"],
    once: true,
    phase: 2,
  },
  {
    file: GRADING,
    name: "gradeAttemptItemAction",
    page: () => "/teach/grading",
    // Slot 1 (the single-choice question, 1 point, answered right) marked 1 again with no feedback:
    // the essay's feedback, a personal canary, stays as seeded.
    fields: (t) => ({ attemptId: t.submittedAttemptId, slot: "1", score: "1", feedback: "" }),
    allowed: COURSE_AUTHORS,
  },
  {
    file: AI_GRADING,
    name: "aiGradeAttemptAction",
    page: () => "/teach/grading",
    fields: (t) => ({ attemptId: t.submittedAttemptId }),
    // Another teacher used to get an empty summary here; the action now refuses them (NOT_FOUND) first.
    allowed: ["teacher", "admin"],
  },

  // Practice (the learner's open attempt holds T's only practisable question until phase 2).
  {
    file: PRACTICE,
    name: "servePracticeAction",
    page: (t) => `/practice/${t.course.slug}`,
    fields: (t) => ({ courseSlug: t.course.slug, topic: "need" }),
    // enrolled learners only; T's learner is refused with CONFLICT (every question of the topic is in
    // their open attempt), which also keeps their served item (practiceItemId) from being skipped.
    allowed: ["classmate"],
  },
  {
    file: PRACTICE,
    name: "answerPracticeAction",
    page: (t) => `/practice/${t.course.slug}`,
    fields: (t) => ({ itemId: t.practiceItemId, answer: rightChoiceJson(), durationMs: "4000" }),
    allowed: ["learner"],
    once: true,
    phase: 1,
  },
  {
    file: PRACTICE,
    name: "advancePlacementAction",
    page: (t) => `/practice/${t.course.slug}/placement`,
    fields: (t) => ({ courseSlug: t.course.slug }),
    // for T's learner no question is free (open attempt), so the check finishes at once with a result.
    allowed: CLASS_LEARNERS,
  },

  // Reviews: the learner's own cards.
  {
    file: REVIEW,
    name: "checkReviewAction",
    page: () => "/review",
    fields: (t) => ({ cardId: t.reviewCardId, answer: rightChoiceJson(), durationMs: "3000" }),
    allowed: ["learner"],
    skipAllowed: "the world's review card is a flashcard, which checkReview refuses (BAD_REQUEST); the world has no question card",
  },
  {
    file: REVIEW,
    name: "rateReviewAction",
    page: () => "/review",
    // The flashcard is due since the seed and has never been rated (reps 0).
    fields: (t) => ({ cardId: t.reviewCardId, rating: "3", reps: "0", durationMs: "3000" }),
    allowed: ["learner"],
    once: true,
    phase: 2,
  },
  {
    file: REVIEW,
    name: "starPracticeQuestionAction",
    page: (t) => `/practice/${t.course.slug}`,
    // Needs the item answered (answerPracticeAction, phase 1).
    fields: (t) => ({ itemId: t.practiceItemId }),
    allowed: ["learner"],
    phase: 2,
  },
  {
    file: REVIEW,
    name: "createFlashcardAction",
    page: () => "/review",
    // Tied to T's course: only callers enrolled in it.
    fields: (t, _world, fresh) => ({ front: `Probe front ${fresh}`, back: `Probe back ${fresh}`, courseSlug: t.course.slug }),
    allowed: CLASS_LEARNERS,
    phase: 1,
  },
  {
    file: REVIEW,
    name: "saveReviewSettingsAction",
    page: () => "/review",
    fields: () => ({ retentionPercent: "90", timeZone: "UTC" }),
    allowed: SIGNED_IN,
  },
  {
    file: REVIEW,
    name: "rememberTimeZoneAction",
    page: () => "/review",
    fields: () => ({ timeZone: "UTC" }),
    allowed: SIGNED_IN,
  },
];

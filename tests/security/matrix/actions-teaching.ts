import type { Tenant } from "../world/types";
import { COURSE_AUTHORS, questionDraftJson, questionsFileJson, seededTestItemsJson, teachCoursePath } from "./actions-inputs";
import type { ActionSpec } from "./types";

// Teaching: T's class (its teacher and admins, classTaughtBy), T's tests and question bank (the
// course's owner and admins, courseEditableBy), and joining a class by its code.

const CLASSES = "src/features/classes/actions.ts";
const JOIN = "src/features/classes/actions-learner.ts";
const TESTS = "src/features/tests/actions.ts";
const QUESTIONS = "src/features/questions/actions.ts";
const DRAFTS = "src/features/question-generation/actions.ts";

const classPath = (t: Tenant) => `/teach/classes/${t.klass.id}`;
const bankPath = (t: Tenant) => `${teachCoursePath(t)}/questions`;

export const TEACHING_ACTION_SPECS: readonly ActionSpec[] = [
  // Classes.
  {
    file: CLASSES,
    name: "createClassAction",
    page: () => "/teach",
    // A class on T's private course: its owner, or an admin (courseVisibleTo); another teacher cannot see it.
    fields: (t, _world, fresh) => ({ courseId: t.course.id, name: `Probe class ${fresh}` }),
    allowed: COURSE_AUTHORS,
    phase: 1,
  },
  {
    file: CLASSES,
    name: "saveAssignmentAction",
    page: classPath,
    // T's test is assigned already with an open window: saving it again with no times changes nothing.
    fields: (t) => ({ classId: t.klass.id, testId: t.testId, opensAt: "", dueAt: "", closesAt: "" }),
    allowed: COURSE_AUTHORS,
  },
  {
    file: CLASSES,
    name: "deleteAssignmentAction",
    page: classPath,
    fields: (t) => ({ assignmentId: t.assignmentId }),
    allowed: COURSE_AUTHORS,
    once: true,
    phase: 2,
  },
  {
    file: CLASSES,
    name: "removeClassMemberAction",
    page: classPath,
    // The classmate: no phase-3 spec needs them in the class any more.
    fields: (t) => ({ classId: t.klass.id, userId: t.classmate.id }),
    allowed: COURSE_AUTHORS,
    once: true,
    phase: 3,
  },
  {
    file: JOIN,
    name: "joinClassAction",
    page: () => "/classes",
    // joinClassByCode asks for a signed-in user of any role (requireUser() without a role), so other
    // teachers and admins join as learners too; members joining again change nothing. Only the outsider calls.
    fields: (t) => ({ joinCode: t.klass.joinCode }),
    allowed: ["outsider", "otherLearner", "otherTeacher", "admin", "classmate", "learner", "teacher"],
    once: true,
    grantsMembership: true,
    phase: 3,
  },
  {
    file: CLASSES,
    name: "rotateJoinCodeAction",
    page: classPath,
    fields: (t) => ({ classId: t.klass.id }),
    allowed: COURSE_AUTHORS,
    // after joinClassAction, which uses T's seeded code: the runner keeps the specs' order within a phase.
    phase: 3,
  },

  // Tests.
  {
    file: TESTS,
    name: "createTestAction",
    page: (t) => `${teachCoursePath(t)}/tests/new`,
    fields: (t, _world, fresh) => ({ courseId: t.course.id, title: `Probe test ${fresh}`, aiGrading: "off" }),
    allowed: COURSE_AUTHORS,
    phase: 1,
  },
  {
    file: TESTS,
    name: "updateTestSettingsAction",
    page: (t) => `${teachCoursePath(t)}/tests/${t.openAttempt.testId}`,
    // The second test's seeded settings with a new title (its old one is a shared canary), hence phase 2.
    fields: (t, _world, fresh) => ({
      testId: t.openAttempt.testId,
      title: `Probe test ${fresh}`,
      timeLimitMinutes: "",
      attemptsAllowed: "",
      gradingMethod: "highest",
      feedbackTiming: "after_submit",
      correctAnswersTiming: "after_close",
      aiGrading: "off",
      opensAt: "",
      closesAt: "",
    }),
    allowed: COURSE_AUTHORS,
    phase: 2,
  },
  {
    file: TESTS,
    name: "saveTestItemsAction",
    page: (t) => `${teachCoursePath(t)}/tests/${t.openAttempt.testId}`,
    // The lines the seed gave it; started attempts keep the questions they pinned.
    fields: (t) => ({ testId: t.openAttempt.testId, items: seededTestItemsJson(t) }),
    allowed: COURSE_AUTHORS,
  },
  {
    file: TESTS,
    name: "publishTestAction",
    page: (t) => `${teachCoursePath(t)}/tests/${t.testId}`,
    fields: (t) => ({ testId: t.testId, published: "on" }),
    allowed: COURSE_AUTHORS,
  },

  // Question bank.
  {
    file: QUESTIONS,
    name: "saveQuestionAction",
    page: (t) => `${bankPath(t)}/new`,
    // A new question (no questionId, no draftId) in T's bank.
    fields: (t, _world, fresh) => ({ courseId: t.course.id, questionId: "", draft: questionDraftJson(fresh) }),
    allowed: COURSE_AUTHORS,
    phase: 1,
  },
  {
    file: QUESTIONS,
    name: "setQuestionArchivedAction",
    page: bankPath,
    // Un-archive a question that is not archived: nothing changes.
    fields: (t) => ({ courseId: t.course.id, questionId: t.questionId, archived: "false" }),
    allowed: COURSE_AUTHORS,
  },
  {
    file: QUESTIONS,
    name: "regradeQuestionAction",
    page: bankPath,
    // Against the version the attempts already use: every mark stays.
    fields: (t) => ({ courseId: t.course.id, questionId: t.questionId }),
    allowed: COURSE_AUTHORS,
  },
  {
    file: QUESTIONS,
    name: "importQuestionsAction",
    page: (t) => `${bankPath(t)}/import`,
    // The preview step reads the file and imports nothing.
    fields: (t, _world, fresh) => ({ courseId: t.course.id, format: "json", step: "preview", text: questionsFileJson(fresh) }),
    allowed: COURSE_AUTHORS,
  },

  // AI question drafts: the world has one pending draft, and only one decision can be made on it.
  {
    file: DRAFTS,
    name: "approveDraftAction",
    page: (t) => `${bankPath(t)}/drafts`,
    fields: (t) => ({ courseId: t.course.id, draftId: t.draftId }),
    allowed: COURSE_AUTHORS,
    skipAllowed: "T's one pending draft is kept for rejectDraftAction (a reviewed draft cannot be approved)",
    phase: 1,
  },
  {
    file: DRAFTS,
    name: "rejectDraftAction",
    page: (t) => `${bankPath(t)}/drafts`,
    fields: (t) => ({ courseId: t.course.id, draftId: t.draftId }),
    allowed: COURSE_AUTHORS,
    once: true,
    phase: 2,
  },
];

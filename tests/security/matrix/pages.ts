import type { PageSpec } from "./types";

// Every page of the build, aimed at the target tenant T, with who gets it (200). Anyone else is
// sent to sign in, elsewhere, or gets a 404: the matrix checks that, and that no body or
// redirect carries a canary its caller is not entitled to.

const SIGNED_IN = ["outsider", "otherLearner", "otherTeacher", "classmate", "learner", "teacher", "admin"] as const;
const EVERYONE = ["anonymous", ...SIGNED_IN] as const;
// Admins run the platform: they may open any class, course and teaching page.
const CLASS = ["learner", "classmate", "teacher", "admin"] as const;
const OWNER = ["teacher", "admin"] as const;
const TEACHERS = ["otherTeacher", "teacher", "admin"] as const;

const teach = (t: { course: { id: string } }, rest = "") => `/teach/courses/${t.course.id}${rest}`;

export const PAGE_SPECS: readonly PageSpec[] = [
  { route: "/", path: () => "/", allowed: EVERYONE },
  // Signed-in callers are sent on to their dashboard.
  { route: "/sign-in", path: () => "/sign-in", allowed: ["anonymous"] },
  { route: "/courses", path: () => "/courses", allowed: EVERYONE },
  // The public catalogue is searchable signed out; private courses only show to their members.
  { route: "/search", path: () => "/search?q=lesson%20text", allowed: EVERYONE },
  { route: "/dashboard", path: () => "/dashboard", allowed: SIGNED_IN },
  { route: "/notifications", path: () => "/notifications", allowed: SIGNED_IN },
  // A learner with one course goes straight to its practice.
  { route: "/practice", path: () => "/practice", allowed: SIGNED_IN, okRedirect: /^\/practice\/[a-z0-9-]+$/ },
  { route: "/review", path: () => "/review", allowed: SIGNED_IN },
  { route: "/classes", path: () => "/classes", allowed: SIGNED_IN },
  { route: "/admin", path: () => "/admin", allowed: ["admin"] },
  { route: "/admin/ai", path: () => "/admin/ai", allowed: ["admin"] },
  { route: "/admin/classes", path: () => "/admin/classes", allowed: ["admin"] },
  { route: "/admin/courses", path: () => "/admin/courses", allowed: ["admin"], okRedirect: /^\/admin\/classes#courses$/ },
  { route: "/admin/users", path: () => "/admin/users", allowed: ["admin"] },
  { route: "/attempts/[attemptId]", path: (t) => `/attempts/${t.submittedAttemptId}`, allowed: ["learner"] },
  // A class's own page is its members' view; admins see classes from /admin and /teach.
  { route: "/classes/[classId]", path: (t) => `/classes/${t.klass.id}`, allowed: ["learner", "classmate", "teacher"] },
  { route: "/classes/[classId]/channels", path: (t) => `/classes/${t.klass.id}/channels`, allowed: CLASS },
  { route: "/classes/[classId]/channels/[channelId]", path: (t) => `/classes/${t.klass.id}/channels/${t.channels.generalId}`, allowed: CLASS },
  { route: "/classes/[classId]/channels/homework", path: (t) => `/classes/${t.klass.id}/channels/homework`, allowed: OWNER },
  { route: "/courses/[courseSlug]", path: (t) => `/courses/${t.course.slug}`, allowed: CLASS },
  { route: "/courses/[courseSlug]/lessons/[lessonSlug]", path: (t) => `/courses/${t.course.slug}/lessons/${t.lesson.slug}`, allowed: CLASS },
  { route: "/courses/[courseSlug]/tutor", path: (t) => `/courses/${t.course.slug}/tutor`, allowed: CLASS },
  { route: "/practice/[courseSlug]", path: (t) => `/practice/${t.course.slug}`, allowed: ["learner", "classmate"] },
  { route: "/practice/[courseSlug]/placement", path: (t) => `/practice/${t.course.slug}/placement`, allowed: ["learner", "classmate"] },
  { route: "/teach", path: () => "/teach", allowed: TEACHERS },
  { route: "/teach/grading", path: () => "/teach/grading", allowed: TEACHERS },
  { route: "/teach/courses/new", path: () => "/teach/courses/new", allowed: TEACHERS },
  { route: "/teach/courses/new/outline", path: () => "/teach/courses/new/outline", allowed: TEACHERS },
  { route: "/teach/classes/[classId]", path: (t) => `/teach/classes/${t.klass.id}`, allowed: OWNER },
  { route: "/teach/classes/[classId]/analytics", path: (t) => `/teach/classes/${t.klass.id}/analytics`, allowed: OWNER },
  { route: "/teach/classes/[classId]/gradebook", path: (t) => `/teach/classes/${t.klass.id}/gradebook`, allowed: OWNER },
  { route: "/teach/courses/[courseId]", path: (t) => teach(t), allowed: OWNER },
  { route: "/teach/courses/[courseId]/lessons/new", path: (t) => teach(t, `/lessons/new?moduleId=${t.moduleId}`), allowed: OWNER },
  { route: "/teach/courses/[courseId]/lessons/[lessonId]", path: (t) => teach(t, `/lessons/${t.lesson.id}`), allowed: OWNER },
  { route: "/teach/courses/[courseId]/questions", path: (t) => teach(t, "/questions"), allowed: OWNER },
  { route: "/teach/courses/[courseId]/questions/new", path: (t) => teach(t, "/questions/new"), allowed: OWNER },
  { route: "/teach/courses/[courseId]/questions/[questionId]/edit", path: (t) => teach(t, `/questions/${t.questionId}/edit`), allowed: OWNER },
  { route: "/teach/courses/[courseId]/questions/drafts", path: (t) => teach(t, "/questions/drafts"), allowed: OWNER },
  { route: "/teach/courses/[courseId]/questions/generate", path: (t) => teach(t, "/questions/generate"), allowed: OWNER },
  { route: "/teach/courses/[courseId]/questions/import", path: (t) => teach(t, "/questions/import"), allowed: OWNER },
  { route: "/teach/courses/[courseId]/tests", path: (t) => teach(t, "/tests"), allowed: OWNER },
  { route: "/teach/courses/[courseId]/tests/new", path: (t) => teach(t, "/tests/new"), allowed: OWNER },
  { route: "/teach/courses/[courseId]/tests/[testId]", path: (t) => teach(t, `/tests/${t.testId}`), allowed: OWNER },
  { route: "/teach/courses/[courseId]/tests/[testId]/statistics", path: (t) => teach(t, `/tests/${t.testId}/statistics`), allowed: OWNER },
];

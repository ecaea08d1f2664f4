import { COURSE_AUTHORS, TEACHER_ROLE, outlineJson, seededTopicSlug, slugFrom, teachCoursePath } from "./actions-inputs";
import type { ActionSpec } from "./types";

// Course authoring: anyone with the teacher role creates their own courses; only T's teacher (and
// admins, courseEditableBy) change T's course, topics, modules and lessons.

const AUTHORING = "src/features/courses/actions-authoring.ts";
const OUTLINE = "src/features/course-outline/actions.ts";

export const AUTHORING_ACTION_SPECS: readonly ActionSpec[] = [
  // New courses (the caller's own).
  {
    file: AUTHORING,
    name: "createCourseAction",
    page: () => "/teach/courses/new",
    fields: (_t, _world, fresh) => ({ title: `Probe course ${fresh}`, slug: slugFrom("probe-course", fresh), visibility: "private" }),
    allowed: TEACHER_ROLE,
    phase: 1,
  },
  {
    file: OUTLINE,
    name: "draftOutlineAction",
    page: () => "/teach/courses/new/outline",
    // succeeds only as far as the OpenAI stub answers course_outline with a valid outline and the
    // caller's AI budget allows it.
    fields: (_t, _world, fresh) => ({ description: `A short course on fractions for beginners (${fresh}).`, level: "beginner", lessonsWanted: "3" }),
    allowed: TEACHER_ROLE,
  },
  {
    file: OUTLINE,
    name: "createCourseFromOutlineAction",
    page: () => "/teach/courses/new/outline",
    fields: (_t, _world, fresh) => ({ outline: outlineJson(fresh), level: "beginner" }),
    allowed: TEACHER_ROLE,
    phase: 1,
  },

  // T's course.
  {
    file: AUTHORING,
    name: "updateCourseAction",
    page: teachCoursePath,
    // Same address and visibility; the title and description (shared canaries) are replaced, hence phase 2.
    fields: (t, _world, fresh) => ({ courseId: t.course.id, title: `Probe course ${fresh}`, slug: t.course.slug, visibility: "private", level: "beginner" }),
    allowed: COURSE_AUTHORS,
    phase: 2,
  },
  {
    file: AUTHORING,
    name: "publishCourseAction",
    page: teachCoursePath,
    // Published already: publishing again keeps its date.
    fields: (t) => ({ courseId: t.course.id, published: "on" }),
    allowed: COURSE_AUTHORS,
  },

  // Topics.
  {
    file: AUTHORING,
    name: "createTopicAction",
    page: teachCoursePath,
    fields: (t, _world, fresh) => ({ courseId: t.course.id, name: `Probe topic ${fresh}`, slug: slugFrom("probe-topic", fresh) }),
    allowed: COURSE_AUTHORS,
    phase: 1,
  },
  {
    file: AUTHORING,
    name: "updateTopicAction",
    page: teachCoursePath,
    // the seed's own name and slug (the world carries no topic slug: rebuilt as the seed writes it),
    // so the topic stays as it was.
    fields: (t) => ({ courseId: t.course.id, topicId: t.topicId, name: `Topic ${t.key}`, slug: seededTopicSlug(t) }),
    allowed: COURSE_AUTHORS,
  },
  {
    file: AUTHORING,
    name: "deleteTopicAction",
    page: teachCoursePath,
    // T's practised topic cannot be deleted by anyone (CONFLICT: learners' answers would go with it); the spare one can.
    fields: (t) => ({ courseId: t.course.id, topicId: t.spareTopicId }),
    allowed: COURSE_AUTHORS,
    once: true,
    phase: 2,
  },

  // Modules.
  {
    file: AUTHORING,
    name: "createModuleAction",
    page: teachCoursePath,
    fields: (t, _world, fresh) => ({ courseId: t.course.id, title: `Probe module ${fresh}` }),
    allowed: COURSE_AUTHORS,
    phase: 1,
  },
  {
    file: AUTHORING,
    name: "updateModuleAction",
    page: teachCoursePath,
    // The seed's own title: nothing changes.
    fields: (t) => ({ courseId: t.course.id, moduleId: t.moduleId, title: `Module ${t.key}` }),
    allowed: COURSE_AUTHORS,
  },
  {
    file: AUTHORING,
    name: "moveModuleAction",
    page: teachCoursePath,
    // T's only seeded module has no neighbour above: a permitted no-op.
    fields: (t) => ({ courseId: t.course.id, moduleId: t.moduleId, direction: "up" }),
    allowed: COURSE_AUTHORS,
  },
  {
    file: AUTHORING,
    name: "deleteModuleAction",
    page: teachCoursePath,
    // A module with lessons is refused (CONFLICT, for its authors only), so this runs after
    // deleteLessonAction (phase 2) has emptied it; no spec adds a lesson to it.
    fields: (t) => ({ courseId: t.course.id, moduleId: t.moduleId }),
    allowed: COURSE_AUTHORS,
    once: true,
    phase: 3,
  },

  // Lessons.
  {
    file: AUTHORING,
    name: "saveLessonAction",
    page: (t) => `${teachCoursePath(t)}/lessons/${t.lesson.id}`,
    // An edit of T's lesson (same address, still published): its canary text is replaced, hence phase 2,
    // before deleteLessonAction. Not a new lesson: that would stay in T's module and block deleteModuleAction.
    fields: (t, _world, fresh) => ({
      courseId: t.course.id,
      lessonId: t.lesson.id,
      title: `Probe lesson ${fresh}`,
      slug: t.lesson.slug,
      markdown: `## Probe\n\nProbe lesson text ${fresh}.`,
      topicSlugs: "",
      publish: "on",
    }),
    allowed: COURSE_AUTHORS,
    phase: 2,
  },
  {
    file: AUTHORING,
    name: "moveLessonAction",
    page: teachCoursePath,
    // The module's first lesson has no neighbour above: a permitted no-op.
    fields: (t) => ({ courseId: t.course.id, lessonId: t.lesson.id, direction: "up" }),
    allowed: COURSE_AUTHORS,
  },
  {
    file: AUTHORING,
    name: "deleteLessonAction",
    page: (t) => `${teachCoursePath(t)}/lessons/${t.lesson.id}`,
    fields: (t) => ({ courseId: t.course.id, lessonId: t.lesson.id }),
    allowed: COURSE_AUTHORS,
    once: true,
    phase: 2,
  },
];

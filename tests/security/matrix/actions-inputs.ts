import type { AnswerInput } from "@/features/attempts/components/answer-draft";
import type { OutlineEdit } from "@/features/course-outline/lib/outline";
import { slugify } from "@/features/courses/schemas-authoring";
import { QUESTIONS_JSON_FORMAT, QUESTIONS_JSON_VERSION } from "@/features/questions/lib/json-format";
import type { QuestionBodyInput } from "@/features/questions/schemas";
import type { TestItemInput } from "@/features/tests/schemas";
import type { Tenant } from "../world/types";
import type { Caller } from "./types";

// Caller groups and input builders shared by the action specs (actions-*.ts).

/** Every signed-in caller, T's learner first: for self-scoped actions. */
export const SIGNED_IN = ["learner", "classmate", "teacher", "admin", "outsider", "otherLearner", "otherTeacher"] as const satisfies readonly Caller[];
/** Public actions: anonymous first. */
export const EVERYONE = ["anonymous", ...SIGNED_IN] as const satisfies readonly Caller[];
/** Anyone with the teacher role (or admin), for actions that create the caller's own things. */
export const TEACHER_ROLE = ["teacher", "admin", "otherTeacher"] as const satisfies readonly Caller[];
/** Who may edit T's course (courseEditableBy): its owner and admins. */
export const COURSE_AUTHORS = ["teacher", "admin"] as const satisfies readonly Caller[];
/** The learners of T's class (members, hence enrolled in T's course). */
export const CLASS_LEARNERS = ["learner", "classmate"] as const satisfies readonly Caller[];
/** Who reads T's channels (classReadableBy): members, the class's teacher, admins. */
export const CLASS_READERS = ["learner", "classmate", "teacher", "admin"] as const satisfies readonly Caller[];

/** A slug unique per call: `prefix-<fresh as a slug>`. */
export const slugFrom = (prefix: string, fresh: string): string => `${prefix}-${slugify(fresh) || "x"}`;

/** Channel names are at most 40 characters: keep the unique end of `fresh`. */
export const channelNameFrom = (fresh: string): string => `Probe ${fresh}`.slice(-40).trim();

/**
 * The seed writes T's single-choice question with options a, b, c, b correct (the world does not
 * carry option ids), and the topic slug `sec-<key>-topic` (the world carries only the topic id).
 */
export const SEEDED_CORRECT_OPTION = "b";
export const seededTopicSlug = (t: Tenant): string => `sec-${t.key.toLowerCase()}-topic`;

/** An answer as the attempt player (and practice, review) posts it: answerInputSchema as JSON. */
export const answerJson = (answer: AnswerInput): string => JSON.stringify(answer);
export const rightChoiceJson = (): string => answerJson({ type: "single_choice", optionId: SEEDED_CORRECT_OPTION });

type QuestionDraftInput = { body: QuestionBodyInput; topicSlugs: string[] };

function probeQuestionDraft(fresh: string): QuestionDraftInput {
  return {
    body: {
      type: "single_choice",
      stem: `Probe question ${fresh}: which option is right?`,
      options: [
        { id: "a", text: "Probe option one", correct: true },
        { id: "b", text: "Probe option two", correct: false },
      ],
    },
    topicSlugs: [],
  };
}

/** questionDraftSchema as JSON (the question editor's `draft` field). */
export const questionDraftJson = (fresh: string): string => JSON.stringify(probeQuestionDraft(fresh));

/** A LearnForge questions export with one question (importQuestions' `text`). */
export const questionsFileJson = (fresh: string): string =>
  JSON.stringify({ format: QUESTIONS_JSON_FORMAT, version: QUESTIONS_JSON_VERSION, questions: [probeQuestionDraft(fresh)] });

/** The seed's own lines for T's tests: the single-choice question (1 point), then the essay (2 points). */
export const seededTestItemsJson = (t: Tenant): string => {
  const items: TestItemInput[] = [
    { kind: "question", questionId: t.questionId, points: 1 },
    { kind: "question", questionId: t.essayQuestionId, points: 2 },
  ];
  return JSON.stringify(items);
};

/** An edited course outline (createCourseFromOutline's `outline`). */
export const outlineJson = (fresh: string): string => {
  const outline: OutlineEdit = {
    title: `Probe outline ${fresh}`,
    description: "A course outline written by the security suite.",
    topics: [{ slug: "probe-topic", name: "Probe topic" }],
    modules: [{ title: "Probe module", lessons: [{ title: "Probe lesson", summary: "", topicSlugs: ["probe-topic"] }] }],
  };
  return JSON.stringify(outline);
};

export const teachCoursePath = (t: Tenant): string => `/teach/courses/${t.course.id}`;
export const generalChannelPath = (t: Tenant): string => `/classes/${t.klass.id}/channels/${t.channels.generalId}`;

import type { AiGradingPolicy, GradingMethod, ReviewTiming } from "@/drizzle/schema/enum-values";

/**
 * The contract between the test settings form and its actions: what each field posts and
 * how that becomes testSettingsSchema's input. Blank number fields mean "no limit", a
 * checkbox is on when present, and times arrive as ISO instants (blank for none).
 */

function optionalNumber(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return value;
  const text = value.trim();
  return text === "" ? null : Number(text);
}

const checked = (value: unknown) => value === "on" || value === "true" || value === true;

const blankAsNull = (value: unknown) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value);

/** The posted form as testSettingsSchema's input (other fields, such as ids, pass through). */
export function settingsFromForm(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const form = raw as Record<string, unknown>;
  return {
    ...form,
    timeLimitMinutes: optionalNumber(form.timeLimitMinutes),
    attemptsAllowed: optionalNumber(form.attemptsAllowed),
    shuffleQuestions: checked(form.shuffleQuestions),
    shuffleOptions: checked(form.shuffleOptions),
    opensAt: blankAsNull(form.opensAt),
    closesAt: blankAsNull(form.closesAt),
  };
}

export type SettingsFormValues = {
  title: string;
  description: string;
  timeLimitMinutes: string;
  attemptsAllowed: string;
  gradingMethod: GradingMethod;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  feedbackTiming: ReviewTiming;
  correctAnswersTiming: ReviewTiming;
  aiGrading: AiGradingPolicy;
  opensAt: string | null;
  closesAt: string | null;
};

export const NEW_TEST_VALUES: SettingsFormValues = {
  title: "",
  description: "",
  timeLimitMinutes: "",
  attemptsAllowed: "",
  gradingMethod: "highest",
  shuffleQuestions: false,
  shuffleOptions: false,
  feedbackTiming: "after_submit",
  correctAnswersTiming: "after_close",
  aiGrading: "suggest",
  opensAt: null,
  closesAt: null,
};

/** A saved test as the form's starting values. */
export function settingsFormValues(test: {
  title: string;
  description: string;
  timeLimitSeconds: number | null;
  attemptsAllowed: number | null;
  gradingMethod: GradingMethod;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  feedbackTiming: ReviewTiming;
  correctAnswersTiming: ReviewTiming;
  aiGrading: AiGradingPolicy;
  opensAt: Date | null;
  closesAt: Date | null;
}): SettingsFormValues {
  return {
    title: test.title,
    description: test.description,
    timeLimitMinutes: test.timeLimitSeconds === null ? "" : String(Math.round(test.timeLimitSeconds / 60)),
    attemptsAllowed: test.attemptsAllowed === null ? "" : String(test.attemptsAllowed),
    gradingMethod: test.gradingMethod,
    shuffleQuestions: test.shuffleQuestions,
    shuffleOptions: test.shuffleOptions,
    feedbackTiming: test.feedbackTiming,
    correctAnswersTiming: test.correctAnswersTiming,
    aiGrading: test.aiGrading,
    opensAt: test.opensAt?.toISOString() ?? null,
    closesAt: test.closesAt?.toISOString() ?? null,
  };
}

export const GRADING_METHOD_LABELS: Record<GradingMethod, { label: string; help: string }> = {
  highest: { label: "Highest attempt", help: "The learner's best graded attempt counts." },
  average: { label: "Average of attempts", help: "The mean percentage of all graded attempts counts." },
  first: { label: "First attempt", help: "Only the first attempt counts; later ones are practice." },
  last: { label: "Last attempt", help: "The most recent graded attempt counts." },
};

export const REVIEW_TIMING_LABELS: Record<ReviewTiming, { label: string; help: string }> = {
  immediately: { label: "Immediately", help: "As soon as a question is answered, even during the attempt." },
  after_submit: { label: "After submitting", help: "Once the learner submits (or time runs out)." },
  after_close: {
    label: "After the test closes",
    help: "Once the close time has passed, so no one still taking the test can see them. For a class assignment that is the assignment's close time; with no close time at all it is the same as after submitting.",
  },
  never: { label: "Never", help: "Learners never see them; you still do." },
};

export const AI_GRADING_LABELS: Record<AiGradingPolicy, { label: string; help: string }> = {
  off: { label: "Off", help: "You grade every essay yourself; no AI sees the answers." },
  suggest: { label: "AI suggests, I decide", help: "Each essay gets an AI grade with feedback per rubric criterion; it waits in your queue until you accept or change it." },
  release_confident: {
    label: "Release confident AI grades",
    help: "AI grades with a confidence of 80% or more are released to learners at once; the rest wait for you. You can override any grade later.",
  },
};

"use client";

import { useActionState, useState } from "react";
import { AI_GRADING_POLICIES, GRADING_METHODS, type AiGradingPolicy, type GradingMethod, type ReviewTiming } from "@/drizzle/schema/enum-values";
import { createTestAction, updateTestSettingsAction } from "@/features/tests/actions";
import { DateTimeField } from "@/features/classes/components/date-time-field";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { buttonClasses } from "@/components/ui/button";
import { AI_GRADING_LABELS, GRADING_METHOD_LABELS, type SettingsFormValues } from "./test-settings-fields";
import { LimitField, TimingSelect } from "./test-settings-controls";

/** What a failed submission posted, back as form values (React resets the form after an action). */
function postedValues(posted: Record<string, string>, fallback: SettingsFormValues): SettingsFormValues {
  return {
    title: posted.title ?? fallback.title,
    description: posted.description ?? fallback.description,
    timeLimitMinutes: posted.timeLimitMinutes ?? fallback.timeLimitMinutes,
    attemptsAllowed: posted.attemptsAllowed ?? fallback.attemptsAllowed,
    gradingMethod: (posted.gradingMethod as GradingMethod | undefined) ?? fallback.gradingMethod,
    shuffleQuestions: posted.shuffleQuestions === "on",
    shuffleOptions: posted.shuffleOptions === "on",
    feedbackTiming: (posted.feedbackTiming as ReviewTiming | undefined) ?? fallback.feedbackTiming,
    correctAnswersTiming: (posted.correctAnswersTiming as ReviewTiming | undefined) ?? fallback.correctAnswersTiming,
    aiGrading: (posted.aiGrading as AiGradingPolicy | undefined) ?? fallback.aiGrading,
    opensAt: posted.opensAt || null,
    closesAt: posted.closesAt || null,
  };
}

/** A test's policies: creates the test when no `testId` is given, else saves its settings. */
export function TestSettingsForm({ courseId, testId, initial }: { courseId: string; testId?: string; initial: SettingsFormValues }) {
  // Creating redirects to the new test's editor, so it never returns data of its own.
  const action = (testId ? updateTestSettingsAction : createTestAction) as typeof updateTestSettingsAction;
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok && state.values ? postedValues(state.values, initial) : initial;
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const [gradingMethod, setGradingMethod] = useState(values.gradingMethod);
  const [feedbackTiming, setFeedbackTiming] = useState(values.feedbackTiming);
  const [correctAnswersTiming, setCorrectAnswersTiming] = useState(values.correctAnswersTiming);
  const prefix = `test-${testId ?? "new"}`;

  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      {testId ? <input type="hidden" name="testId" value={testId} /> : <input type="hidden" name="courseId" value={courseId} />}
      <Field id={`${prefix}-title`} name="title" label="Title" required maxLength={200} defaultValue={values.title} error={errors.title} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-description`} className="text-sm font-medium">
          Instructions for learners (optional)
        </label>
        <textarea
          id={`${prefix}-description`}
          name="description"
          rows={3}
          maxLength={5000}
          defaultValue={values.description}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${prefix}-description-error` : undefined}
          className="rounded-md border border-border bg-bg px-3 py-2 text-sm"
        />
        {errors.description ? (
          <p id={`${prefix}-description-error`} className="text-sm text-danger">
            {errors.description}
          </p>
        ) : null}
      </div>

      <fieldset className="flex flex-col gap-4 rounded-lg border border-border p-4">
        <legend className="px-1 text-sm font-semibold">Time and attempts</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <LimitField
            id={`${prefix}-time-limit`}
            name="timeLimitMinutes"
            label="Time limit (minutes)"
            max={1440}
            help="Leave blank for no limit. An attempt also ends when the test closes, whichever comes first."
            defaultValue={values.timeLimitMinutes}
            error={errors.timeLimitMinutes}
          />
          <LimitField
            id={`${prefix}-attempts`}
            name="attemptsAllowed"
            label="Attempts allowed"
            max={100}
            help="Leave blank for unlimited attempts."
            defaultValue={values.attemptsAllowed}
            error={errors.attemptsAllowed}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${prefix}-grading`} className="text-sm font-medium">
            Grade from
          </label>
          <select
            id={`${prefix}-grading`}
            name="gradingMethod"
            value={gradingMethod}
            onChange={(event) => setGradingMethod(event.target.value as GradingMethod)}
            aria-describedby={`${prefix}-grading-help`}
            className="min-h-10 rounded-md border border-border bg-bg px-3 sm:max-w-xs"
          >
            {GRADING_METHODS.map((method) => (
              <option key={method} value={method}>
                {GRADING_METHOD_LABELS[method].label}
              </option>
            ))}
          </select>
          <p id={`${prefix}-grading-help`} className="text-sm text-muted-fg">
            {GRADING_METHOD_LABELS[gradingMethod].help} Attempts waiting for you to mark an essay count once marked.
          </p>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-border p-4">
        <legend className="px-1 text-sm font-semibold">Order</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={values.shuffleQuestions} aria-describedby={`${prefix}-shuffle-q-help`} className="mt-1" />
          <span>
            Shuffle the questions
            <span id={`${prefix}-shuffle-q-help`} className="block text-muted-fg">
              Each attempt gets its own order, fixed when it starts.
            </span>
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="shuffleOptions" defaultChecked={values.shuffleOptions} aria-describedby={`${prefix}-shuffle-o-help`} className="mt-1" />
          <span>
            Shuffle the options of choice questions
            <span id={`${prefix}-shuffle-o-help`} className="block text-muted-fg">
              Write options that do not depend on their position (&ldquo;all of the above&rdquo;).
            </span>
          </span>
        </label>
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-lg border border-border p-4">
        <legend className="px-1 text-sm font-semibold">What learners see afterwards</legend>
        <p className="text-sm text-muted-fg">Learners always see their total once they submit (provisional while an essay waits for you).</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TimingSelect id={`${prefix}-feedback`} name="feedbackTiming" label="Feedback and marks per question" value={feedbackTiming} onChange={setFeedbackTiming} />
          <TimingSelect id={`${prefix}-answers`} name="correctAnswersTiming" label="Correct answers" value={correctAnswersTiming} onChange={setCorrectAnswersTiming} />
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-border p-4">
        <legend className="px-1 text-sm font-semibold">AI grading of essays</legend>
        {AI_GRADING_POLICIES.map((policy) => (
          <label key={policy} className="flex items-start gap-2 text-sm">
            <input type="radio" name="aiGrading" value={policy} defaultChecked={values.aiGrading === policy} className="mt-1" />
            <span>
              <span className="font-medium">{AI_GRADING_LABELS[policy].label}</span>
              <span className="block text-muted-fg">{AI_GRADING_LABELS[policy].help}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-lg border border-border p-4">
        <legend className="px-1 text-sm font-semibold">When it is open</legend>
        <p className="text-sm text-muted-fg">
          A class assignment can set its own times; these apply when it sets none, and to learners taking the test from the course. Leave blank for always open.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <DateTimeField id={`${prefix}-opens`} name="opensAt" label="Opens" initial={values.opensAt} error={errors.opensAt} />
          <DateTimeField
            id={`${prefix}-closes`}
            name="closesAt"
            label="Closes"
            initial={values.closesAt}
            error={errors.closesAt}
            description="No new attempts from then on, and attempts in progress end."
          />
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClasses("primary")}>
          {pending ? "Saving…" : testId ? "Save settings" : "Create test"}
        </button>
        {state?.ok ? (
          <p role="status" className="text-sm text-muted-fg">
            Settings saved.
          </p>
        ) : null}
      </div>
      <FormError state={state} />
    </form>
  );
}

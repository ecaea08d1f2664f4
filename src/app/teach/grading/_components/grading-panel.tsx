"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { gradeAttemptItemAction } from "@/features/attempts/actions-grading";
import { FormError } from "@/components/ui/form-error";
import { buttonClasses } from "@/components/ui/button";
import { markStep } from "./response-text";

type Item = { attemptId: string; slot: number; points: number; learnerName: string };
type Suggestion = { score: number; feedback: string };

/**
 * The answer being graded and its mark form. The action's state lives here, outside the keyed
 * form, so "saved" survives the switch to the next answer; focus moves to that answer's heading.
 */
export function GradingPanel({ item, heading, suggestion, children }: { item: Item; heading: string; suggestion?: Suggestion; children: ReactNode }) {
  const [state, formAction, pending] = useActionState(gradeAttemptItemAction, null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const scoreRef = useRef<HTMLInputElement>(null);
  const feedbackRef = useRef<HTMLTextAreaElement>(null);
  const itemKey = `${item.attemptId}:${item.slot}`;
  // Which answer the AI marks were copied into: the notice belongs to that answer only.
  const [filledFor, setFilledFor] = useState<string | null>(null);
  const savedOther = state?.ok && `${state.data.attemptId}:${state.data.slot}` !== itemKey;
  const failedHere = state && !state.ok;
  const errors = failedHere ? (state.fieldErrors ?? {}) : {};
  const values = failedHere ? (state.values ?? {}) : {};

  useEffect(() => {
    if (savedOther) headingRef.current?.focus();
  }, [savedOther, itemKey]);

  // Fills the fields only: the teacher reads, adjusts and saves, and the save records who marked it.
  const fillWithAiMarks = () => {
    if (!suggestion || !scoreRef.current || !feedbackRef.current) return;
    scoreRef.current.value = String(suggestion.score);
    feedbackRef.current.value = suggestion.feedback;
    setFilledFor(itemKey);
    scoreRef.current.focus();
  };

  return (
    <div className="flex flex-col gap-5">
      <p role="status" className="text-sm font-medium">
        {savedOther ? `Mark saved. Next answer: ${item.learnerName}.` : ""}
      </p>
      <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        {heading}
      </h2>
      {children}
      <form key={itemKey} action={formAction} className="flex flex-col gap-4 rounded-lg border border-border bg-card p-4" noValidate>
        <input type="hidden" name="attemptId" value={item.attemptId} />
        <input type="hidden" name="slot" value={item.slot} />
        {suggestion ? (
          <div className="flex flex-col items-start gap-1">
            <button type="button" onClick={fillWithAiMarks} className={buttonClasses("secondary")}>
              Use AI marks
            </button>
            <p role="status" className="text-sm text-muted-fg">
              {filledFor === itemKey ? "AI marks and feedback filled in. Check them, change what you disagree with, then save." : ""}
            </p>
          </div>
        ) : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="grade-score" className="text-sm font-medium">
            Mark (0 to {item.points})
          </label>
          <input
            ref={scoreRef}
            id="grade-score"
            name="score"
            type="number"
            inputMode="decimal"
            min={0}
            max={item.points}
            step={markStep(item.points)}
            required
            defaultValue={values.score}
            aria-invalid={errors.score ? true : undefined}
            aria-describedby={errors.score ? "grade-score-error" : undefined}
            className="min-h-10 w-32 rounded-md border border-border bg-bg px-3 text-sm"
          />
          {errors.score ? (
            <p id="grade-score-error" className="text-sm text-danger">
              {errors.score}
            </p>
          ) : null}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="grade-feedback" className="text-sm font-medium">
            Feedback for the learner (optional)
          </label>
          <textarea
            ref={feedbackRef}
            id="grade-feedback"
            name="feedback"
            rows={5}
            maxLength={5000}
            defaultValue={values.feedback}
            aria-invalid={errors.feedback ? true : undefined}
            aria-describedby={errors.feedback ? "grade-feedback-error" : "grade-feedback-help"}
            className="rounded-md border border-border bg-bg px-3 py-2 text-sm"
          />
          {errors.feedback ? (
            <p id="grade-feedback-error" className="text-sm text-danger">
              {errors.feedback}
            </p>
          ) : (
            <p id="grade-feedback-help" className="text-sm text-muted-fg">
              Shown to the learner when the test&apos;s feedback setting allows. Up to 5,000 characters.
            </p>
          )}
        </div>
        <FormError state={failedHere ? state : null} showWithFieldErrors={false} />
        <button type="submit" disabled={pending} className={buttonClasses("primary", "self-start")}>
          {pending ? "Saving…" : "Save mark and continue"}
        </button>
      </form>
    </div>
  );
}

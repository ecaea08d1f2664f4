"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { regradeQuestionAction } from "@/features/questions/actions";
import { regradeMessage } from "./save-messages";

/** Regrades finished attempts' answers to a question against its latest version, after a confirmation. */
export function RegradeButton({ courseId, questionId, version }: { courseId: string; questionId: string; version: number }) {
  const [state, formAction, pending] = useActionState(regradeQuestionAction, null);
  return (
    <form
      action={formAction}
      className="flex flex-col items-start gap-2"
      onSubmit={(event) => {
        if (!window.confirm(`Grade every finished attempt's answer to this question again, against version ${version}? Changed marks are logged.`)) event.preventDefault();
      }}
    >
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="questionId" value={questionId} />
      <button type="submit" disabled={pending || state?.ok} className={buttonClasses("secondary")}>
        {pending ? "Regrading…" : "Regrade finished attempts with this version"}
      </button>
      {state?.ok ? (
        <p role="status" className="text-sm">
          {regradeMessage(state.data)}
        </p>
      ) : null}
      <FormError state={state} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { startAttemptAction } from "@/features/attempts/actions";

/** Starts an attempt at an assigned test and opens the player; a refusal shows beside the button. */
export function StartAttemptButton({ testId, assignmentId, label, testTitle }: { testId: string; assignmentId: string; label: string; testTitle: string }) {
  const [state, formAction, pending] = useActionState(startAttemptAction, null);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      <input type="hidden" name="testId" value={testId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" disabled={pending} className={buttonClasses("primary")} aria-label={`${label}: ${testTitle}`}>
        {pending ? "Starting…" : label}
      </button>
      <FormError state={state} />
    </form>
  );
}

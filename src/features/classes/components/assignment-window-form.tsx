"use client";

import { useActionState } from "react";
import { saveAssignmentAction } from "@/features/classes/actions";
import { FormError } from "@/components/ui/form-error";
import { buttonClasses } from "@/components/ui/button";
import { DateTimeField } from "./date-time-field";

type Window = { opensAt: string | null; dueAt: string | null; closesAt: string | null };

const NO_WINDOW: Window = { opensAt: null, dueAt: null, closesAt: null };

/**
 * Assigns a test to a class (pick the class) or edits an assignment's window (class given).
 * Times are typed in the teacher's own time zone and sent as ISO instants.
 */
export function AssignmentWindowForm({
  idPrefix,
  testId,
  classId,
  classes,
  initial = NO_WINDOW,
  submitLabel,
}: {
  idPrefix: string;
  testId: string;
  classId?: string;
  classes?: { id: string; name: string }[];
  initial?: Window;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(saveAssignmentAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="testId" value={testId} />
      {classId ? (
        <input type="hidden" name="classId" value={classId} />
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${idPrefix}-class`} className="text-sm font-medium">
            Class
          </label>
          <select id={`${idPrefix}-class`} name="classId" required className="min-h-10 rounded-md border border-border bg-bg px-3 text-sm sm:max-w-sm">
            {(classes ?? []).map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="grid gap-4 md:grid-cols-3">
        <DateTimeField id={`${idPrefix}-opens`} name="opensAt" label="Opens" initial={initial.opensAt} error={errors.opensAt} description="Blank: the test's own opening time, if any." />
        <DateTimeField id={`${idPrefix}-due`} name="dueAt" label="Due" initial={initial.dueAt} error={errors.dueAt} description="After this the assignment counts as late until it closes." />
        <DateTimeField
          id={`${idPrefix}-closes`}
          name="closesAt"
          label="Closes"
          initial={initial.closesAt}
          error={errors.closesAt}
          description="No attempts after this; blank: the test's own closing time, if any."
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClasses("primary")}>
          {pending ? "Saving…" : submitLabel}
        </button>
        {state?.ok ? (
          <p role="status" className="text-sm text-muted-fg">
            Saved.
          </p>
        ) : null}
      </div>
      <FormError state={state} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { saveReviewSettingsAction } from "../actions";

/** Desired retention (FSRS schedules so you remember this share of cards when they come due) and time zone. */
export function ReviewSettingsForm({ desiredRetention, timeZone }: { desiredRetention: number; timeZone: string }) {
  const [state, formAction, pending] = useActionState(saveReviewSettingsAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <Field
        id="retention"
        name="retentionPercent"
        type="number"
        min={70}
        max={99}
        step={1}
        label="Desired retention (%)"
        defaultValue={values.retentionPercent ?? String(Math.round(desiredRetention * 100))}
        error={errors.retentionPercent}
      />
      <p className="text-xs text-muted-fg">Higher means more reviews and fewer lapses. 90% is a good balance.</p>
      <Field id="time-zone" name="timeZone" label="Time zone" defaultValue={values.timeZone ?? timeZone} error={errors.timeZone} />
      <FormError state={state} showWithFieldErrors={false} />
      {state?.ok ? <p role="status" className="text-sm">Saved.</p> : null}
      <button type="submit" className={buttonClasses("secondary", "self-start")} disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}

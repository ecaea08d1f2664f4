"use client";

import { useActionState, useId } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { createChannelAction } from "../actions";

/** A teacher adds a channel to the class; success opens it. */
export function NewChannelForm({ classId }: { classId: string }) {
  const [state, formAction, pending] = useActionState(createChannelAction, null);
  const id = useId();
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <input type="hidden" name="classId" value={classId} />
      <Field id={`${id}-name`} name="name" label="Channel name" maxLength={40} required autoComplete="off" defaultValue={values.name} error={errors.name} className="sm:w-64" />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-posting`} className="text-sm font-medium">
          Who can post
        </label>
        <select id={`${id}-posting`} name="posting" defaultValue={values.posting ?? "everyone"} className="min-h-10 rounded-md border border-border bg-bg px-3 py-2 text-sm">
          <option value="everyone">Everyone in the class</option>
          <option value="teachers">Teachers only</option>
        </select>
      </div>
      <button type="submit" disabled={pending} className={buttonClasses("primary", "sm:mt-6")}>
        {pending ? "Adding…" : "Add channel"}
      </button>
      <FormError state={state} showWithFieldErrors={false} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { createLocalUserAction } from "@/features/users/actions";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

export function CreateLocalUserForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState(createLocalUserAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <section aria-labelledby="local-heading">
      <Card className="flex flex-col gap-4">
        <h2 id="local-heading" className="text-xl font-semibold">
          Create a local account
        </h2>
        <form action={formAction} className="flex flex-col gap-4" noValidate>
          <input type="hidden" name="next" value={next} />
          <Field id="local-name" name="name" label="Name" autoComplete="name" required defaultValue={values.name} error={errors.name} />
          <Field id="local-email" name="email" type="email" label="Email" autoComplete="email" required defaultValue={values.email} error={errors.email} />
          <fieldset className="flex flex-col gap-2">
            <legend className="text-sm font-medium">Role</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="role" value="learner" defaultChecked={values.role !== "teacher"} /> Learner
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="role" value="teacher" defaultChecked={values.role === "teacher"} /> Teacher
            </label>
          </fieldset>
          <FormError state={state} showWithFieldErrors={false} />
          <button type="submit" disabled={pending} className={buttonClasses("primary", "self-start")}>
            {pending ? "Creating…" : "Create account and sign in"}
          </button>
        </form>
      </Card>
    </section>
  );
}

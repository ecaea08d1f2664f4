"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { joinClassAction } from "@/features/classes/actions-learner";

/** Join a class with the code a teacher gave; success opens the class page. */
export function JoinClassForm() {
  const [state, formAction, pending] = useActionState(joinClassAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <section aria-labelledby="join-heading">
      <Card className="flex flex-col gap-3">
        <h2 id="join-heading" className="text-xl font-semibold">
          Join a class
        </h2>
        <p className="text-sm text-muted-fg">Your teacher gives you a join code, like STATS-AUTUMN.</p>
        <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
          <Field
            id="join-code"
            name="joinCode"
            label="Join code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            defaultValue={values.joinCode}
            error={errors.joinCode}
            className="sm:w-72"
          />
          <button type="submit" disabled={pending} className={buttonClasses("primary", "sm:mt-6")}>
            {pending ? "Joining…" : "Join class"}
          </button>
        </form>
        <FormError state={state} showWithFieldErrors={false} />
      </Card>
    </section>
  );
}

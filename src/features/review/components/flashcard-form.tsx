"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { createFlashcardAction } from "../actions";

const areaClass = "min-h-20 w-full rounded-md border border-border bg-bg px-3 py-2 text-sm";

/** Write your own card: a prompt and its answer, in Markdown. */
export function FlashcardForm({ courses }: { courses: { slug: string; title: string }[] }) {
  const [state, formAction, pending] = useActionState(createFlashcardAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={state?.ok ? "saved" : "editing"}>
      <div className="flex flex-col gap-1">
        <label htmlFor="card-front" className="text-sm font-medium">Front (the prompt)</label>
        <textarea id="card-front" name="front" defaultValue={values.front} maxLength={2_000} className={areaClass} aria-invalid={errors.front ? true : undefined} aria-describedby={errors.front ? "card-front-error" : undefined} />
        {errors.front ? <p id="card-front-error" className="text-sm text-danger">{errors.front}</p> : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="card-back" className="text-sm font-medium">Back (the answer)</label>
        <textarea id="card-back" name="back" defaultValue={values.back} maxLength={5_000} className={areaClass} aria-invalid={errors.back ? true : undefined} aria-describedby={errors.back ? "card-back-error" : undefined} />
        {errors.back ? <p id="card-back-error" className="text-sm text-danger">{errors.back}</p> : null}
      </div>
      {courses.length > 0 ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="card-course" className="text-sm font-medium">Course (optional)</label>
          <select id="card-course" name="courseSlug" defaultValue={values.courseSlug ?? ""} className="min-h-10 rounded-md border border-border bg-bg px-3 text-sm">
            <option value="">None</option>
            {courses.map((course) => (
              <option key={course.slug} value={course.slug}>{course.title}</option>
            ))}
          </select>
        </div>
      ) : null}
      <FormError state={state} showWithFieldErrors={false} />
      {state?.ok ? <p role="status" className="text-sm">Card added: it is due now.</p> : null}
      <button type="submit" className={buttonClasses("secondary", "self-start")} disabled={pending}>
        {pending ? "Adding…" : "Add card"}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { createClassAction } from "@/features/classes/actions";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { buttonClasses } from "@/components/ui/button";

/** Opens a class on one of the teacher's courses; the new class gets its join code at once. */
export function NewClassForm({ courses }: { courses: { id: string; title: string }[] }) {
  const [state, formAction, pending] = useActionState(createClassAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  if (courses.length === 0) return <p className="text-sm text-muted-fg">Create a course first; a class follows one course.</p>;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <div className="flex flex-col gap-1">
        <label htmlFor="new-class-course" className="text-sm font-medium">
          Course
        </label>
        <select
          id="new-class-course"
          name="courseId"
          defaultValue={values.courseId ?? courses[0]!.id}
          aria-invalid={errors.courseId ? true : undefined}
          aria-describedby={errors.courseId ? "new-class-course-error" : undefined}
          className="min-h-10 rounded-md border border-border bg-bg px-3 text-sm"
        >
          {courses.map((course) => (
            <option key={course.id} value={course.id}>
              {course.title}
            </option>
          ))}
        </select>
        {errors.courseId ? (
          <p id="new-class-course-error" className="text-sm text-danger">
            {errors.courseId}
          </p>
        ) : null}
      </div>
      <Field id="new-class-name" name="name" label="Class name" placeholder="e.g. Year 11 — Autumn" required maxLength={120} defaultValue={values.name} error={errors.name} />
      <FormError state={state} showWithFieldErrors={false} />
      <button type="submit" disabled={pending} className={buttonClasses("primary", "self-start")}>
        {pending ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { enrolInCourseAction } from "@/features/courses/actions";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

export function EnrolButton({ courseSlug }: { courseSlug: string }) {
  const [state, formAction, pending] = useActionState(enrolInCourseAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="courseSlug" value={courseSlug} />
      <button type="submit" disabled={pending} className={buttonClasses("primary")}>
        {pending ? "Enrolling…" : "Enrol in this course"}
      </button>
      <FormError state={state} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { enrolInCourseAction } from "@/features/courses/actions";
import { buttonClasses } from "@/components/ui/button";

export function EnrolButton({ courseSlug }: { courseSlug: string }) {
  const [state, formAction, pending] = useActionState(enrolInCourseAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="courseSlug" value={courseSlug} />
      <button type="submit" disabled={pending} className={buttonClasses("primary")}>
        {pending ? "Enrolling…" : "Enrol in this course"}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-danger">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { markLessonCompleteAction } from "@/features/courses/actions";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

export function CompleteLessonButton({ courseSlug, lessonSlug, completed }: { courseSlug: string; lessonSlug: string; completed: boolean }) {
  const [state, formAction, pending] = useActionState(markLessonCompleteAction, null);
  const done = state?.ok ? state.data.completed : completed;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="courseSlug" value={courseSlug} />
      <input type="hidden" name="lessonSlug" value={lessonSlug} />
      <input type="hidden" name="completed" value={done ? "false" : "true"} />
      {done ? (
        <p role="status" className="font-medium text-success">
          ✓ Lesson complete
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={buttonClasses(done ? "ghost" : "primary")}>
        {pending ? "Saving…" : done ? "Mark as not complete" : "Mark lesson complete"}
      </button>
      <FormError state={state} />
    </form>
  );
}

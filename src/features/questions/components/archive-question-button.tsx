"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { setQuestionArchivedAction } from "@/features/questions/actions";
import { smallButtonClasses } from "./editor-controls";

/** Archive takes a question out of the bank and random draws (attempts keep it); Restore brings it back. */
export function ArchiveQuestionButton({ courseId, questionId, archived, questionName }: { courseId: string; questionId: string; archived: boolean; questionName: string }) {
  const [state, formAction, pending] = useActionState(setQuestionArchivedAction, null);
  const label = archived ? "Restore" : "Archive";
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <button type="submit" disabled={pending} aria-label={`${label} ${questionName}`} className={buttonClasses("secondary", smallButtonClasses)}>
        {pending ? (archived ? "Restoring…" : "Archiving…") : label}
      </button>
      <FormError state={state} />
    </form>
  );
}

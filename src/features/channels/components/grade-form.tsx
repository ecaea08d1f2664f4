"use client";

import { useId, useState, useTransition } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import { gradeHomeworkAction } from "../actions";
import type { MessageDto } from "../lib/message-dto";
import { runAction } from "./run-action";

/** A teacher's grade (1–20 characters) and feedback for homework; grading again replaces both. */
export function GradeForm({ message, onDone, onCancel }: { message: MessageDto; onDone: (result: ActionResult<MessageDto>) => void; onCancel: () => void }) {
  const id = useId();
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      aria-label="Grade homework"
      className="flex flex-col gap-3 rounded-md border border-border p-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        startTransition(async () => {
          const result = await runAction(gradeHomeworkAction, { messageId: message.id, grade: String(form.get("grade") ?? ""), feedback: String(form.get("feedback") ?? "") });
          if (result.ok) onDone(result);
          else setError({ message: result.message, fields: result.fieldErrors ?? {} });
        });
      }}
    >
      <Field id={`${id}-grade`} name="grade" label="Grade" maxLength={20} autoFocus autoComplete="off" defaultValue={message.homework?.grade ?? ""} error={error?.fields.grade} className="sm:w-48" />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-feedback`} className="text-sm font-medium">
          Feedback
        </label>
        <textarea id={`${id}-feedback`} name="feedback" maxLength={2_000} defaultValue={message.homework?.feedback ?? ""} className="min-h-20 rounded-md border border-border bg-bg px-3 py-2 text-sm" />
      </div>
      {error && !error.fields.grade ? (
        <p role="alert" className="text-sm text-danger">
          {error.message}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className={buttonClasses("primary", "min-h-8 px-3 py-1 text-xs")}>
          {pending ? "Saving…" : "Save grade"}
        </button>
        <button type="button" onClick={onCancel} className={buttonClasses("ghost", "min-h-8 px-3 py-1 text-xs")}>
          Cancel
        </button>
      </div>
    </form>
  );
}

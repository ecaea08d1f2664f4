"use client";

import { useId, useState, useTransition, type KeyboardEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { editMessageAction } from "../actions";
import type { MessageDto } from "../lib/message-dto";
import { runAction } from "./run-action";

const areaClass = "min-h-20 w-full rounded-md border border-border bg-bg px-3 py-2 text-sm";

/** Edits one's own message in place; Ctrl/⌘+Enter saves, Escape cancels. */
export function EditForm({ message, onDone, onCancel }: { message: MessageDto; onDone: (result: ActionResult<MessageDto>) => void; onCancel: () => void }) {
  const id = useId();
  const [body, setBody] = useState(message.body ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const save = () =>
    startTransition(async () => {
      const result = await runAction(editMessageAction, { messageId: message.id, body });
      if (result.ok) onDone(result);
      else setError(result.message);
    });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") onCancel();
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label htmlFor={`${id}-body`} className="text-sm font-medium">
        Edit text
      </label>
      <textarea id={`${id}-body`} value={body} onChange={(event) => setBody(event.target.value)} onKeyDown={onKeyDown} autoFocus aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className={areaClass} />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className={buttonClasses("primary", "min-h-8 px-3 py-1 text-xs")}>
          {pending ? "Saving…" : "Save"}
        </button>
        <button type="button" onClick={onCancel} className={buttonClasses("ghost", "min-h-8 px-3 py-1 text-xs")}>
          Cancel
        </button>
      </div>
    </form>
  );
}

"use client";

import { useRef, useState, useTransition } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { deleteMessageAction, setMessageHiddenAction, setMessagePinnedAction, submitHomeworkAction } from "../actions";
import type { MessageDto } from "../lib/message-dto";
import { messageAbilities } from "../permissions";
import { useChannel } from "./channel-context";
import { EditForm } from "./edit-form";
import { GradeForm } from "./grade-form";
import { runAction, type FormAction } from "./run-action";

export const smallButton = buttonClasses("ghost", "min-h-8 px-2 py-1 text-xs");
type Mode = "idle" | "edit" | "delete" | "grade";

/** The buttons a viewer may use on a message; forms open in place and give focus back when they close. */
export function MessageActions({ message, showThread }: { message: MessageDto; showThread: boolean }) {
  const channel = useChannel();
  const can = messageAbilities(message, channel.facts, channel.viewer);
  const [mode, setMode] = useState<Mode>("idle");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const bar = useRef<HTMLDivElement>(null);

  const close = () => {
    setMode("idle");
    requestAnimationFrame(() => bar.current?.querySelector("button")?.focus());
  };
  const done = (result: ActionResult<MessageDto>) => {
    if (!result.ok) return setError(result.message);
    setError(null);
    channel.apply([result.data]);
    close();
  };
  const run = (action: FormAction<MessageDto>, fields: Record<string, string | number | boolean>) =>
    startTransition(async () => done(await runAction(action, { messageId: message.id, ...fields })));

  if (mode === "edit") return <EditForm message={message} onDone={done} onCancel={close} />;
  if (mode === "grade") return <GradeForm message={message} onDone={done} onCancel={close} />;
  return (
    <div className="flex flex-col gap-1">
      {mode === "delete" ? (
        <div role="group" aria-label="Confirm delete" className="flex flex-wrap items-center gap-2 text-sm">
          <span>Delete this message for everyone?</span>
          <button type="button" className={buttonClasses("secondary", "min-h-8 px-2 py-1 text-xs text-danger")} disabled={pending} autoFocus onClick={() => run(deleteMessageAction, {})}>
            {pending ? "Deleting…" : "Yes, delete"}
          </button>
          <button type="button" className={smallButton} onClick={close}>
            Cancel
          </button>
        </div>
      ) : (
        <div ref={bar} className="flex flex-wrap gap-1" aria-busy={pending}>
          {showThread && can.openThread ? (
            <button type="button" className={smallButton} onClick={() => channel.openThread(message.id)}>
              {can.reply ? "Reply" : "View thread"}
            </button>
          ) : null}
          {can.edit ? <ModeButton label="Edit" onClick={() => setMode("edit")} /> : null}
          {can.delete ? <ModeButton label="Delete" onClick={() => setMode("delete")} /> : null}
          {can.pin ? <ActionButton label={message.pinnedAt ? "Unpin" : "Pin"} pending={pending} onClick={() => run(setMessagePinnedAction, { pinned: !message.pinnedAt })} /> : null}
          {can.hide ? <ActionButton label={message.state === "hidden" ? "Unhide" : "Hide"} pending={pending} onClick={() => run(setMessageHiddenAction, { hidden: message.state !== "hidden" })} /> : null}
          {can.submitHomework ? <ActionButton label="Submit as homework" pending={pending} onClick={() => run(submitHomeworkAction, {})} /> : null}
          {can.grade ? <ModeButton label="Grade homework" onClick={() => setMode("grade")} /> : null}
        </div>
      )}
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function ModeButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className={smallButton} onClick={onClick}>
      {label}
    </button>
  );
}

function ActionButton({ label, pending, onClick }: { label: string; pending: boolean; onClick: () => void }) {
  return (
    <button type="button" className={smallButton} disabled={pending} onClick={onClick}>
      {label}
    </button>
  );
}

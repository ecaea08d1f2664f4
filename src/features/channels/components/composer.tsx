"use client";

import { useId, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import type { MessageDto } from "../lib/message-dto";
import { useChannel } from "./channel-context";
import { MentionPicker } from "./mention-picker";

/**
 * Writes a message (Markdown). The text stays in the box until the server has it, so a failure
 * (too long, too fast, read-only) never costs the words. Ctrl/⌘+Enter sends.
 */
export function Composer({ label, submitLabel, send }: { label: string; submitLabel: string; send: (body: string) => Promise<ActionResult<MessageDto>> }) {
  const { members, maxChars, apply } = useChannel();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const length = [...body.trim()].length;

  const submit = () =>
    startTransition(async () => {
      const result = await send(body);
      if (!result.ok) return setError(result.message);
      setError(null);
      setBody("");
      apply([result.data]);
      area.current?.focus();
    });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
  const insert = (token: string) => {
    const box = area.current;
    const start = box?.selectionStart ?? body.length;
    const end = box?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + token + body.slice(end));
    requestAnimationFrame(() => {
      box?.focus();
      box?.setSelectionRange(start + token.length, start + token.length);
    });
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form
      className="flex flex-col gap-2"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={`${id}-body`} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        ref={area}
        id={`${id}-body`}
        name="body"
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        className="min-h-24 w-full rounded-md border border-border bg-bg px-3 py-2 text-sm"
      />
      <p id={hintId} className={length > maxChars ? "text-xs text-danger" : "text-xs text-muted-fg"}>
        Markdown works. Ctrl+Enter sends.{length > maxChars * 0.9 ? ` ${length.toLocaleString("en")} of ${maxChars.toLocaleString("en")} characters.` : null}
      </p>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-2">
        {members.length > 0 ? <MentionPicker members={members} onPick={insert} /> : <span />}
        <button type="submit" disabled={pending} className={buttonClasses("primary")}>
          {pending ? "Sending…" : submitLabel}
        </button>
      </div>
    </form>
  );
}

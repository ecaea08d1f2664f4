"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/action";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

/**
 * One button that runs a server action with hidden fields (publish, remove, rotate),
 * after the browser's confirmation dialog when `confirmMessage` is given.
 */
export function ConfirmActionButton<T>({
  action,
  fields,
  label,
  pendingLabel = "Working…",
  doneMessage,
  confirmMessage,
  variant = "secondary",
  ariaLabel,
  size = "small",
}: {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  /** Announced after success (the page usually shows the change as well). */
  doneMessage?: string;
  confirmMessage?: string;
  variant?: ButtonVariant;
  ariaLabel?: string;
  size?: "small" | "normal";
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className="inline-flex flex-col items-start gap-1"
      onSubmit={(event) => {
        if (confirmMessage && !window.confirm(confirmMessage)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-label={ariaLabel} className={buttonClasses(variant, size === "small" ? "min-h-8 px-3 py-1 text-xs" : undefined)}>
        {pending ? pendingLabel : label}
      </button>
      <FormError state={state} />
      {state?.ok && doneMessage ? (
        <p role="status" className="text-xs text-muted-fg">
          {doneMessage}
        </p>
      ) : null}
    </form>
  );
}

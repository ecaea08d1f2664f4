"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/action";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

type Action<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/** One button that runs a server action with hidden fields (move, delete, publish), optionally after a confirmation. */
export function ActionButton<T>({
  action,
  fields,
  label,
  pendingLabel,
  confirmMessage,
  variant = "secondary",
  ariaLabel,
}: {
  action: Action<T>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  confirmMessage?: string;
  variant?: ButtonVariant;
  ariaLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className="inline-flex flex-col gap-1"
      onSubmit={(event) => {
        if (confirmMessage && !window.confirm(confirmMessage)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-label={ariaLabel} className={buttonClasses(variant, "min-h-8 px-2 py-1 text-xs")}>
        {pending ? (pendingLabel ?? "Working…") : label}
      </button>
      <FormError state={state} />
    </form>
  );
}

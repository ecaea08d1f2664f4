"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { dismissReadNextAction } from "@/features/analytics/actions";

export function DismissReadNext({ readNextId, label }: { readNextId: string; label: string }) {
  const [state, formAction, pending] = useActionState(dismissReadNextAction, null);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="readNextId" value={readNextId} />
      <button type="submit" disabled={pending} className="text-xs font-medium text-muted-fg underline hover:text-fg" aria-label={`Done: ${label}`}>
        Done
      </button>
      <FormError state={state} />
    </form>
  );
}

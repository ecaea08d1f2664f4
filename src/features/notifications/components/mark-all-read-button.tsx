"use client";

import { useActionState, useEffect } from "react";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { markAllNotificationsReadAction } from "../actions";
import { announceUnreadChanged } from "../lib/unread-events";

/** Marks every notification read; the header's badge is told at once. */
export function MarkAllReadButton() {
  const [state, formAction, pending] = useActionState(markAllNotificationsReadAction, null);
  useEffect(() => {
    if (state?.ok) announceUnreadChanged();
  }, [state]);
  return (
    <form action={formAction} className="flex flex-col items-end gap-2">
      <button type="submit" disabled={pending} className={buttonClasses("secondary")}>
        {pending ? "Marking…" : "Mark all as read"}
      </button>
      <FormError state={state} />
    </form>
  );
}

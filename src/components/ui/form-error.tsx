import type { ActionResult } from "@/lib/action";

/** The message of a failed server action, announced to assistive technology; field errors show beside their fields. */
export function FormError<T>({ state, showWithFieldErrors = true }: { state: ActionResult<T> | null; showWithFieldErrors?: boolean }) {
  if (!state || state.ok) return null;
  if (!showWithFieldErrors && state.fieldErrors) return null;
  return (
    <p role="alert" className="text-sm text-danger">
      {state.message}
    </p>
  );
}

import type { ReactNode } from "react";
import { controlIdFor, errorIdFor } from "./editor-errors";

/** Shared bits of the question editor's controls: the input look, an inline error, aria wiring. */
export const inputClasses = "min-h-10 w-full rounded-md border border-border bg-bg px-3 py-2 text-sm aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger";
export const smallButtonClasses = "min-h-8 px-2 py-1 text-xs";

/** aria-describedby for a control: its hint (when given) and its error (when there is one). */
export function describedBy(key: string, error: string | undefined, hintId?: string): string | undefined {
  const ids = [hintId, error ? errorIdFor(key) : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** An error beside its control; the words say what is wrong, the colour only repeats it. */
export function FieldError({ errorKey, error }: { errorKey: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={errorIdFor(errorKey)} className="text-sm text-danger">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm text-muted-fg">
      {children}
    </p>
  );
}

/** A labelled text input for one draft path, with its hint and error wired to it. */
export function EditorInput({
  errorKey,
  label,
  value,
  onChange,
  error,
  hint,
  inputMode,
  maxLength,
  className,
}: {
  errorKey: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  hint?: string;
  inputMode?: "decimal" | "numeric" | "text";
  maxLength?: number;
  className?: string;
}) {
  const id = controlIdFor(errorKey);
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      <input
        id={id}
        value={value}
        inputMode={inputMode}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(errorKey, error, hint ? `${id}-hint` : undefined)}
        className={inputClasses}
      />
      <FieldError errorKey={errorKey} error={error} />
    </div>
  );
}

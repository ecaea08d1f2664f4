"use client";

import { useState } from "react";
import { fromDateTimeLocalValue, toDateTimeLocalValue } from "./datetime-local";
import { useHydrated } from "./use-hydrated";

/**
 * A date-and-time input read in the teacher's own time zone. The form posts `name` as an ISO
 * instant (blank for none) from a hidden field; the visible input has no name.
 */
export function DateTimeField({
  id,
  name,
  label,
  initial,
  description,
  error,
}: {
  id: string;
  name: string;
  label: string;
  initial: string | null;
  description?: string;
  error?: string;
}) {
  const hydrated = useHydrated();
  const [iso, setIso] = useState(initial ?? "");
  const [typed, setTyped] = useState<string | null>(null);
  const invalid = typed !== null && fromDateTimeLocalValue(typed) === null;
  const shown = typed ?? (hydrated && iso ? toDateTimeLocalValue(new Date(iso)) : "");
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error || invalid ? `${id}-error` : undefined;
  const zone = hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {zone ? <span className="font-normal text-muted-fg"> ({zone} time)</span> : null}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          type="datetime-local"
          value={shown}
          disabled={!hydrated}
          onChange={(event) => {
            setTyped(event.target.value);
            const next = fromDateTimeLocalValue(event.target.value);
            if (next !== null) setIso(next);
          }}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={[descriptionId, errorId].filter(Boolean).join(" ") || undefined}
          className="min-h-10 rounded-md border border-border bg-bg px-3 py-2 text-sm"
        />
        {shown ? (
          <button
            type="button"
            onClick={() => {
              setTyped("");
              setIso("");
            }}
            className="rounded-md px-2 py-1 text-sm underline hover:bg-muted"
            aria-label={`Clear ${label.toLowerCase()}`}
          >
            Clear
          </button>
        ) : null}
      </div>
      <input type="hidden" name={name} value={iso} />
      {description ? (
        <p id={descriptionId} className="text-sm text-muted-fg">
          {description}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="text-sm text-danger">
          {invalid ? "Enter a complete date and time." : error}
        </p>
      ) : null}
    </div>
  );
}

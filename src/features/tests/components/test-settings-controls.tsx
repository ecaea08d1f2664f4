"use client";

import { REVIEW_TIMINGS, type ReviewTiming } from "@/drizzle/schema/enum-values";
import { Field } from "@/components/ui/field";
import { REVIEW_TIMING_LABELS } from "./test-settings-fields";

/** A whole-number limit where blank means "none", with its help text and error both announced. */
export function LimitField({
  id,
  name,
  label,
  max,
  help,
  defaultValue,
  error,
}: {
  id: string;
  name: string;
  label: string;
  max: number;
  help: string;
  defaultValue: string;
  error?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <Field
        id={id}
        name={name}
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        step={1}
        label={label}
        defaultValue={defaultValue}
        error={error}
        aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
      />
      <p id={`${id}-help`} className="text-sm text-muted-fg">
        {help}
      </p>
    </div>
  );
}

/** When learners see feedback or answers, with the chosen timing explained below the select. */
export function TimingSelect({ id, name, label, value, onChange }: { id: string; name: string; label: string; value: ReviewTiming; onChange: (value: ReviewTiming) => void }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value as ReviewTiming)}
        aria-describedby={`${id}-help`}
        className="min-h-10 rounded-md border border-border bg-bg px-3"
      >
        {REVIEW_TIMINGS.map((timing) => (
          <option key={timing} value={timing}>
            {REVIEW_TIMING_LABELS[timing].label}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className="text-sm text-muted-fg">
        {REVIEW_TIMING_LABELS[value].help}
      </p>
    </div>
  );
}

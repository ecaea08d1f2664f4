import { controlIdFor } from "./editor-errors";
import { describedBy, FieldError, Hint, inputClasses } from "./editor-controls";

/** A Markdown textarea for the stem or the explanation; the editor shows the rendered text beside it. */
export function MarkdownTextField({
  errorKey,
  label,
  hint,
  value,
  onChange,
  error,
  rows = 6,
  required = false,
  maxLength,
}: {
  errorKey: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  rows?: number;
  required?: boolean;
  maxLength: number;
}) {
  const id = controlIdFor(errorKey);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      <textarea
        id={id}
        rows={rows}
        value={value}
        required={required}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(errorKey, error, `${id}-hint`)}
        className={`${inputClasses} font-mono`}
      />
      <FieldError errorKey={errorKey} error={error} />
    </div>
  );
}

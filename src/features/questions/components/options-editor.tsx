import { buttonClasses } from "@/components/ui/button";
import { OPTION_TEXT_MAX } from "@/features/questions/schemas";
import { controlIdFor, type EditorErrors } from "./editor-errors";
import { describedBy, EditorInput, FieldError, Hint, inputClasses } from "./editor-controls";
import { RowControls } from "./row-controls";
import { MAX_OPTIONS, type EditorAction, type OptionRow, type Scoring } from "./editor-state";

const SCORING_LABELS: Record<Scoring, string> = {
  partial: "Partial credit: (right − wrong) ÷ number of correct options, never below 0",
  all_or_nothing: "All or nothing: full marks only for exactly the correct options",
};

/**
 * The options of a choice question: add, remove, reorder, mark correct. A single-choice question
 * marks its answer with radio buttons, a multiple-choice one with checkboxes.
 */
export function OptionsEditor({
  multiple,
  options,
  scoring,
  errors,
  update,
}: {
  multiple: boolean;
  options: OptionRow[];
  scoring: Scoring;
  errors: EditorErrors;
  update: (action: EditorAction, focusId?: string) => void;
}) {
  const groupKey = "body.options";
  const groupId = controlIdFor(groupKey);
  return (
    <div className="flex flex-col gap-3">
      <fieldset id={groupId} aria-describedby={describedBy(groupKey, errors[groupKey], `${groupId}-hint`)} className="flex flex-col gap-3">
        <legend className="text-sm font-medium">Options</legend>
        <Hint id={`${groupId}-hint`}>
          {multiple ? "Tick every correct option." : "Choose the one correct option."} Between 2 and {MAX_OPTIONS} options; learners may see them shuffled.
        </Hint>
        <FieldError errorKey={groupKey} error={errors[groupKey]} />
        <ol className="flex flex-col gap-3">
          {options.map((option, index) => {
            const textKey = `body.options.${index}.text`;
            const feedbackKey = `body.options.${index}.feedback`;
            const n = index + 1;
            return (
              <li key={option.id} className="flex flex-col gap-2 rounded-md border border-border p-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <label className="flex items-center gap-2 text-sm font-medium">
                    <input
                      type={multiple ? "checkbox" : "radio"}
                      name="question-correct-option"
                      checked={option.correct}
                      onChange={(event) => update({ kind: "markCorrect", index, correct: event.target.checked })}
                      aria-label={`Correct answer: option ${n}`}
                    />
                    Correct
                  </label>
                  <RowControls
                    idPrefix={`option-${option.id}`}
                    name={`option ${n}`}
                    index={index}
                    count={options.length}
                    minimum={2}
                    onMove={(by, focusId) => update({ kind: "moveOption", index, by }, focusId)}
                    onRemove={() => update({ kind: "removeOption", index }, "question-add-option")}
                  />
                </div>
                <EditorInput
                  errorKey={textKey}
                  label={<>Option {n} {option.correct ? <span className="font-semibold">(correct)</span> : null}</>}
                  value={option.text}
                  maxLength={OPTION_TEXT_MAX}
                  onChange={(text) => update({ kind: "editOption", index, text })}
                  error={errors[textKey]}
                />
                <EditorInput
                  errorKey={feedbackKey}
                  label={`Feedback for option ${n} (optional)`}
                  value={option.feedback}
                  maxLength={OPTION_TEXT_MAX}
                  onChange={(feedback) => update({ kind: "editOption", index, feedback })}
                  error={errors[feedbackKey]}
                />
              </li>
            );
          })}
        </ol>
        <button type="button" id="question-add-option" disabled={options.length >= MAX_OPTIONS} onClick={() => update({ kind: "addOption" }, controlIdFor(`body.options.${options.length}.text`))} className={buttonClasses("secondary", "self-start")}>
          Add an option
        </button>
      </fieldset>
      {multiple ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={controlIdFor("body.scoring")} className="text-sm font-medium">
            Scoring
          </label>
          <select id={controlIdFor("body.scoring")} value={scoring} onChange={(event) => update({ kind: "setScoring", scoring: event.target.value as Scoring })} aria-invalid={errors["body.scoring"] ? true : undefined} aria-describedby={describedBy("body.scoring", errors["body.scoring"])} className={inputClasses}>
            {Object.entries(SCORING_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldError errorKey="body.scoring" error={errors["body.scoring"]} />
        </div>
      ) : null}
    </div>
  );
}

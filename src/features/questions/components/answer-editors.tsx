import { buttonClasses } from "@/components/ui/button";
import { SHORT_TEXT_MAX } from "@/features/questions/schemas";
import { controlIdFor, type EditorErrors } from "./editor-errors";
import { describedBy, EditorInput, FieldError, Hint } from "./editor-controls";
import { MAX_ACCEPTED_ANSWERS, type AnswerRow, type EditorAction } from "./editor-state";
import { RowControls } from "./row-controls";

type Update = (action: EditorAction, focusId?: string) => void;

export function TrueFalseEditor({ correct, errors, update }: { correct: boolean | null; errors: EditorErrors; update: Update }) {
  const key = "body.correct";
  return (
    <fieldset id={controlIdFor(key)} aria-describedby={describedBy(key, errors[key])} className="flex flex-col gap-2">
      <legend className="text-sm font-medium">The statement is</legend>
      <div className="flex gap-6">
        {[true, false].map((value) => (
          <label key={String(value)} className="flex items-center gap-2 text-sm">
            <input type="radio" name="question-true-false" checked={correct === value} onChange={() => update({ kind: "setTrueFalse", correct: value })} />
            {value ? "True" : "False"}
          </label>
        ))}
      </div>
      <FieldError errorKey={key} error={errors[key]} />
    </fieldset>
  );
}

export function NumericEditor({ answer, tolerance, unit, errors, update }: { answer: string; tolerance: string; unit: string; errors: EditorErrors; update: Update }) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <EditorInput errorKey="body.answer" label="Correct answer" inputMode="decimal" value={answer} onChange={(value) => update({ kind: "setText", field: "answer", value })} error={errors["body.answer"]} hint="Like 0.25, -3 or 6.02e23." />
      <EditorInput
        errorKey="body.tolerance"
        label="Tolerance (±)"
        inputMode="decimal"
        value={tolerance}
        onChange={(value) => update({ kind: "setText", field: "tolerance", value })}
        error={errors["body.tolerance"]}
        hint="Answers within answer ± tolerance are right; 0 means exactly."
      />
      <EditorInput errorKey="body.unit" label="Unit (optional)" value={unit} maxLength={40} onChange={(value) => update({ kind: "setText", field: "unit", value })} error={errors["body.unit"]} hint="Shown after the answer box, like m/s." />
    </div>
  );
}

export function AcceptedAnswersEditor({ answers, errors, update }: { answers: AnswerRow[]; errors: EditorErrors; update: Update }) {
  const groupKey = "body.acceptedAnswers";
  const groupId = controlIdFor(groupKey);
  return (
    <fieldset id={groupId} aria-describedby={describedBy(groupKey, errors[groupKey], `${groupId}-hint`)} className="flex flex-col gap-3">
      <legend className="text-sm font-medium">Accepted answers</legend>
      <Hint id={`${groupId}-hint`}>A response matching any of these is right. Case, spacing and accents are ignored.</Hint>
      <FieldError errorKey={groupKey} error={errors[groupKey]} />
      <ol className="flex flex-col gap-2">
        {answers.map((answer, index) => {
          const key = `${groupKey}.${index}`;
          return (
            <li key={answer.key} className="flex flex-wrap items-end gap-2">
              <EditorInput
                className="min-w-48 flex-1"
                errorKey={key}
                label={`Accepted answer ${index + 1}`}
                value={answer.text}
                maxLength={SHORT_TEXT_MAX}
                onChange={(text) => update({ kind: "editAnswer", index, text })}
                error={errors[key]}
              />
              <span className="pb-1">
                <RowControls idPrefix={`answer-${answer.key}`} name={`accepted answer ${index + 1}`} index={index} count={answers.length} minimum={1} onRemove={() => update({ kind: "removeAnswer", index }, "question-add-answer")} />
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" id="question-add-answer" disabled={answers.length >= MAX_ACCEPTED_ANSWERS} onClick={() => update({ kind: "addAnswer" }, controlIdFor(`${groupKey}.${answers.length}`))} className={buttonClasses("secondary", "self-start")}>
        Add an accepted answer
      </button>
    </fieldset>
  );
}

import { buttonClasses } from "@/components/ui/button";
import { parseNumericAnswer } from "@/features/questions/lib/numeric-answer";
import { ResponseError } from "@/features/questions/lib/response-error";
import { ESSAY_MAX } from "@/features/questions/schemas";
import { controlIdFor, type EditorErrors } from "./editor-errors";
import { describedBy, EditorInput, FieldError, Hint } from "./editor-controls";
import { MAX_RUBRIC_ROWS, type EditorAction, type RubricRow } from "./editor-state";
import { RowControls } from "./row-controls";

function totalPoints(rows: readonly RubricRow[]): number | null {
  let total = 0;
  for (const row of rows) {
    try {
      total += parseNumericAnswer(row.points);
    } catch (error) {
      // A row still being typed: no total until every row reads as a number.
      if (error instanceof ResponseError) return null;
      throw error;
    }
  }
  return total;
}

/** An essay's rubric rows (criterion, description, points) and the longest answer it accepts. */
export function RubricEditor({
  rubric,
  maxLength,
  errors,
  update,
}: {
  rubric: RubricRow[];
  maxLength: string;
  errors: EditorErrors;
  update: (action: EditorAction, focusId?: string) => void;
}) {
  const groupKey = "body.rubric";
  const groupId = controlIdFor(groupKey);
  const total = totalPoints(rubric);
  return (
    <div className="flex flex-col gap-4">
      <fieldset id={groupId} aria-describedby={describedBy(groupKey, errors[groupKey], `${groupId}-hint`)} className="flex flex-col gap-3">
        <legend className="text-sm font-medium">Rubric</legend>
        <Hint id={`${groupId}-hint`}>
          What a marker (you, or the AI assistant you review) looks for. {total === null ? "" : `Total: ${total.toLocaleString("en")} point${total === 1 ? "" : "s"}.`}
        </Hint>
        <FieldError errorKey={groupKey} error={errors[groupKey]} />
        <ol className="flex flex-col gap-3">
          {rubric.map((row, index) => {
            const key = (field: string) => `${groupKey}.${index}.${field}`;
            return (
              <li key={row.key} className="grid gap-2 rounded-md border border-border p-3 sm:grid-cols-[2fr_3fr_1fr_auto] sm:items-start">
                <EditorInput errorKey={key("criterion")} label={`Criterion ${index + 1}`} value={row.criterion} maxLength={200} onChange={(criterion) => update({ kind: "editCriterion", index, criterion })} error={errors[key("criterion")]} />
                <EditorInput errorKey={key("description")} label="Description (optional)" value={row.description} maxLength={2_000} onChange={(description) => update({ kind: "editCriterion", index, description })} error={errors[key("description")]} />
                <EditorInput errorKey={key("points")} label="Points" inputMode="decimal" value={row.points} onChange={(points) => update({ kind: "editCriterion", index, points })} error={errors[key("points")]} />
                <span className="sm:pt-6">
                  <RowControls
                    idPrefix={`criterion-${row.key}`}
                    name={`criterion ${index + 1}`}
                    index={index}
                    count={rubric.length}
                    minimum={1}
                    onRemove={() => update({ kind: "removeCriterion", index }, "question-add-criterion")}
                  />
                </span>
              </li>
            );
          })}
        </ol>
        <button type="button" id="question-add-criterion" disabled={rubric.length >= MAX_RUBRIC_ROWS} onClick={() => update({ kind: "addCriterion" }, controlIdFor(`${groupKey}.${rubric.length}.criterion`))} className={buttonClasses("secondary", "self-start")}>
          Add a criterion
        </button>
      </fieldset>
      <EditorInput
        className="max-w-xs"
        errorKey="body.maxLength"
        label="Longest answer (characters)"
        inputMode="numeric"
        value={maxLength}
        onChange={(value) => update({ kind: "setText", field: "maxLength", value })}
        error={errors["body.maxLength"]}
        hint={`From 100 to ${ESSAY_MAX.toLocaleString("en")}.`}
      />
    </div>
  );
}

import type { Gradebook } from "@/features/classes/db-gradebook";
import { GRADING_METHOD_LABELS } from "@/features/tests/components/test-settings-fields";
import { describeGradebookCell } from "./gradebook-cell";

/** Learners × assigned tests; every status is written out, never shown by colour alone. */
export function GradebookTable({ gradebook }: { gradebook: Gradebook }) {
  if (gradebook.assignments.length === 0) return <p className="text-sm text-muted-fg">No tests are assigned to this class yet.</p>;
  if (gradebook.rows.length === 0) return <p className="text-sm text-muted-fg">No learners have joined this class yet.</p>;
  return (
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-primary">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">
          Gradebook of {gradebook.class.name}: one row per learner, one column per assigned test, graded with that test&apos;s grading method.
        </caption>
        <thead className="bg-muted text-left">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Learner
            </th>
            {gradebook.assignments.map((assignment) => (
              <th key={assignment.id} scope="col" className="px-3 py-2 font-semibold">
                {assignment.title}
                <span className="block text-xs font-normal text-muted-fg">{GRADING_METHOD_LABELS[assignment.gradingMethod].label.toLowerCase()}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {gradebook.rows.map((row) => (
            <tr key={row.learner.id} className="align-top">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {row.learner.name}
                <span className="block text-xs font-normal text-muted-fg">{row.learner.email}</span>
              </th>
              {row.cells.map((cell, index) => {
                const text = describeGradebookCell(cell);
                return (
                  <td key={gradebook.assignments[index]!.id} className="px-3 py-2">
                    {text.percent ? (
                      <span className="flex flex-col">
                        <span className="font-semibold tabular-nums">{text.percent}</span>
                        <span className="text-xs tabular-nums text-muted-fg">{text.marks}</span>
                      </span>
                    ) : null}
                    {text.status ? <span className={text.percent ? "text-xs italic" : "text-muted-fg italic"}>{text.status}</span> : null}
                    {cell.attempts > 1 ? <span className="block text-xs text-muted-fg">{cell.attempts} attempts</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

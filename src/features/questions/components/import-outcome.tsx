import { QUESTION_TYPES } from "@/drizzle/schema/enum-values";
import { QUESTION_TYPE_LABELS } from "@/features/questions/schemas";
import type { ImportOutcome } from "@/features/questions/actions";
import { describeImportError } from "./import-source";

/** What checking a file found: every problem (nothing imported), or what would be imported. */
export function ImportCheckResult({ outcome }: { outcome: Exclude<ImportOutcome, { step: "imported" }> }) {
  if (outcome.step === "invalid") {
    const count = outcome.problems.length;
    return (
      <div role="alert" className="flex flex-col gap-2 rounded-md border-2 border-danger p-4">
        <h2 className="font-semibold">
          {count === 1 ? "1 problem" : `${count} problems`} found — nothing was imported
        </h2>
        <p className="text-sm">Fix these in the file and check it again; an import adds every question or none.</p>
        <ul className="list-disc pl-5 font-mono text-sm">
          {outcome.problems.map((problem, index) => (
            <li key={index}>{describeImportError(problem)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const types = QUESTION_TYPES.filter((type) => outcome.byType[type] > 0);
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border border-border bg-muted p-4">
      <h2 className="font-semibold">
        Ready to import {outcome.count === 1 ? "1 question" : `${outcome.count} questions`}
      </h2>
      <p className="text-sm">{types.map((type) => `${QUESTION_TYPE_LABELS[type]}: ${outcome.byType[type]}`).join(" · ")}</p>
      <ol className="list-decimal pl-5 text-sm">
        {outcome.samples.map((sample, index) => (
          <li key={index}>
            <span className="text-muted-fg">[{QUESTION_TYPE_LABELS[sample.type]}]</span> {sample.stem}
          </li>
        ))}
      </ol>
      {outcome.count > outcome.samples.length ? <p className="text-sm text-muted-fg">…and {outcome.count - outcome.samples.length} more.</p> : null}
    </div>
  );
}

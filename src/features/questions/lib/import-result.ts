import type { QuestionDraft } from "@/features/questions/schemas";

/** A problem in an imported file, at the 1-based line a person should look at. */
export type ImportError = { line: number; message: string };

/** All questions or all errors: an import never half-succeeds. */
export type ImportResult = { ok: true; questions: QuestionDraft[] } | { ok: false; errors: ImportError[] };

export function toImportResult(questions: QuestionDraft[], errors: ImportError[]): ImportResult {
  if (errors.length === 0) return { ok: true, questions };
  // Stable sort: errors on one line keep the order they were found in.
  return { ok: false, errors: [...errors].sort((a, b) => a.line - b.line) };
}

/** A zod issue path as people write it: `options[1].text`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : `${text}${text ? "." : ""}${String(key)}`), "");
}

import { formatIssuePath, toImportResult, type ImportError, type ImportResult } from "@/features/questions/lib/import-result";
import { scanJson } from "@/features/questions/lib/json-scanner";
import { questionDraftSchema, type QuestionDraft } from "@/features/questions/schemas";

export const QUESTIONS_JSON_FORMAT = "learnforge.questions";
export const QUESTIONS_JSON_VERSION = 1;

/** LearnForge's own lossless export: `{ "format": "learnforge.questions", "version": 1, "questions": [...] }`. */
export function serializeQuestionsJson(drafts: readonly QuestionDraft[]): string {
  return `${JSON.stringify({ format: QUESTIONS_JSON_FORMAT, version: QUESTIONS_JSON_VERSION, questions: drafts }, null, 2)}\n`;
}

/** Reads an export back; every problem is reported with the line of the value it is about. */
export function parseQuestionsJson(text: string): ImportResult {
  const scanned = scanJson(text);
  if (!scanned.ok) return toImportResult([], [{ line: scanned.line, message: `Invalid JSON (column ${scanned.column}): ${scanned.message}` }]);
  const { value, lineOf } = scanned;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return toImportResult([], [{ line: lineOf([]), message: `Expected an object like {"format": "${QUESTIONS_JSON_FORMAT}", "version": 1, "questions": [...]}` }]);
  }

  const file: Record<string, unknown> = { ...value };
  const errors: ImportError[] = [];
  if (file.format !== QUESTIONS_JSON_FORMAT) {
    const message = file.format === undefined ? `Missing "format": "${QUESTIONS_JSON_FORMAT}"` : `Unknown format ${JSON.stringify(file.format)}: expected "${QUESTIONS_JSON_FORMAT}"`;
    errors.push({ line: lineOf(["format"]), message });
  }
  if (file.version !== QUESTIONS_JSON_VERSION) {
    const message = file.version === undefined ? `Missing "version": ${QUESTIONS_JSON_VERSION}` : `Unsupported version ${JSON.stringify(file.version)}: this app reads version ${QUESTIONS_JSON_VERSION}`;
    errors.push({ line: lineOf(["version"]), message });
  }
  if (!Array.isArray(file.questions)) errors.push({ line: lineOf(["questions"]), message: '"questions" must be a list of questions' });
  // A file of another format or version would only add noise about its questions.
  if (errors.length > 0 || !Array.isArray(file.questions)) return toImportResult([], errors);

  const questions: QuestionDraft[] = [];
  file.questions.forEach((question: unknown, index: number) => {
    const parsed = questionDraftSchema.safeParse(question);
    if (parsed.success) {
      questions.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const path = formatIssuePath(issue.path);
      errors.push({ line: lineOf(["questions", index, ...issue.path]), message: `Question ${index + 1}${path ? `, ${path}` : ""}: ${issue.message}` });
    }
  });
  return toImportResult(questions, errors);
}

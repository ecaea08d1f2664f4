import type { z } from "zod";
import type { GiftAnswer, ParsedAnswerBlock } from "@/features/questions/lib/gift/answers";
import { DEFAULT_ESSAY_RUBRIC, defaultOptionId, type GiftMetadata } from "@/features/questions/lib/gift/metadata";
import type { ImportError } from "@/features/questions/lib/import-result";
import type { QuestionBodyInput, questionDraftSchema } from "@/features/questions/schemas";

type QuestionDraftInput = z.input<typeof questionDraftSchema>;

/** Where each piece of a question was written, to point schema errors at the right line. */
export type GiftLines = { question: number; block: number; answers: number[]; explanation: number; metadata: number | null };

/** Decides the LearnForge type of a parsed GIFT question and fills in what its metadata line says. */
export function buildGiftDraft(stem: string, parsed: ParsedAnswerBlock, metadata: GiftMetadata, lines: GiftLines): QuestionDraftInput | ImportError[] {
  const errors: ImportError[] = [];
  const metadataLine = lines.metadata ?? lines.question;
  const misplaced = (key: keyof GiftMetadata, where: string) =>
    errors.push({ line: metadataLine, message: `"${key}" in // @learnforge applies only to ${where}` });
  const common = { stem, explanation: parsed.explanation };
  const { block } = parsed;

  let body: QuestionBodyInput;
  if (block.kind === "essay") {
    body = { type: "essay", ...common, rubric: metadata.rubric ?? DEFAULT_ESSAY_RUBRIC, maxLength: metadata.maxLength };
  } else if (block.kind === "true_false") {
    body = { type: "true_false", ...common, correct: block.correct };
  } else if (block.kind === "numeric") {
    body = { type: "numeric", ...common, answer: block.answer, tolerance: block.tolerance, unit: metadata.unit };
  } else {
    const built = answersBody(common, block.answers, metadata, lines);
    if (Array.isArray(built)) return built;
    body = built;
  }

  if (metadata.type !== undefined && metadata.type !== body.type) {
    errors.push({ line: metadataLine, message: `// @learnforge says "${metadata.type}" but the answers make a ${body.type} question` });
  }
  if (metadata.unit !== undefined && body.type !== "numeric") misplaced("unit", "numeric questions");
  if (metadata.rubric !== undefined && body.type !== "essay") misplaced("rubric", "essays");
  if (metadata.maxLength !== undefined && body.type !== "essay") misplaced("maxLength", "essays");
  if (metadata.optionIds !== undefined && body.type !== "single_choice" && body.type !== "multiple_choice") {
    misplaced("optionIds", "choice questions");
  }
  if (metadata.scoring !== undefined && body.type !== "multiple_choice") misplaced("scoring", "multiple-choice questions");
  return errors.length > 0 ? errors : { body, topicSlugs: metadata.topics };
}

/**
 * Only `=` answers: short text (or Moodle's matching, when one contains "->"). Otherwise a choice
 * question: multiple choice when the metadata says so or the weights give credit to several
 * options (or less than all of it to one).
 */
function answersBody(
  common: { stem: string; explanation: string },
  answers: GiftAnswer[],
  metadata: GiftMetadata,
  lines: GiftLines,
): QuestionBodyInput | ImportError[] {
  const { type } = metadata;
  const shortText = type === "short_text" || (type === undefined && metadata.scoring === undefined);
  if (shortText && answers.every((answer) => answer.mark === "=")) {
    if (type === undefined && answers.some((answer) => answer.text.includes("->"))) {
      return [{ line: lines.block, message: "Matching questions (pairs written with ->) are not supported" }];
    }
    const weighted = answers.filter((answer) => answer.weight !== null && answer.weight !== 100);
    if (weighted.length > 0) {
      return weighted.map((answer) => ({
        line: answer.line,
        message: `Partial credit for a short answer (%${answer.weight}%) is not supported: every accepted answer is worth full marks`,
      }));
    }
    return { type: "short_text", ...common, acceptedAnswers: answers.map((answer) => answer.text) };
  }

  const credits = answers.map((answer) => answer.weight ?? (answer.mark === "=" ? 100 : 0));
  const positive = credits.filter((credit) => credit > 0);
  const weighted = answers.some((answer) => answer.weight !== null);
  const ids = metadata.optionIds ?? answers.map((_, index) => defaultOptionId(index));
  if (ids.length !== answers.length) {
    return [{ line: lines.metadata ?? lines.block, message: `"optionIds" in // @learnforge lists ${ids.length} ids for ${answers.length} options` }];
  }
  const options = answers.map((answer, index) => ({
    id: ids[index] ?? defaultOptionId(index),
    text: answer.text,
    correct: (credits[index] ?? 0) > 0,
    feedback: answer.feedback,
  }));
  const weightsSayMultiple = weighted && (positive.length > 1 || positive.some((credit) => credit < 100));
  if (type === "multiple_choice" || (type === undefined && (metadata.scoring !== undefined || weightsSayMultiple))) {
    return { type: "multiple_choice", ...common, options, scoring: metadata.scoring ?? "partial" };
  }
  return { type: "single_choice", ...common, options };
}

/** The line a schema issue is about: the option, the answer block, the metadata line or the question. */
export function lineOfIssue(path: readonly PropertyKey[], lines: GiftLines): number {
  const [root, key, index, field] = path;
  if (root === "topicSlugs") return lines.metadata ?? lines.question;
  if (key === "stem") return lines.question;
  if (key === "explanation") return lines.explanation;
  if (key === "unit" || key === "rubric" || key === "maxLength" || key === "scoring") return lines.metadata ?? lines.block;
  if ((key === "options" || key === "acceptedAnswers") && typeof index === "number") {
    if (field === "id" && lines.metadata !== null) return lines.metadata;
    return lines.answers[index] ?? lines.block;
  }
  return lines.block;
}

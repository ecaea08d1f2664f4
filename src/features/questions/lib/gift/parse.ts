import { parseAnswerBlock, type ParsedAnswerBlock } from "@/features/questions/lib/gift/answers";
import { buildGiftDraft, lineOfIssue, type GiftLines } from "@/features/questions/lib/gift/draft";
import { htmlToText } from "@/features/questions/lib/gift/html";
import { parseGiftMetadata } from "@/features/questions/lib/gift/metadata";
import { findSyntax, splitGiftBlocks, textOf, type GiftBlock, type GiftChar } from "@/features/questions/lib/gift/source";
import { toImportResult, type ImportError, type ImportResult } from "@/features/questions/lib/import-result";
import { questionDraftSchema, type QuestionDraft } from "@/features/questions/schemas";

// Moodle's four text formats; `[moodle]` (its old auto-format) is close enough to plain text.
const FORMATS = new Set(["html", "markdown", "plain", "moodle"]);
const MISSING_WORD = "_____";

/**
 * Reads a Moodle GIFT file into question drafts. Every problem in the file is reported with its
 * line; a file with any problem imports nothing. Decisions where GIFT and LearnForge differ:
 * `[html]` text is reduced to plain text (gift/html.ts); `{}` essays get a one-point "Quality of
 * the answer" rubric; feedback on true/false, numeric and short answers is dropped; titles and
 * `$CATEGORY:` lines are ignored. See gift/metadata.ts for the `// @learnforge` lines.
 */
export function parseGift(text: string): ImportResult {
  const { blocks, errors } = splitGiftBlocks(text);
  const questions: QuestionDraft[] = [];
  for (const block of blocks) {
    const result = parseGiftQuestion(block);
    if (Array.isArray(result)) errors.push(...result);
    else questions.push(result);
  }
  return toImportResult(questions, errors);
}

function parseGiftQuestion(block: GiftBlock): QuestionDraft | ImportError[] {
  const metadata = block.metadata ? parseGiftMetadata(block.metadata.json, block.metadata.line) : {};
  const question = readQuestion(block);
  if (Array.isArray(metadata) || Array.isArray(question)) {
    return [...(Array.isArray(metadata) ? metadata : []), ...(Array.isArray(question) ? question : [])];
  }
  const lines: GiftLines = { ...question.lines, metadata: block.metadata?.line ?? null };
  const draft = buildGiftDraft(question.stem, question.parsed, metadata, lines);
  if (Array.isArray(draft)) return draft;
  const parsed = questionDraftSchema.safeParse(draft);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((issue) => ({ line: lineOfIssue(issue.path, lines), message: issue.message }));
}

type ReadQuestion = { stem: string; parsed: ParsedAnswerBlock; lines: Omit<GiftLines, "metadata"> };

/** `::title::[format]stem {answers} rest`: the title is dropped, `rest` makes a missing-word stem. */
function readQuestion(block: GiftBlock): ReadQuestion | ImportError[] {
  const { chars } = block;
  let start = skipSpace(chars, 0);
  if (findSyntax(chars, "::", start) === start) {
    const end = findSyntax(chars, "::", start + 2);
    if (end === -1) return [{ line: block.line, message: "The title opened with :: is never closed (escape a literal colon as \\:)" }];
    start = skipSpace(chars, end + 2);
  }
  let convert = (text: string) => text;
  const format = /^\[([a-z]+)\]/i.exec(textOf(chars.slice(start, start + 12)));
  if (format?.[1] && FORMATS.has(format[1].toLowerCase())) {
    if (format[1].toLowerCase() === "html") convert = htmlToText;
    start += format[0].length;
  }

  const open = findSyntax(chars, "{", start);
  if (open === -1) return [{ line: block.line, message: "This question has no answer block {…} (descriptions are not imported)" }];
  const openLine = chars[open]?.line ?? block.line;
  const close = findSyntax(chars, "}", open + 1);
  const nested = findSyntax(chars, "{", open + 1);
  if (close === -1 || (nested !== -1 && nested < close)) {
    return [{ line: openLine, message: "This answer block is never closed with } (escape a literal brace as \\{)" }];
  }
  const another = findSyntax(chars, "{", close + 1);
  if (another !== -1) {
    return [{ line: chars[another]?.line ?? openLine, message: "A question has one answer block {…}: is a blank line missing before this question?" }];
  }

  const after = textOf(chars.slice(close + 1));
  const stem = textOf(chars.slice(start, open)) + (after.trim() === "" ? "" : MISSING_WORD + after);
  const parsed = parseAnswerBlock(chars.slice(open + 1, close), openLine, convert);
  if (Array.isArray(parsed)) return parsed;
  const answers = parsed.block.kind === "answers" ? parsed.block.answers.map((answer) => answer.line) : [];
  return { stem: convert(stem.trim()), parsed, lines: { question: block.line, block: openLine, answers, explanation: parsed.explanationLine } };
}

function skipSpace(chars: readonly GiftChar[], from: number): number {
  let index = from;
  while (index < chars.length && /\s/.test(chars[index]?.char ?? "")) index++;
  return index;
}

import { giftMetadataOf } from "@/features/questions/lib/gift/metadata";
import type { ChoiceOption, QuestionDraft } from "@/features/questions/schemas";

/**
 * Writes drafts as GIFT that Moodle imports and that parseGift reads back to the same drafts.
 * Texts are written as `[markdown]`, LearnForge's own format; newlines are escaped so a question
 * never contains the blank line that would split it in two.
 */
export function serializeGift(drafts: readonly QuestionDraft[]): string {
  return drafts.map(serializeQuestion).join("\n\n") + (drafts.length > 0 ? "\n" : "");
}

function serializeQuestion(draft: QuestionDraft): string {
  const metadata = giftMetadataOf(draft);
  const { body } = draft;
  const stem = `[markdown]${escapeGift(body.stem)}`;
  const general = body.explanation === "" ? "" : `####${escapeGift(body.explanation)}`;
  let question: string;
  switch (body.type) {
    case "single_choice":
      question = lines(stem, body.options.map((option) => choice(option.correct ? "=" : "~", null, option)), general);
      break;
    case "multiple_choice": {
      // Moodle wants the right options' weights to add up to 100%, and scores the wrong ones' as penalties.
      const right = share(body.options.filter((option) => option.correct).length);
      const wrong = share(body.options.filter((option) => !option.correct).length);
      question = lines(stem, body.options.map((option) => choice("~", option.correct ? right : `-${wrong}`, option)), general);
      break;
    }
    case "true_false":
      question = `${stem} {${body.correct ? "TRUE" : "FALSE"}${general}}`;
      break;
    case "numeric":
      question = `${stem} {#${body.answer}${body.tolerance === 0 ? "" : `:${body.tolerance}`}${general}}`;
      break;
    case "short_text":
      question = lines(stem, body.acceptedAnswers.map((answer) => `=${weightGuard(answer, "100")}${escapeGift(answer)}`), general);
      break;
    case "essay":
      question = `${stem} {${general}}`;
      break;
  }
  return metadata ? `// @learnforge ${JSON.stringify(metadata)}\n${question}` : question;
}

/** Escapes GIFT's special characters, the backslash itself and newlines. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\n/g, "\\n");
}

function lines(stem: string, answers: string[], general: string): string {
  return [`${stem} {`, ...answers.map((answer) => `  ${answer}`), ...(general ? [`  ${general}`] : []), "}"].join("\n");
}

function choice(mark: "=" | "~", weight: string | null, option: ChoiceOption): string {
  const written = weight === null ? weightGuard(option.text, mark === "=" ? "100" : "0") : `%${weight}%`;
  const feedback = option.feedback === "" ? "" : `#${escapeGift(option.feedback)}`;
  return `${mark}${written}${escapeGift(option.text)}${feedback}`;
}

/** A text starting with "%" would be read as a weight (GIFT cannot escape "%"), so give it an explicit one. */
function weightGuard(text: string, weight: string): string {
  return text.startsWith("%") ? `%${weight}%` : "";
}

/** 100 ÷ n to Moodle's five decimals (33.33333), which is how Moodle lists its allowed grades. */
function share(count: number): string {
  return count === 0 ? "0" : String(Number((100 / count).toFixed(5)));
}

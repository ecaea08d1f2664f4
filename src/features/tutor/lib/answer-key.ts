import type { QuestionBody } from "@/features/questions/schemas";

const MIN_KEY_LENGTH = 8;

/** Lower case, straight quotes, one space: how answer-key text is compared with passages and prompts. */
export function normaliseForKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The parts of a question that would give its answer away: correct options, accepted answers,
 * the numeric answer, explanations, option feedback and the rubric. Short fragments ("Yes",
 * "0.5") are left out; they occur everywhere and reveal nothing on their own.
 */
export function answerKeyStrings(body: QuestionBody): string[] {
  const strings: string[] = [body.explanation];
  switch (body.type) {
    case "single_choice":
    case "multiple_choice":
      for (const option of body.options) {
        strings.push(option.feedback);
        if (option.correct) strings.push(option.text);
      }
      break;
    case "short_text":
      strings.push(...body.acceptedAnswers);
      break;
    case "numeric":
      strings.push(String(body.answer));
      break;
    case "essay":
      for (const criterion of body.rubric) strings.push(criterion.description);
      break;
    case "true_false":
      break;
  }
  return [...new Set(strings.map(normaliseForKey).filter((text) => text.length >= MIN_KEY_LENGTH))];
}

/** True when the text contains any answer-key string (after normalising both). */
export function containsAnswerKey(text: string, keys: readonly string[]): boolean {
  if (keys.length === 0) return false;
  const normalised = normaliseForKey(text);
  return keys.some((key) => normalised.includes(key));
}

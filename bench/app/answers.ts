// What a learner's browser sends for a question (the AnswerInput of the practice and attempt
// forms), right or wrong on purpose, so the benchmark writes a realistic mix of hits and misses.

type Option = { id: string; correct: boolean };
export type QuestionBodyLike =
  | { type: "single_choice"; options: Option[] }
  | { type: "multiple_choice"; options: Option[] }
  | { type: "true_false"; correct: boolean }
  | { type: "numeric"; answer: number; tolerance?: number }
  | { type: "short_text"; acceptedAnswers: string[] }
  | { type: "essay" };

export type AnswerInput =
  | { type: "single_choice"; optionId: string }
  | { type: "multiple_choice"; optionIds: string[] }
  | { type: "true_false"; value: boolean }
  | { type: "numeric" | "short_text" | "essay"; text: string };

export function answerInputFor(body: QuestionBodyLike, correct: boolean): AnswerInput {
  switch (body.type) {
    case "single_choice": {
      const right = body.options.find((option) => option.correct) ?? body.options[0]!;
      const wrong = body.options.find((option) => !option.correct) ?? right;
      return { type: "single_choice", optionId: (correct ? right : wrong).id };
    }
    case "multiple_choice": {
      const right = body.options.filter((option) => option.correct).map((option) => option.id);
      const wrong = body.options.filter((option) => !option.correct).map((option) => option.id);
      return { type: "multiple_choice", optionIds: correct || wrong.length === 0 ? right : [...right.slice(1), wrong[0]!] };
    }
    case "true_false":
      return { type: "true_false", value: correct ? body.correct : !body.correct };
    case "numeric":
      return { type: "numeric", text: String(correct ? body.answer : body.answer + (body.tolerance ?? 0) + 1) };
    case "short_text":
      return { type: "short_text", text: correct ? body.acceptedAnswers[0]! : "not sure" };
    case "essay":
      return { type: "essay", text: "It depends on the sample size and on how the sample was drawn." };
  }
}

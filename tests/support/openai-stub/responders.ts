// What a well-behaved model answers, per structured-output schema name, and the plain-chat tutor.
import { allText, firstImageUrl, lastUserText, type ChatContext } from "./chat-context";
import { draftQuestions } from "./drafts";
import { bytesOfDataUrl, transcriptFromImage } from "./marker";
import { outlineCourse } from "./outline";
import { extractDraftRequest, extractLastTag, extractRubric, extractTag, withoutPassages } from "./prompt";
import { instanceFromSchema, fitToSchema } from "./schema-instance";
import { contentWords, countWords, longWordsOf, sentencesOf } from "./text";

export const NOT_FOUND_REPLY = "I could not find this in the course material.";

/** Points scale with the answer's length (full marks from 60 words), in half points. */
export function gradeEssay(ctx: ChatContext) {
  const text = allText(ctx);
  const words = countWords(extractTag(text, "learner_answer") ?? "");
  const share = Math.min(1, words / 60);
  const criteria = extractRubric(text).map(({ criterion, points }) => ({
    criterion,
    points: Math.round(points * share * 2) / 2,
    feedback: `${criterion}: the answer has ${words} words; longer, more specific answers earn more here.`,
  }));
  const score = criteria.reduce((sum, criterion) => sum + criterion.points, 0);
  const confidence = words >= 20 ? 0.9 : 0.35;
  return { criteria, score, confidence, summary: `Scored ${score} from a ${words}-word answer.` };
}

export function transcribeHandwriting(ctx: ChatContext) {
  const url = firstImageUrl(ctx);
  const bytes = url === null ? null : bytesOfDataUrl(url);
  const text = bytes === null ? null : transcriptFromImage(bytes);
  return text === null ? { text: "", legible: false } : { text, legible: true };
}

export function questionDrafts(ctx: ChatContext) {
  return { drafts: draftQuestions(ctx.passages, extractDraftRequest(allText(ctx))) };
}

const STRUCTURED_RESPONDERS: Record<string, (ctx: ChatContext) => unknown> = {
  essay_grade: gradeEssay,
  handwriting_transcription: transcribeHandwriting,
  question_drafts: questionDrafts,
  course_outline: (ctx) => outlineCourse(lastUserText(ctx)),
};

/** The responder's answer for the schema name, or a generic instance of an unknown schema. */
export function structuredReply(ctx: ChatContext): unknown {
  const responder = ctx.schemaName === null ? undefined : STRUCTURED_RESPONDERS[ctx.schemaName];
  return responder ? fitToSchema(responder(ctx), ctx.schema) : instanceFromSchema(ctx.schema);
}

/** The learner's words in the last user message: its fenced <learner_message>, else its text outside passages. */
function learnerQuestion(ctx: ChatContext): string {
  const text = lastUserText(ctx);
  return extractLastTag(text, "learner_message") ?? withoutPassages(text);
}

/** Cites the passage sharing most words with the learner's question by its 1-based position. */
export function tutorReply(ctx: ChatContext): string {
  const question = contentWords(learnerQuestion(ctx));
  let best: { position: number; shared: string[] } | null = null;
  for (const [index, passage] of ctx.passages.entries()) {
    const passageWords = contentWords(`${passage.title} ${passage.text}`);
    const shared = [...question].filter((word) => passageWords.has(word));
    if (best === null || shared.length > best.shared.length) best = { position: index + 1, shared };
  }
  const passage = best === null ? undefined : ctx.passages[best.position - 1];
  if (best === null || passage === undefined) return NOT_FOUND_REPLY;
  if (ctx.socratic) {
    const keyWord = longWordsOf(best.shared.join(" "), 1)[0] ?? longWordsOf(passage.text)[0] ?? "this";
    return `Let's work it out together. What does the lesson [${best.position}] say about ${keyWord}? Try to answer before reading on.`;
  }
  return `According to the lesson [${best.position}], ${sentencesOf(passage.text)[0] ?? passage.text}`;
}

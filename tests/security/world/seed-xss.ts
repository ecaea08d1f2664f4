import type { User } from "@/drizzle/schema";
import { insertLesson, insertModule, setLessonPublished } from "@/features/courses/db-outline";
import { lessonSchema, moduleSchema } from "@/features/courses/schemas-authoring";
import { questionDraftSchema } from "@/features/questions/schemas";
import { insertQuestions } from "@/features/questions/db";
import { insertTest, replaceTestItems, setTestPublished } from "@/features/tests/db";
import { testItemsSchema, testSettingsSchema } from "@/features/tests/schemas";
import { startAttempt } from "@/features/attempts/db";
import { postMessage } from "@/features/channels/db";
import { insertOwnFlashcard } from "@/features/review/db-cards";
import type { HostileContent } from "./types";
import { XSS_PAYLOADS, hostileMarkdown } from "./xss-payloads";

// Tenant A's hostile content, written through the same data access functions the actions call:
// a lesson (its own module, so the matrix's deletions leave it alone), a question with hostile
// stem, options and explanation in a test the learner has open, messages in #general, and a
// flashcard (the outsider's: their only card). The browser test renders each where learners and teachers see it.

export async function seedHostileContent(input: { teacher: User; learner: User; cardOwner: User; courseId: string; courseSlug: string; generalChannelId: string }): Promise<HostileContent> {
  const { teacher, learner } = input;
  const moduleId = await insertModule(teacher, input.courseId, moduleSchema.parse({ title: "Hostile content" }));
  const lessonSlug = "hostile-lesson";
  const lessonId = await insertLesson(teacher, moduleId, lessonSchema.parse({ title: "Hostile lesson", slug: lessonSlug, markdown: hostileMarkdown("Hostile lesson"), topicSlugs: [] }));
  await setLessonPublished(teacher, lessonId, true);

  const stem = hostileMarkdown("Hostile question");
  const [questionId] = await insertQuestions(teacher, input.courseId, [
    questionDraftSchema.parse({
      body: {
        type: "single_choice",
        stem,
        explanation: XSS_PAYLOADS.map((payload) => payload.text).join("\n\n"),
        options: XSS_PAYLOADS.slice(0, 4).map((payload, index) => ({ id: `x${index}`, text: payload.text, correct: index === 0 })),
      },
      topicSlugs: [],
    }),
  ]);
  if (!questionId) throw new Error("security seed: the hostile question was not created");
  const testId = await insertTest(teacher, input.courseId, testSettingsSchema.parse({ title: "Hostile test", attemptsAllowed: null, timeLimitMinutes: null, aiGrading: "off" }));
  await replaceTestItems(teacher, testId, testItemsSchema.parse([{ kind: "question", questionId, points: 1 }]));
  await setTestPublished(teacher, testId, true);
  const { attemptId } = await startAttempt(learner, testId, null);

  // One payload per message: a message is at most 4,000 characters.
  const messageIds: number[] = [];
  for (const payload of XSS_PAYLOADS) messageIds.push((await postMessage(learner, input.generalChannelId, `${payload.name}: ${payload.text}`)).id);
  // Its owner's first card due (a user with no other cards), so the review page opens on it.
  const card = await insertOwnFlashcard(input.cardOwner, { front: hostileMarkdown("Hostile card").slice(0, 1_900), back: XSS_PAYLOADS.map((payload) => payload.text).join("\n").slice(0, 1_900), courseSlug: null }, new Date());

  return { lesson: { id: lessonId, slug: lessonSlug }, questionId, testId, attemptId, messageIds, flashcardId: card.cardId };
}

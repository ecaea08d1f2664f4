import { and, eq, inArray } from "drizzle-orm";
import {
  AssignmentTable,
  AttemptItemTable,
  AttemptTable,
  ClassMemberTable,
  EnrolmentTable,
  GradeEventTable,
  QuestionTable,
  QuestionTopicTable,
  QuestionVersionTable,
  TestItemTable,
  TestTable,
  TopicTable,
  UserTable,
  type User,
} from "@/drizzle/schema";
import type { Database } from "@/drizzle/drivers/types";
import { questionDraftSchema, type QuestionBody } from "@/features/questions/schemas";
import { correctResponseOf, gradeResponse } from "@/features/questions/lib/grade";
import { deriveSeed } from "@/features/tests/lib/shuffle";
import { probabilityQuestions } from "./content/probability-questions";
import { DEMO_CLASSMATES, DEMO_TESTS, type DemoTest } from "./content/demo-assessments";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type SeededQuestion = { id: string; versionId: string; body: QuestionBody; topicSlugs: string[] };

const DAY = 24 * 60 * 60 * 1000;

async function insertQuestionBank(tx: Tx, courseId: string, authorId: string): Promise<{ bank: SeededQuestion[]; topicId: Map<string, string> }> {
  const drafts = probabilityQuestions.map((input) => questionDraftSchema.parse(input));
  const topics = await tx.select({ id: TopicTable.id, slug: TopicTable.slug }).from(TopicTable).where(eq(TopicTable.courseId, courseId));
  const topicId = new Map(topics.map((topic) => [topic.slug, topic.id]));
  const questions = await tx.insert(QuestionTable).values(drafts.map(() => ({ courseId, authorId }))).returning({ id: QuestionTable.id });
  const versions = await tx
    .insert(QuestionVersionTable)
    .values(drafts.map((draft, index) => ({ questionId: questions[index]!.id, version: 1, type: draft.body.type, body: draft.body, authorId })))
    .returning({ id: QuestionVersionTable.id, questionId: QuestionVersionTable.questionId });
  const versionOf = new Map(versions.map((version) => [version.questionId, version.id]));
  const tags = drafts.flatMap((draft, index) =>
    draft.topicSlugs.map((slug) => {
      const id = topicId.get(slug);
      if (!id) throw new Error(`demo question ${index} names unknown topic "${slug}"`);
      return { questionId: questions[index]!.id, topicId: id };
    }),
  );
  await tx.insert(QuestionTopicTable).values(tags);
  const bank = drafts.map((draft, index) => ({
    id: questions[index]!.id,
    versionId: versionOf.get(questions[index]!.id)!,
    body: draft.body,
    topicSlugs: draft.topicSlugs,
  }));
  return { bank, topicId };
}

/** The questions a demo test shows, in order: the first N of each listed topic and type. */
function pickQuestions(bank: SeededQuestion[], test: DemoTest): SeededQuestion[] {
  const picked: SeededQuestion[] = [];
  for (const want of test.questions) {
    const matches = bank.filter((question) => question.topicSlugs[0] === want.topic && question.body.type === want.type && !picked.includes(question));
    const found = matches[want.nth ?? 0];
    if (!found) throw new Error(`no ${want.type} question on ${want.topic} for the demo test "${test.title}"`);
    picked.push(found);
  }
  return picked;
}

function wrongResponse(body: QuestionBody): unknown {
  switch (body.type) {
    case "single_choice":
      return { optionId: body.options.find((option) => !option.correct)!.id };
    case "multiple_choice": {
      const right = body.options.filter((option) => option.correct).map((option) => option.id);
      const wrong = body.options.find((option) => !option.correct);
      return { optionIds: [...right.slice(0, Math.max(1, right.length - 1)), ...(wrong ? [wrong.id] : [])] };
    }
    case "true_false":
      return { value: !body.correct };
    case "numeric":
      return { value: body.answer * 1.5 + body.tolerance + 1 };
    case "short_text":
      return { text: "not sure" };
    case "essay":
      return { text: "I think it depends on the numbers, but I am not sure how to explain it." };
  }
}

/** A deterministic coin for classmate × question: stronger classmates and easier questions come up right more often. */
function answersCorrectly(ability: number, classmate: number, question: number): boolean {
  const difficulty = (deriveSeed(7, `difficulty:${question}`) % 200) / 100 - 1;
  const chance = 1 / (1 + Math.exp(-(ability - difficulty)));
  return (deriveSeed(11, `answer:${classmate}:${question}`) % 1000) / 1000 < chance;
}

async function insertClassmates(tx: Tx, classId: string, courseId: string): Promise<User[]> {
  await tx
    .insert(UserTable)
    .values(DEMO_CLASSMATES.map((mate) => ({ authProvider: "dev" as const, externalId: mate.externalId, email: mate.email, name: mate.name, role: "learner" as const })))
    .onConflictDoNothing();
  const mates = await tx.select().from(UserTable).where(and(eq(UserTable.authProvider, "dev"), inArray(UserTable.externalId, DEMO_CLASSMATES.map((mate) => mate.externalId))));
  await tx.insert(ClassMemberTable).values(mates.map((mate) => ({ classId, userId: mate.id, role: "learner" as const }))).onConflictDoNothing();
  await tx.insert(EnrolmentTable).values(mates.map((mate) => ({ userId: mate.id, courseId }))).onConflictDoNothing();
  return DEMO_CLASSMATES.map((mate) => mates.find((row) => row.externalId === mate.externalId)!);
}

async function insertFinishedAttempt(
  tx: Tx,
  input: { testId: string; assignmentId: string; learner: User; mateIndex: number; attemptNumber: number; startedAt: Date; questions: SeededQuestion[]; teacher: User; gradeEssay: boolean },
) {
  const ability = DEMO_CLASSMATES[input.mateIndex]!.ability + (input.attemptNumber - 1) * 0.6;
  const items = input.questions.map((question, index) => {
    const right = answersCorrectly(ability, input.mateIndex * 10 + input.attemptNumber, index);
    const response = question.body.type === "essay" ? (right ? { text: DEMO_CLASSMATES[input.mateIndex]!.essay } : wrongResponse(question.body)) : right ? correctResponseOf(question.body) : wrongResponse(question.body);
    const outcome = gradeResponse(question.body, response);
    const points = question.body.type === "essay" ? 4 : 1;
    const essayScore = right ? 3 : 1;
    const score = outcome.kind === "auto" ? outcome.fraction * points : input.gradeEssay ? essayScore : null;
    return { question, index, response, points, score, manual: outcome.kind === "manual" && !input.gradeEssay };
  });
  const pending = items.some((item) => item.manual);
  const submittedAt = new Date(input.startedAt.getTime() + (12 + input.mateIndex) * 60 * 1000);
  const total = items.reduce((sum, item) => sum + (item.score ?? 0), 0);
  const [attempt] = await tx
    .insert(AttemptTable)
    .values({
      testId: input.testId,
      assignmentId: input.assignmentId,
      userId: input.learner.id,
      attemptNumber: input.attemptNumber,
      state: pending ? "submitted" : "graded",
      startedAt: input.startedAt,
      deadlineAt: new Date(input.startedAt.getTime() + 30 * 60 * 1000),
      submittedAt,
      closedBy: "learner",
      gradedAt: pending ? null : submittedAt,
      score: total,
      maxScore: items.reduce((sum, item) => sum + item.points, 0),
      lastSavedAt: submittedAt,
    })
    .returning({ id: AttemptTable.id });
  await tx.insert(AttemptItemTable).values(
    items.map((item) => ({
      attemptId: attempt!.id,
      slot: item.index + 1,
      questionId: item.question.id,
      questionVersionId: item.question.versionId,
      testItemPosition: item.index + 1,
      points: item.points,
      optionOrder: item.question.body.type === "single_choice" || item.question.body.type === "multiple_choice" ? item.question.body.options.map((option) => option.id) : null,
      response: item.response,
      savedAt: submittedAt,
      score: item.score,
      needsManualGrading: item.manual,
      feedback: item.question.body.type === "essay" && input.gradeEssay ? "Good start: name the conditions you relied on." : null,
      gradedBy: item.question.body.type === "essay" && input.gradeEssay ? input.teacher.id : null,
      gradedAt: item.question.body.type === "essay" && input.gradeEssay ? submittedAt : null,
    })),
  );
  const essays = items.filter((item) => item.question.body.type === "essay" && input.gradeEssay);
  if (essays.length > 0) {
    await tx.insert(GradeEventTable).values(essays.map((item) => ({ attemptId: attempt!.id, slot: item.index + 1, source: "teacher" as const, score: item.score ?? 0, gradedBy: input.teacher.id })));
  }
}

/**
 * The demo course's question bank, two tests assigned to the demo class, and classmates
 * with finished attempts, so that the gradebook, grading queue and item statistics show
 * real figures on a fresh machine.
 */
export async function seedDemoAssessments(tx: Tx, input: { courseId: string; classId: string | null; teacher: User; now?: Date }) {
  const now = input.now ?? new Date();
  const { bank, topicId } = await insertQuestionBank(tx, input.courseId, input.teacher.id);
  let attempts = 0;
  for (const demo of DEMO_TESTS) {
    const [test] = await tx
      .insert(TestTable)
      .values({ ...demo.settings, courseId: input.courseId, authorId: input.teacher.id, title: demo.title, description: demo.description, publishedAt: now })
      .returning({ id: TestTable.id });
    const chosen = demo.questions.length > 0 ? pickQuestions(bank, demo) : [];
    await tx.insert(TestItemTable).values([
      ...chosen.map((question, index) => ({ testId: test!.id, position: index + 1, questionId: question.id, points: question.body.type === "essay" ? 4 : 1 })),
      ...demo.draws.map((draw, index) => ({
        testId: test!.id,
        position: chosen.length + index + 1,
        topicId: topicId.get(draw.topic) ?? missingTopic(draw.topic),
        drawCount: draw.count,
        points: 1,
      })),
    ]);
    if (!input.classId) continue;
    const [assignment] = await tx
      .insert(AssignmentTable)
      .values({
        classId: input.classId,
        testId: test!.id,
        assignedBy: input.teacher.id,
        opensAt: new Date(now.getTime() - demo.assignment.openedDaysAgo * DAY),
        dueAt: new Date(now.getTime() + demo.assignment.dueInDays * DAY),
        closesAt: new Date(now.getTime() + demo.assignment.closesInDays * DAY),
      })
      .returning({ id: AssignmentTable.id });
    if (!demo.seedAttempts) continue;
    const mates = await insertClassmates(tx, input.classId, input.courseId);
    for (const [mateIndex, mate] of mates.entries()) {
      const tries = DEMO_CLASSMATES[mateIndex]!.attempts;
      for (let attemptNumber = 1; attemptNumber <= tries; attemptNumber++) {
        await insertFinishedAttempt(tx, {
          testId: test!.id,
          assignmentId: assignment!.id,
          learner: mate,
          mateIndex,
          attemptNumber,
          startedAt: new Date(now.getTime() - (6 - attemptNumber) * DAY + mateIndex * 60 * 60 * 1000),
          questions: chosen,
          teacher: input.teacher,
          // The last two classmates' essays wait in the grading queue.
          gradeEssay: mateIndex < DEMO_CLASSMATES.length - 2,
        });
        attempts += 1;
      }
    }
  }
  return { questions: bank.length, tests: DEMO_TESTS.length, attempts };
}

function missingTopic(slug: string): never {
  throw new Error(`a demo test draws from unknown topic "${slug}"`);
}

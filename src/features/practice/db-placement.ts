import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Database } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import { LearnerTopicSkillTable, PlacementTable, PracticeItemTable, QuestionDifficultyTable, QuestionVersionTable, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { answerInformation, standardError } from "./lib/elo";
import { choosePlacementTopic, informativeTarget, placementResult, placementShouldStopWith, type PlacementAnswer, type PlacementResult } from "./lib/placement";
import { chooseQuestion } from "./lib/select";
import { insertServedItem, selectCandidates, selectOpenServedQuestion } from "./db-serve";
import { selectEnrolledCourse, selectTopicStates, type PracticeCourse } from "./db-topics";
import type { ServedQuestion } from "./types";

export type PlacementView =
  | { state: "not_started"; course: PracticeCourse }
  | { state: "in_progress"; course: PracticeCourse; placementId: string; answered: number; open: ServedQuestion | null }
  | { state: "finished"; course: PracticeCourse; result: PlacementResult };

type PlacementRow = { id: string; finished_at: Date | null; result: PlacementResult | null };

async function selectPlacement(db: Database, learnerId: string, courseId: string): Promise<PlacementRow | undefined> {
  const [row] = await selectRows<PlacementRow>(db, sql`select id, finished_at, result from ${PlacementTable} where user_id = ${learnerId} and course_id = ${courseId}`);
  return row;
}

type AnsweredRow = { topic_id: string; difficulty: number; guess: number; correct: boolean; topic_offset: number };

async function selectPlacementAnswers(db: Database, learnerId: string, placementId: string): Promise<AnsweredRow[]> {
  return selectRows<AnsweredRow>(
    db,
    sql`select pi.topic_id, coalesce(d.value, 0) as difficulty, qv.guess_chance as guess, pi.correct, coalesce(s.value, 0) as topic_offset
        from ${PracticeItemTable} pi
        join ${QuestionVersionTable} qv on qv.id = pi.question_version_id
        left join ${QuestionDifficultyTable} d on d.question_id = pi.question_id
        left join ${LearnerTopicSkillTable} s on s.user_id = pi.user_id and s.topic_id = pi.topic_id
        where pi.placement_id = ${placementId} and pi.user_id = ${learnerId} and pi.answered_at is not null`,
  );
}

/** Where the learner stands with a course's placement check. */
export async function selectPlacementView(learner: Pick<User, "id">, courseSlug: string): Promise<PlacementView> {
  const db = await getDb();
  const course = await selectEnrolledCourse(db, learner, courseSlug);
  const placement = await selectPlacement(db, learner.id, course.id);
  if (!placement) return { state: "not_started", course };
  if (placement.finished_at && placement.result) return { state: "finished", course, result: placement.result };
  const [answered, open] = await Promise.all([
    selectPlacementAnswers(db, learner.id, placement.id),
    selectOpenServedQuestion(db, learner.id, course.id, "diagnostic"),
  ]);
  return { state: "in_progress", course, placementId: placement.id, answered: answered.length, open };
}

/**
 * Serves the next placement question, or finishes the check when the estimate is certain
 * enough (or the cap is reached). Starting is idempotent: one check per learner and course.
 */
export async function advancePlacement(
  learner: Pick<User, "id">,
  courseSlug: string,
  random: () => number = Math.random,
): Promise<{ finished: false; question: ServedQuestion } | { finished: true; result: PlacementResult }> {
  const db = await getDb();
  const course = await selectEnrolledCourse(db, learner, courseSlug);
  await db.insert(PlacementTable).values({ userId: learner.id, courseId: course.id }).onConflictDoNothing();
  const placement = await selectPlacement(db, learner.id, course.id);
  if (!placement) throw new Error("placement row missing after insert");
  if (placement.finished_at && placement.result) return { finished: true, result: placement.result };
  const open = await selectOpenServedQuestion(db, learner.id, course.id, "diagnostic");
  const answers = await selectPlacementAnswers(db, learner.id, placement.id);
  if (open) return { finished: false, question: { ...open, placementAnswered: answers.length } };

  const { topics, course: courseSkill } = await selectTopicStates(db, learner.id, course.id);
  const asked: PlacementAnswer[] = answers.map((answer) => ({ topicId: answer.topic_id, difficulty: Number(answer.difficulty), guess: Number(answer.guess) }));
  const information = answers.reduce((total, answer) => total + answerInformation(courseSkill.value + Number(answer.topic_offset), Number(answer.difficulty), Number(answer.guess)), 0);
  const topic = choosePlacementTopic(topics, asked);
  const pick = topic
    ? await selectCandidates(db, learner.id, course.id, topic.topicId, topic.skill.value, 0.5).then(({ candidates, poolSize }) =>
        chooseQuestion(candidates, { skill: topic.skill.value, poolSize, random, target: (candidate) => informativeTarget(candidate.guess) }),
      )
    : null;
  if (!topic || !pick || placementShouldStopWith(information, asked.length, 1)) {
    const correct = answers.filter((answer) => answer.correct).length;
    const result = placementResult(topics, { answered: answers.length, correct, standardError: standardError(information) });
    await db
      .update(PlacementTable)
      .set({ finishedAt: sql`now()`, result, standardError: Number.isFinite(result.standardError) ? result.standardError : null })
      .where(and(eq(PlacementTable.id, placement.id), isNull(PlacementTable.finishedAt)));
    const [stored] = await selectRows<PlacementRow>(db, sql`select id, finished_at, result from ${PlacementTable} where id = ${placement.id}`);
    return { finished: true, result: stored?.result ?? result };
  }
  await insertServedItem(db, {
    learnerId: learner.id,
    courseId: course.id,
    mode: "diagnostic",
    topic,
    requestedTopicId: null,
    reason: "placement",
    candidate: pick,
    placementId: placement.id,
  });
  const served = await selectOpenServedQuestion(db, learner.id, course.id, "diagnostic");
  if (!served) throw new AppError("CONFLICT", "The placement check changed underneath; reload to continue.");
  return { finished: false, question: { ...served, placementAnswered: answers.length } };
}


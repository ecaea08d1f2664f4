import type { ItemStatisticsRow } from "@/features/tests/components/statistics-format";
import { calculateTestStatistics, type AttemptSelection, type StatisticsAttempt, type TestStatistics } from "@/features/tests/lib/statistics";

/** A graded attempt, oldest first (the order selectTestStatistics reads them in). */
export type GradedAttempt = { id: string; testId: string; userId: string; attemptNumber: number; score: number | null; maxScore: number };

/** One slot of a graded attempt with the question version it showed. */
export type GradedSlot = { attemptId: string; questionId: string; testItemPosition: number; points: number; score: number | null; type: string; stem: string };

export type TestStatisticsFigures = { summary: TestStatistics; items: ItemStatisticsRow[] };

/**
 * The statistics of one test from its graded attempts and their slots, shaped exactly as
 * features/tests/db-statistics.ts shapes them (one item per question, a missing mark as 0,
 * labelled by the first slot seen), so a class's figures are the test report's figures
 * computed over the class's attempts.
 */
export function testStatisticsFrom(attempts: readonly GradedAttempt[], slots: readonly GradedSlot[], include: AttemptSelection = "first"): TestStatisticsFigures {
  const byAttempt = new Map<string, Record<string, number>>();
  const questions = new Map<string, { maxMark: number; type: string; stem: string; position: number }>();
  for (const slot of slots) {
    const scores = byAttempt.get(slot.attemptId) ?? {};
    scores[slot.questionId] = slot.score ?? 0;
    byAttempt.set(slot.attemptId, scores);
    if (!questions.has(slot.questionId)) questions.set(slot.questionId, { maxMark: slot.points, type: slot.type, stem: slot.stem, position: slot.testItemPosition });
  }
  const scored: StatisticsAttempt[] = attempts.map((attempt) => ({
    userId: attempt.userId,
    attemptNumber: attempt.attemptNumber,
    itemScores: byAttempt.get(attempt.id) ?? {},
    total: attempt.score ?? 0,
    maxTotal: attempt.maxScore,
  }));
  const report = calculateTestStatistics({ items: [...questions].map(([key, question]) => ({ key, maxMark: question.maxMark })), attempts: scored, include });
  return {
    summary: report.test,
    items: report.items.map((item) => ({ ...item, ...questions.get(item.key)! })).sort((a, b) => a.position - b.position || a.stem.localeCompare(b.stem)),
  };
}

/** Attempts and slots split per test, in one pass each (the database returns them for every test at once). */
export function groupByTest<A extends { testId: string; id: string }, S extends { attemptId: string }>(attempts: readonly A[], slots: readonly S[]) {
  const testOfAttempt = new Map(attempts.map((attempt) => [attempt.id, attempt.testId]));
  const groups = new Map<string, { attempts: A[]; slots: S[] }>();
  const group = (testId: string) => {
    const found = groups.get(testId);
    if (found) return found;
    const created = { attempts: [] as A[], slots: [] as S[] };
    groups.set(testId, created);
    return created;
  };
  for (const attempt of attempts) group(attempt.testId).attempts.push(attempt);
  for (const slot of slots) {
    const testId = testOfAttempt.get(slot.attemptId);
    if (testId) group(testId).slots.push(slot);
  }
  return groups;
}

import type { AttemptState } from "@/drizzle/schema/enum-values";
import type { ItemStatisticsRow } from "@/features/tests/components/statistics-format";
import type { TestStatistics } from "@/features/tests/lib/statistics";
import type { MasteryEvidence, RiskReason } from "./lib/at-risk";
import type { Heatmap, HeatmapLearner } from "./lib/heatmap";
import type { ItemReview, ReliabilityBand } from "./lib/item-review";

/** What the teacher's class analytics return (db-teacher*.ts); plain data, safe for pages, CSV and tests. */

export type AnalyticsClass = { id: string; name: string; courseId: string };

export type ClassHeatmap = Heatmap & { class: AnalyticsClass };

export type ItemAnalysisRow = ItemStatisticsRow & { review: ItemReview };

export type TestItemAnalysis = {
  testId: string;
  title: string;
  dueAt: Date | null;
  /** The test's own statistics page (all attempts, any class). */
  statisticsHref: string;
  summary: TestStatistics;
  reliability: ReliabilityBand;
  items: ItemAnalysisRow[];
  flaggedCount: number;
};

export type ClassItemAnalysis = { class: AnalyticsClass; tests: TestItemAnalysis[] };

export type BacklogEntry = {
  attemptId: string;
  learner: HeatmapLearner;
  test: { id: string; title: string };
  state: AttemptState;
  submittedAt: Date | null;
  /** How long it has waited (now − submitted), null without a submission time. */
  waitingMs: number | null;
  answersWaiting: number;
  /** The grading queue opened on this attempt's first waiting answer. */
  gradeHref: string;
};

export type ClassGradingBacklog = { class: AnalyticsClass; entries: BacklogEntry[] };

export type LearnerRisk = {
  learner: HeatmapLearner;
  reasons: RiskReason[];
  mastery: MasteryEvidence;
  overdue: { title: string; dueAt: Date }[];
  lastActiveAt: Date | null;
  joinedAt: Date;
};

/** Every learner of the class, those with reasons first. */
export type ClassLearnersAtRisk = { class: AnalyticsClass; learners: LearnerRisk[] };

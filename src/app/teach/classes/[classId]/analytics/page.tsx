import type { Metadata } from "next";
import Link from "next/link";
import { selectClassItemAnalysis, selectClassMasteryHeatmap, selectGradingBacklog, selectLearnersAtRisk } from "@/features/analytics/db-teacher";
import { INACTIVE_AFTER_DAYS, LOW_MASTERY_BELOW, MIN_ANSWERS_FOR_MASTERY } from "@/features/analytics/lib/at-risk";
import type { AnalyticsTable } from "@/features/analytics/lib/analytics-csv";
import { AnalyticsSection, EmptyState } from "@/features/analytics/components/analytics-section";
import { GradingBacklogTable } from "@/features/analytics/components/grading-backlog-table";
import { ItemAnalysis } from "@/features/analytics/components/item-analysis";
import { LearnersAtRiskTable } from "@/features/analytics/components/learners-at-risk-table";
import { MasteryHeatmap } from "@/features/analytics/components/mastery-heatmap";
import { TopicAverageChart } from "@/features/analytics/components/topic-average-chart";
import { orNotFound, requireTeacherPage } from "@/features/classes/components/teacher-page";
import { requestNow } from "@/lib/clock";

type Params = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: "Class analytics" };

export default async function ClassAnalyticsPage({ params }: Params) {
  const { classId } = await params;
  const user = await requireTeacherPage(`/teach/classes/${classId}/analytics`, [classId]);
  const now = await requestNow();
  const [heatmap, items, backlog, risk] = await orNotFound(
    Promise.all([selectClassMasteryHeatmap(user, classId), selectClassItemAnalysis(user, classId), selectGradingBacklog(user, classId, now), selectLearnersAtRisk(user, classId, now)]),
  );
  const taught = heatmap.class;
  const csv = (table: AnalyticsTable) => `/api/teach/classes/${taught.id}/analytics/${table}.csv`;
  const topicAverages = heatmap.topics.map((topic, index) => ({ ...topic, ...heatmap.averages[index]! }));

  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
          <Link href="/teach" className="hover:underline">
            Teach
          </Link>{" "}
          /{" "}
          <Link href={`/teach/classes/${taught.id}`} className="hover:underline">
            {taught.name}
          </Link>{" "}
          / Analytics
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">{taught.name} — analytics</h1>
        <nav aria-label="On this page" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href="#mastery" className="text-primary underline-offset-2 hover:underline">Mastery heat map</a>
          <a href="#items" className="text-primary underline-offset-2 hover:underline">Item analysis</a>
          <a href="#backlog" className="text-primary underline-offset-2 hover:underline">Grading backlog ({backlog.entries.length})</a>
          <a href="#at-risk" className="text-primary underline-offset-2 hover:underline">
            Learners at risk ({risk.learners.filter((entry) => entry.reasons.length > 0).length})
          </a>
        </nav>
      </header>

      <AnalyticsSection
        id="mastery"
        title="Mastery heat map"
        csvHref={csv("heatmap")}
        csvLabel="mastery heat map"
        intro="From adaptive practice: each learner's level and predicted chance on each topic of the course, as the learner sees it on their dashboard."
      >
        {heatmap.rows.length === 0 ? (
          <EmptyState>No learners have joined this class yet. Share the join code from the class page.</EmptyState>
        ) : heatmap.topics.length === 0 ? (
          <EmptyState>The course has no topics yet, so there is nothing to map.</EmptyState>
        ) : (
          <>
            <MasteryHeatmap heatmap={heatmap} />
            <TopicAverageChart title="Class average by topic" topics={topicAverages} learnerCount={heatmap.rows.length} />
          </>
        )}
      </AnalyticsSection>

      <AnalyticsSection
        id="items"
        title="Item analysis"
        csvHref={csv("items")}
        csvLabel="item analysis"
        intro="Each assigned test over this class's first graded attempts, with the test report's figures. Flagged questions are very hard or very easy, or do not separate stronger from weaker learners."
      >
        <ItemAnalysis tests={items.tests} />
      </AnalyticsSection>

      <AnalyticsSection
        id="backlog"
        title="Grading backlog"
        csvHref={csv("backlog")}
        csvLabel="grading backlog"
        intro="Attempts made through this class's assignments with an essay to mark or an AI grade to review."
      >
        <GradingBacklogTable entries={backlog.entries} />
      </AnalyticsSection>

      <AnalyticsSection
        id="at-risk"
        title="Learners at risk"
        csvHref={csv("at-risk")}
        csvLabel="learners at risk"
        intro={`A learner is listed when their average predicted score is below ${Math.round(LOW_MASTERY_BELOW * 100)}% after at least ${MIN_ANSWERS_FOR_MASTERY} practice answers, when an assignment is past due with nothing handed in, or when they have done nothing in the course for ${INACTIVE_AFTER_DAYS} days.`}
      >
        <LearnersAtRiskTable learners={risk.learners} />
      </AnalyticsSection>
    </div>
  );
}

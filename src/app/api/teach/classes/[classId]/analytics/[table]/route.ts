// GET /api/teach/classes/[classId]/analytics/[table] — one table of the class analytics as a CSV download
// (heatmap.csv, items.csv, backlog.csv, at-risk.csv), for the class's teachers and admins.
import { z } from "zod";
import type { User } from "@/drizzle/schema";
import { selectClassItemAnalysis, selectClassMasteryHeatmap, selectGradingBacklog, selectLearnersAtRisk } from "@/features/analytics/db-teacher";
import {
  ANALYTICS_TABLES,
  backlogToCsv,
  csvFileName,
  heatmapToCsv,
  itemAnalysisToCsv,
  learnersAtRiskToCsv,
  type AnalyticsTable,
} from "@/features/analytics/lib/analytics-csv";
import type { AnalyticsClass } from "@/features/analytics/teacher-types";
import { requestNow } from "@/lib/clock";
import { routeHandler } from "@/lib/route";
import { requireUser } from "@/services/auth/current-user";

export const dynamic = "force-dynamic";

const tableSchema = z
  .string()
  .transform((file) => file.replace(/\.csv$/, ""))
  .pipe(z.enum(ANALYTICS_TABLES, `the table must be one of ${ANALYTICS_TABLES.map((table) => `${table}.csv`).join(", ")}`));

type Export = (user: User, classId: string, now: Date) => Promise<{ class: AnalyticsClass; csv: string }>;

// Each reads through the data access layer, which checks that the caller teaches the class.
const EXPORTS: Record<AnalyticsTable, Export> = {
  heatmap: async (user, classId) => {
    const heatmap = await selectClassMasteryHeatmap(user, classId);
    return { class: heatmap.class, csv: heatmapToCsv(heatmap) };
  },
  items: async (user, classId) => {
    const analysis = await selectClassItemAnalysis(user, classId);
    return { class: analysis.class, csv: itemAnalysisToCsv(analysis) };
  },
  backlog: async (user, classId, now) => {
    const backlog = await selectGradingBacklog(user, classId, now);
    return { class: backlog.class, csv: backlogToCsv(backlog) };
  },
  "at-risk": async (user, classId, now) => {
    const risk = await selectLearnersAtRisk(user, classId, now);
    return { class: risk.class, csv: learnersAtRiskToCsv(risk) };
  },
};

type Context = { params: Promise<{ classId: string; table: string }> };

export const GET = routeHandler<Context>(async (_request, { params }) => {
  const user = await requireUser("teacher");
  const { classId, table: file } = await params;
  const table = tableSchema.parse(file);
  const { class: taught, csv } = await EXPORTS[table](user, classId, await requestNow());
  // The byte-order mark lets spreadsheet apps read names such as "Yılmaz" as UTF-8.
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${csvFileName(taught.name, table)}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});

// GET /api/tests/[testId]/statistics?include=first|all — the test's item statistics as a CSV download (teachers who may see its results).
import { selectTestStatistics } from "@/features/tests/db-statistics";
import { itemStatisticsToCsv } from "@/features/tests/components/statistics-format";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/route";
import { getCurrentUser, hasRole } from "@/services/auth/current-user";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const GET = routeHandler<{ params: Promise<{ testId: string }> }>(async (request, { params }) => {
  const { testId } = await params;
  const include = new URL(request.url).searchParams.get("include") === "all" ? "all" : "first";
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!hasRole(user, "teacher") || !UUID.test(testId)) throw new AppError("NOT_FOUND", "That test does not exist or you cannot see its results.");
  const report = await selectTestStatistics(user, testId, include);
  return new Response(`\uFEFF${itemStatisticsToCsv(report.items)}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="test-statistics-${include}-attempts.csv"`,
      "cache-control": "private, no-store",
    },
  });
});

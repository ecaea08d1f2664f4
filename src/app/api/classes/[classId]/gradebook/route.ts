// GET /api/classes/[classId]/gradebook — the class's gradebook as a CSV download (its teachers only).
import { gradebookToCsv } from "@/features/classes/lib/gradebook-csv";
import { selectGradebook } from "@/features/classes/db-gradebook";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/route";
import { getCurrentUser, hasRole } from "@/services/auth/current-user";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "statistics-autumn-cohort" from "Statistics — Autumn cohort", for the file name. */
function fileStem(name: string): string {
  const ascii = name.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/[\s_-]+/g, "-").toLowerCase();
  return ascii.slice(0, 60) || "class";
}

export const GET = routeHandler<{ params: Promise<{ classId: string }> }>(async (_request, { params }) => {
  const { classId } = await params;
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  // Learners and malformed ids get the same answer as a class you do not teach.
  if (!hasRole(user, "teacher") || !UUID.test(classId)) throw new AppError("NOT_FOUND", "That class does not exist or you do not teach it.");
  const gradebook = await selectGradebook(user, classId);
  // The byte-order mark lets spreadsheet apps read names such as "Yılmaz" as UTF-8.
  return new Response(`\uFEFF${gradebookToCsv(gradebook)}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileStem(gradebook.class.name)}-gradebook.csv"`,
      "cache-control": "private, no-store",
    },
  });
});

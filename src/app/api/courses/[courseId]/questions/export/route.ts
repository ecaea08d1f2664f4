// GET /api/courses/[courseId]/questions/export?format=gift|json — a course's question bank as a file, for its authors only.
import { z } from "zod";
import { selectCourseForEditor } from "@/features/courses/db-outline";
import { selectQuestionDrafts } from "@/features/questions/db";
import { serializeGift } from "@/features/questions/lib/gift/serialize";
import { serializeQuestionsJson } from "@/features/questions/lib/json-format";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/route";
import { requireUser } from "@/services/auth/current-user";

export const dynamic = "force-dynamic";

const querySchema = z.object({ format: z.enum(["gift", "json"], "format must be gift or json") });

const CONTENT_TYPES = { gift: "text/plain; charset=utf-8", json: "application/json; charset=utf-8" } as const;

type Context = { params: Promise<{ courseId: string }> };

export const GET = routeHandler<Context>(async (request, { params }) => {
  const user = await requireUser();
  const { courseId } = await params;
  // Other people's courses, learners and malformed ids all look the same: not found.
  const editor = z.uuid().safeParse(courseId).success ? await selectCourseForEditor(user, courseId) : null;
  if (!editor) throw new AppError("NOT_FOUND", "That course does not exist or you cannot edit it.");
  const { format } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const drafts = await selectQuestionDrafts(user, courseId);
  const file = format === "gift" ? serializeGift(drafts) : serializeQuestionsJson(drafts);
  const fileName = `${editor.course.slug.replace(/[^a-z0-9-]/g, "") || "course"}-questions.${format}`;
  return new Response(file, {
    headers: {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});

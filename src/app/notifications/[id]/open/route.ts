// GET /notifications/[id]/open — marks one of the caller's notifications read and follows its link.
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/route";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { getCurrentUser } from "@/services/auth/current-user";
import { markNotificationRead } from "@/features/notifications/db";
import { notificationIdSchema } from "@/features/notifications/schemas";

export const dynamic = "force-dynamic";

// A relative Location: no host to get wrong behind a proxy.
const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path, "cache-control": "private, no-store" } });

export const GET = routeHandler<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const user = await getCurrentUser();
  if (!user) return seeOther("/sign-in?next=/notifications");
  // A link on another site (an <img>, a forged click) must not mark anything read: such a
  // request only lands on the list. Our own links are same-origin; a typed or bookmarked URL is "none".
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return seeOther("/notifications");
  const id = notificationIdSchema.safeParse((await params).id);
  // A malformed id gets the same answer as someone else's.
  if (!id.success) throw new AppError("NOT_FOUND", "That notification does not exist.");
  const { link } = await markNotificationRead(user, id.data);
  // The database only stores app paths; checking again keeps an open redirect impossible here.
  return seeOther(safeRedirectPath(link, "/notifications"));
});

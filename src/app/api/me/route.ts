// GET /api/me — the signed-in user (Clerk bearer token or development session), or 401.
import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/route";
import { requireUser } from "@/services/auth/current-user";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json(
    { id: user.id, name: user.name, email: user.email, role: user.role, authProvider: user.authProvider },
    { headers: { "cache-control": "private, no-store" } },
  );
});

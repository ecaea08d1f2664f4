// GET /api/health/live — liveness: the process answers; no I/O.
import { NextResponse } from "next/server";
import { APP_VERSION, deployedCommit } from "@/lib/version";

export const dynamic = "force-dynamic";

export function GET() {
  return NextResponse.json(
    { status: "ok", version: APP_VERSION, commit: deployedCommit(), uptimeSeconds: Math.round(process.uptime()) },
    { headers: { "cache-control": "no-store" } },
  );
}

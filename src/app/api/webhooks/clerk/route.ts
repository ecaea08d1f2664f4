// POST /api/webhooks/clerk — keep the users table in sync with Clerk (signed by Svix).
import { NextResponse } from "next/server";
import { softDeleteClerkUser, upsertClerkUser } from "@/features/users/db";
import { clerkDeletedPayloadSchema, clerkUserPayloadSchema, profileFromClerkPayload } from "@/features/users/webhook-schemas";
import { routeHandler } from "@/lib/route";
import { verifyClerkWebhook } from "@/services/auth/clerk-webhook";

export const dynamic = "force-dynamic";

export const POST = routeHandler(async (request) => {
  const event = await verifyClerkWebhook(request);
  switch (event.type) {
    case "user.created":
    case "user.updated": {
      const user = await upsertClerkUser(profileFromClerkPayload(clerkUserPayloadSchema.parse(event.data)));
      return NextResponse.json({ received: true, action: "upserted", userId: user.id });
    }
    case "user.deleted": {
      const deleted = await softDeleteClerkUser(clerkDeletedPayloadSchema.parse(event.data).id);
      return NextResponse.json({ received: true, action: deleted ? "soft-deleted" : "unknown-user" });
    }
    default:
      return NextResponse.json({ received: true, action: "ignored" });
  }
}, { caller: "signed" });

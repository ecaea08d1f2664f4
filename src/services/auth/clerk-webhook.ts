import "server-only";
import { verifyWebhook } from "@clerk/nextjs/webhooks";
import { NextRequest } from "next/server";
import { env } from "@/data/env/server";
import { AppError } from "@/lib/errors";

export type VerifiedClerkEvent = { type: string; data: unknown };

/** Verifies the Svix signature of a Clerk webhook; 503 when no signing secret is configured. */
export async function verifyClerkWebhook(request: Request): Promise<VerifiedClerkEvent> {
  if (!env.CLERK_WEBHOOK_SIGNING_SECRET) {
    throw new AppError("UNAVAILABLE", "Clerk webhooks are not configured (CLERK_WEBHOOK_SIGNING_SECRET is not set).");
  }
  try {
    const event = await verifyWebhook(new NextRequest(request), { signingSecret: env.CLERK_WEBHOOK_SIGNING_SECRET });
    return { type: event.type, data: event.data };
  } catch (error) {
    throw new AppError("BAD_REQUEST", "The webhook signature is missing or invalid.", {
      cause: error instanceof Error ? error.message : String(error),
    });
  }
}

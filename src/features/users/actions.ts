"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { checkSameOrigin } from "@/lib/security/same-origin";
import { createRateLimiter } from "@/services/redis/rate-limit";
import { isClerkEnabled } from "@/services/auth/config";
import { endDevSession, startDevSession } from "@/services/auth/dev-session";
import { insertLocalDevUser, selectActiveUserById } from "./db";
import { createLocalUserSchema, signInAsUserSchema } from "./schemas";

function assertDevSignInEnabled() {
  if (isClerkEnabled()) throw new AppError("FORBIDDEN", "The development sign-in is off: this deployment uses Clerk.");
}

// Creating accounts is cheap to abuse: ten per address per ten minutes.
const localAccountLimiter = createRateLimiter({ prefix: "dev-local-account", limit: 10, windowSeconds: 600 });

const nextField = z.object({ next: z.string().optional() });

export const signInAsDemoUserAction = validatedAction(
  "signInAsDemoUser",
  signInAsUserSchema.extend(nextField.shape),
  async ({ userId, next }) => {
    assertDevSignInEnabled();
    const user = await selectActiveUserById(userId);
    // Only seeded demo users can be picked by id; local users sign in by creating themselves.
    if (!user || !user.isDemo || user.authProvider !== "dev") throw new AppError("NOT_FOUND", "That demo user does not exist.");
    await startDevSession(user.id);
    redirect(safeRedirectPath(next));
  },
);

export const createLocalUserAction = validatedAction(
  "createLocalUser",
  createLocalUserSchema.extend(nextField.shape),
  async ({ next, ...input }) => {
    assertDevSignInEnabled();
    await enforceRateLimit(localAccountLimiter, rateLimitIdentity(null, await headers()));
    const user = await insertLocalDevUser(input);
    await startDevSession(user.id);
    redirect(safeRedirectPath(next));
  },
);

export async function signOutAction(): Promise<void> {
  // A forged cross-site sign-out changes nothing (src/lib/security/same-origin.ts).
  if (!checkSameOrigin(await headers()).ok) return;
  if (!isClerkEnabled()) await endDevSession();
  redirect("/");
}

"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { requireUser } from "@/services/auth/current-user";
import { createRateLimiter } from "@/services/redis/rate-limit";
import { joinClassByCode } from "./db";
import { joinCodeSchema } from "./schemas";

// Join codes are short secrets: limit guessing to twenty tries per person per ten minutes.
const joinClassLimiter = createRateLimiter({ prefix: "join-class", limit: 20, windowSeconds: 600 });

/** Joins a class by its code (joining again is harmless) and opens the class page. */
export const joinClassAction = validatedAction("joinClass", z.object({ joinCode: joinCodeSchema }), async ({ joinCode }) => {
  const learner = await requireUser();
  await enforceRateLimit(joinClassLimiter, rateLimitIdentity(learner, await headers()));
  const joined = await joinClassByCode(learner, joinCode);
  redirect(`/classes/${joined.classId}`);
});

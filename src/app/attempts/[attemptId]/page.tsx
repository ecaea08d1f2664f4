import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AttemptPlayer } from "@/features/attempts/components/attempt-player";
import { AttemptReview } from "@/features/attempts/components/attempt-review";
import { selectAttemptForLearner } from "@/features/attempts/db-view";
import { AppError } from "@/lib/errors";
import { getCurrentUser } from "@/services/auth/current-user";
import { isAiConfigured } from "@/services/openai/config";

export const metadata: Metadata = { title: "Test attempt" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Params = { params: Promise<{ attemptId: string }> };

/** The player while the attempt is in progress; its review once it is not (the view closes an overdue attempt first). */
export default async function AttemptPage({ params }: Params) {
  const { attemptId } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/attempts/${attemptId}`)}`);
  if (!UUID.test(attemptId)) notFound();
  const view = await selectAttemptForLearner(user, attemptId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (view.attempt.state !== "in_progress") return <AttemptReview view={view} />;
  return <AttemptPlayer view={view} answersFinalOnSave={view.test.answersAreFinal} aiEnabled={isAiConfigured()} />;
}

"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { aiGradeAttemptAction } from "@/features/ai-grading/actions";
import { aiGradingOutcomeMessage } from "@/features/ai-grading/lib/grade-display";

type Asked = { result: Awaited<ReturnType<typeof aiGradeAttemptAction>>; learnerName: string };

async function askAi(_previous: Asked | null, formData: FormData): Promise<Asked> {
  return { result: await aiGradeAttemptAction(null, formData), learnerName: String(formData.get("learnerName") ?? "") };
}

/**
 * "Grade with AI" for an essay without an AI grade. Rendered at the same place whether or not a
 * grade exists, so the outcome stays on screen after the page refreshes with the suggestion (or,
 * when the test released the mark, with the next answer).
 */
export function AiGradeButton({ attemptId, learnerName, canRequest }: { attemptId: string; learnerName: string; canRequest: boolean }) {
  const [asked, formAction, pending] = useActionState(askAi, null);
  const result = asked?.result ?? null;
  const here = result?.ok && result.data.attemptId === attemptId;
  const releasedElsewhere = result?.ok && result.data.attemptId !== attemptId && result.data.released > 0;
  return (
    <div className="flex flex-col items-start gap-2">
      <p role="status" className="text-sm">
        {here ? aiGradingOutcomeMessage(result.data) : ""}
        {releasedElsewhere ? `${asked?.learnerName}: ${aiGradingOutcomeMessage(result.data)}` : ""}
      </p>
      {canRequest ? (
        <form action={formAction} className="flex flex-col items-start gap-2">
          <input type="hidden" name="attemptId" value={attemptId} />
          <input type="hidden" name="learnerName" value={learnerName} />
          <button type="submit" disabled={pending} className={buttonClasses("secondary")}>
            {pending ? "Grading with AI…" : "Grade with AI"}
          </button>
          <FormError state={result && !result.ok && result.values?.attemptId === attemptId ? result : null} />
        </form>
      ) : null}
    </div>
  );
}

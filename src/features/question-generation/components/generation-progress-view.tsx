import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { QUESTION_TYPE_LABELS } from "@/features/questions/schemas";
import { plainTextPreview } from "@/features/questions/components/stem-preview";
import { draftStatusText, outcomeText, progressText, type GenerationProgress } from "./generation-progress";

/** The drafts as they arrive, a progress bar, and at the end what is ready or why it stopped. */
export function GenerationProgressView({ progress, draftsHref }: { progress: GenerationProgress; draftsHref: string }) {
  if (progress.phase === "idle") return null;
  const outcome = outcomeText(progress);
  const kept = progress.phase === "done" ? progress.pending + progress.rejected > 0 : (progress.failure?.saved ?? 0) > 0;
  // A refusal (AI off, rate limit) comes before anything started: no progress to show then.
  const refused = progress.phase === "failed" && progress.failure?.saved === null;
  return (
    <section aria-labelledby="generation-progress-heading" className="flex flex-col gap-3 rounded-lg border border-border bg-card p-4">
      <h2 id="generation-progress-heading" className="text-lg font-semibold">
        {progress.lessonTitle ? `Drafts from ${progress.lessonTitle}` : "Drafts"}
      </h2>
      {refused ? null : (
        <div className="flex flex-col gap-1">
          {progress.phase === "starting" ? (
            <progress aria-label="Drafts generated" className="h-2 w-full" />
          ) : (
            <progress aria-label="Drafts generated" value={progress.drafts.length} max={Math.max(progress.total, 1)} className="h-2 w-full" />
          )}
          <p role="status" aria-live="polite" className="text-sm">
            {progressText(progress)}
          </p>
        </div>
      )}
      {progress.drafts.length > 0 ? (
        <ol className="flex flex-col divide-y divide-border">
          {progress.drafts.map((draft) => (
            <li key={draft.id} className="flex flex-col gap-1 py-2 text-sm">
              <p>
                <span className="font-medium">{QUESTION_TYPE_LABELS[draft.body.type]}:</span> {plainTextPreview(draft.body.stem, 240)}
              </p>
              <p className={draft.status === "pending" ? "text-muted-fg" : "text-danger"}>{draftStatusText(draft)}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {outcome ? (
        <p role={progress.phase === "failed" ? "alert" : "status"} className={progress.phase === "failed" ? "text-sm text-danger" : "text-sm font-medium"}>
          {outcome}
        </p>
      ) : null}
      {kept ? (
        <Link href={draftsHref} className={buttonClasses("primary", "self-start")}>
          Review the drafts
        </Link>
      ) : null}
    </section>
  );
}

import type { GenerationEvent } from "../types";

export type ReceivedDraft = Extract<GenerationEvent, { type: "draft" }>["draft"];

export type GenerationProgress = {
  phase: "idle" | "starting" | "running" | "done" | "failed";
  total: number;
  lessonTitle: string;
  drafts: ReceivedDraft[];
  pending: number;
  rejected: number;
  /** Why generation stopped early, and how many drafts were kept before it did (null: it never started). */
  failure: { message: string; saved: number | null } | null;
};

export const idleProgress: GenerationProgress = { phase: "idle", total: 0, lessonTitle: "", drafts: [], pending: 0, rejected: 0, failure: null };

export type ProgressAction =
  | { type: "request" }
  | GenerationEvent
  | { type: "refused"; message: string }
  /** The stream ended (or broke) without a done or error event. */
  | { type: "cut"; message: string };

const countBy = (drafts: ReceivedDraft[]) => ({
  pending: drafts.filter((draft) => draft.status === "pending").length,
  rejected: drafts.filter((draft) => draft.status !== "pending").length,
});

/** Folds the server's events (and the browser's own failures) into what the form shows. */
export function applyProgress(progress: GenerationProgress, action: ProgressAction): GenerationProgress {
  switch (action.type) {
    case "request":
      return { ...idleProgress, phase: "starting" };
    case "start":
      return { ...progress, phase: "running", total: action.total, lessonTitle: action.lessonTitle };
    case "draft": {
      const drafts = [...progress.drafts.filter((draft) => draft.id !== action.draft.id), action.draft];
      return { ...progress, drafts, ...countBy(drafts) };
    }
    case "done":
      return { ...progress, phase: "done", pending: action.pending, rejected: action.rejected };
    case "error":
      return { ...progress, phase: "failed", failure: { message: action.message, saved: action.saved } };
    case "refused":
      return { ...progress, phase: "failed", failure: { message: action.message, saved: null } };
    case "cut":
      if (progress.phase === "done" || progress.phase === "failed") return progress;
      return { ...progress, phase: "failed", failure: { message: action.message, saved: progress.drafts.length } };
  }
}

const drafts = (count: number) => `${count} draft${count === 1 ? "" : "s"}`;

/** "3 of 5 drafts" while generating; "Starting…" before the server has answered. */
export function progressText(progress: GenerationProgress): string {
  if (progress.phase === "starting") return "Starting…";
  return `${progress.drafts.length} of ${drafts(progress.total)}`;
}

export function draftStatusText(draft: Pick<ReceivedDraft, "status" | "problems">): string {
  if (draft.status === "pending") return "Ready for review";
  const reasons = draft.problems.map((problem) => problem.message).join("; ");
  return `Rejected automatically${reasons ? `: ${reasons}` : ""}`;
}

/** The closing line: what is ready, or why it stopped and what was kept. */
export function outcomeText(progress: GenerationProgress): string | null {
  if (progress.phase === "done") {
    const rejected = progress.rejected > 0 ? `; ${drafts(progress.rejected)} rejected automatically` : "";
    return `Finished: ${drafts(progress.pending)} ready for review${rejected}.`;
  }
  if (progress.phase === "failed" && progress.failure) {
    const { message, saved } = progress.failure;
    if (saved === null) return message;
    return `${message} ${saved === 0 ? "No drafts were kept." : `${drafts(saved)} made before it stopped ${saved === 1 ? "was" : "were"} kept.`}`;
  }
  return null;
}

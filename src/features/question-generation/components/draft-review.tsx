"use client";

import Link from "next/link";
import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { approveDraftAction, rejectDraftAction } from "../actions";

type Review = ActionResult<{ decision: "approved" | "rejected"; draftId: string; questionId: string | null }>;
type ReviewContext = { state: Review | null; review: (formData: FormData) => void; pending: boolean };

const DraftReview = createContext<ReviewContext | null>(null);

// Both buttons post one form; the clicked button's "decision" picks the server action.
async function reviewDraft(_previous: Review | null, formData: FormData): Promise<Review> {
  return formData.get("decision") === "approve" ? approveDraftAction(null, formData) : rejectDraftAction(null, formData);
}

function reviewMessage(decision: "approved" | "rejected"): string {
  return decision === "approved" ? "Approved — added to the bank." : "Rejected — the draft will not be added to the bank.";
}

/**
 * Holds the review state above the list: a reviewed draft leaves the list, so its result is
 * announced here (and focus comes here) rather than beside a card that is gone.
 */
export function DraftReviewProvider({ bankHref, initialMessage, children }: { bankHref: string; initialMessage?: string; children: ReactNode }) {
  const [state, review, pending] = useActionState(reviewDraft, null);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.ok) statusRef.current?.focus();
  }, [state]);
  const message = state?.ok ? reviewMessage(state.data.decision) : state ? null : initialMessage;
  return (
    <DraftReview.Provider value={{ state, review, pending }}>
      <div ref={statusRef} tabIndex={-1} role="status" className={message ? "rounded-md border border-border bg-muted p-3 text-sm" : undefined}>
        {message ? (
          <>
            {message}{" "}
            <Link href={bankHref} className="underline">
              Open the question bank
            </Link>
          </>
        ) : null}
      </div>
      {children}
    </DraftReview.Provider>
  );
}

/** Approve / Edit and approve / Reject for a pending draft; "Discard" alone for one the checks rejected. */
export function DraftReviewButtons({ courseId, draftId, editHref, describedBy }: { courseId: string; draftId: string; editHref?: string; describedBy: string }) {
  const context = useContext(DraftReview);
  if (!context) throw new Error("DraftReviewButtons must be inside DraftReviewProvider");
  const { state, review, pending } = context;
  const failed = state && !state.ok && state.values?.draftId === draftId ? state : null;
  return (
    <form action={review} className="flex flex-col gap-2">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="draftId" value={draftId} />
      <div className="flex flex-wrap gap-2">
        {editHref ? (
          <>
            <button type="submit" name="decision" value="approve" disabled={pending} aria-describedby={describedBy} className={buttonClasses("primary")}>
              Approve
            </button>
            <Link href={editHref} aria-describedby={describedBy} className={buttonClasses("secondary")}>
              Edit and approve
            </Link>
          </>
        ) : null}
        <button type="submit" name="decision" value="reject" disabled={pending} aria-describedby={describedBy} className={buttonClasses(editHref ? "ghost" : "secondary")}>
          {editHref ? "Reject" : "Discard"}
        </button>
      </div>
      {failed ? (
        <p role="alert" className="text-sm text-danger">
          {failed.message}
        </p>
      ) : null}
    </form>
  );
}

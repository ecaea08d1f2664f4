"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { submitAttemptAction } from "@/features/attempts/actions";
import { buttonClasses } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { ActionResult } from "@/lib/action";

type Props = {
  attemptId: string;
  /** Question numbers (1-based) without an answer, and those whose last save failed. */
  unanswered: number[];
  unsaved: number[];
  /** Immediate feedback: answered but not checked yet (submitting checks them). */
  unchecked: number[];
  disabled: boolean;
  /** Saves what is waiting (and, when submitting, the unchecked answers); resolves when saved. */
  prepare: (submitting: boolean) => Promise<void>;
  onClosed: (message: string) => void;
  onGoTo: (index: number) => void;
};

const list = (numbers: number[]) => numbers.join(", ");

/** "Submit…" opens a confirmation that lists unanswered and unsaved questions; submitting shows the review. */
export function SubmitAttempt({ attemptId, unanswered, unsaved, unchecked, disabled, prepare, onClosed, onGoTo }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [preparing, setPreparing] = useState(false);
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<never> | null, formData: FormData) => {
    await prepare(true);
    return submitAttemptAction(previous, formData);
  }, null);

  useEffect(() => {
    // Time ran out (or another tab submitted): the attempt page will show the review.
    if (state && !state.ok && state.code === "CONFLICT") onClosed(state.message);
  }, [state, onClosed]);

  async function open() {
    setPreparing(true);
    try {
      await prepare(false);
    } finally {
      setPreparing(false);
    }
    dialog.current?.showModal();
  }

  function goTo(number: number) {
    dialog.current?.close();
    onGoTo(number - 1);
  }

  return (
    <>
      <button type="button" className={buttonClasses("primary", "w-full")} disabled={disabled || preparing} onClick={open}>
        {preparing ? "Saving your answers…" : "Submit…"}
      </button>
      <dialog ref={dialog} aria-labelledby="submit-heading" className="m-auto w-full max-w-md rounded-xl border border-border bg-card p-6 text-fg shadow-lg backdrop:bg-black/40">
        <h2 id="submit-heading" className="text-lg font-semibold">
          Submit this attempt?
        </h2>
        <div className="mt-3 flex flex-col gap-2 text-sm">
          {unanswered.length === 0 ? (
            <p>You have answered every question.</p>
          ) : (
            <div>
              <p>
                {unanswered.length === 1 ? "1 question has" : `${unanswered.length} questions have`} no answer: {list(unanswered)}.
              </p>
              <ul className="mt-1 flex flex-wrap gap-2">
                {unanswered.map((number) => (
                  <li key={number}>
                    <button type="button" className="text-primary underline" onClick={() => goTo(number)}>
                      Go to question {number}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {unchecked.length > 0 ? (
            <p>
              Not checked yet: question{unchecked.length === 1 ? "" : "s"} {list(unchecked)}. Submitting checks {unchecked.length === 1 ? "it" : "them"} as they are.
            </p>
          ) : null}
          {unsaved.length > 0 ? (
            <p className="font-medium text-danger">
              <span aria-hidden="true">⚠ </span>
              Not saved: question{unsaved.length === 1 ? "" : "s"} {list(unsaved)}. Your last change there will not count.
            </p>
          ) : null}
          <p>Once submitted, your answers cannot change.</p>
        </div>
        <form action={formAction} className="mt-5 flex flex-col gap-3">
          <input type="hidden" name="attemptId" value={attemptId} />
          <FormError state={state} />
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className={buttonClasses("secondary")} onClick={() => dialog.current?.close()}>
              Keep working
            </button>
            <button type="submit" className={buttonClasses("primary")} disabled={pending}>
              {pending ? "Submitting…" : "Submit now"}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}

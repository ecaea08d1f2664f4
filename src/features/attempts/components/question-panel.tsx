"use client";

import { useEffect, useRef, type Ref } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { LearnerAttemptView } from "@/features/attempts/db-view";
import { MarkdownHtml } from "@/features/courses/components/markdown-html";
import { draftHasAnswer, type Draft } from "./answer-draft";
import { LocalTime } from "./local-time";
import { QuestionInput } from "./question-input";
import { formatMarks } from "./response-text";
import { SlotFeedback } from "./slot-feedback";
import type { SaveStatus, SlotState } from "./use-attempt-answers";

type Props = {
  headingRef: Ref<HTMLHeadingElement>;
  number: number;
  total: number;
  item: LearnerAttemptView["slots"][number];
  state: SlotState;
  frozen: boolean;
  answersFinalOnSave: boolean;
  /** Photo and voice answers need an AI provider. */
  aiEnabled?: boolean;
  onChange: (draft: Draft) => void;
  onBlur: () => void;
  /** Checks the answer (immediate feedback) or retries a failed save. */
  onSend: () => void;
};

function StatusText({ status, locked }: { status: SaveStatus; locked: boolean }) {
  switch (status.kind) {
    case "idle":
      return <>Not answered yet</>;
    case "saving":
      return <>Saving…</>;
    case "unchecked":
      return <>Not checked yet</>;
    case "saved":
      if (locked) return <>Checked · final</>;
      return status.at ? (
        <>
          Saved · <LocalTime date={status.at} format="time" />
        </>
      ) : (
        <>Saved</>
      );
    case "error":
      return <>{locked ? status.message : `Not saved: ${status.message}`}</>;
  }
}

/** One question: its stem, the answer controls, the save status, and feedback when the view holds it. */
export function QuestionPanel({ headingRef, number, total, item, state, frozen, answersFinalOnSave, aiEnabled = false, onChange, onBlur, onSend }: Props) {
  const stemId = `stem-${item.slot}`;
  const statusId = `status-${item.slot}`;
  const { status, locked } = state;
  const failed = status.kind === "error" && !locked;
  // Checking an answer removes its button: take focus to the verdict so it is read out.
  const feedback = useRef<HTMLDivElement>(null);
  const wasLocked = useRef(locked);
  useEffect(() => {
    if (locked && !wasLocked.current) feedback.current?.focus();
    wasLocked.current = locked;
  }, [locked]);
  return (
    <section aria-labelledby={`question-${item.slot}`} className="flex flex-col gap-4 rounded-xl border border-border bg-card p-5 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`question-${item.slot}`} ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
          Question {number} <span className="text-base font-normal text-muted-fg">of {total}</span>
        </h2>
        <p className="text-sm text-muted-fg">{formatMarks(item.points)}</p>
      </div>
      <div id={stemId}>
        <MarkdownHtml html={item.question.stemHtml} />
      </div>
      <QuestionInput
        slot={item.slot}
        question={item.question}
        draft={state.draft}
        disabled={frozen || locked}
        describedBy={`${stemId} ${statusId}`}
        onChange={onChange}
        onBlur={onBlur}
        aiEnabled={aiEnabled}
      />
      <div className="flex flex-wrap items-center gap-3">
        <p id={statusId} className={failed ? "text-sm font-medium text-danger" : "text-sm text-muted-fg"}>
          {failed ? <span aria-hidden="true">⚠ </span> : null}
          <StatusText status={status} locked={locked} />
        </p>
        {failed && !frozen ? (
          <button type="button" className="text-sm font-medium text-primary underline" onClick={onSend}>
            Try again
          </button>
        ) : null}
      </div>
      {/* Failed saves are announced; routine "Saving…/Saved" stays visible without interrupting typing. */}
      <p role="status" className="sr-only">
        {failed ? `Question ${number} not saved: ${status.message}` : ""}
      </p>
      {answersFinalOnSave && !locked && !frozen ? (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={buttonClasses("primary")}
            disabled={!draftHasAnswer(state.draft)}
            onClick={() => {
              if (status.kind !== "saving") onSend();
            }}
          >
            {status.kind === "saving" ? "Checking…" : "Check answer"}
          </button>
          <p className="text-xs text-muted-fg">A checked answer is final.</p>
        </div>
      ) : null}
      <div ref={feedback} tabIndex={-1} className="outline-none">
        {state.answered ? (
          <SlotFeedback question={item.question} points={item.points} response={answerOf(state, item.response)} review={state.review} pendingGrading={false} />
        ) : null}
      </div>
    </section>
  );
}

/** The response the feedback is about: the saved one (the draft is what was last checked or saved). */
function answerOf(state: SlotState, saved: unknown): unknown {
  if (!state.locked) return saved;
  const draft = state.draft;
  switch (draft.type) {
    case "single_choice":
      return draft.optionId ? { optionId: draft.optionId } : saved;
    case "multiple_choice":
      return { optionIds: draft.optionIds };
    case "true_false":
      return draft.value === null ? saved : { value: draft.value };
    default:
      return saved;
  }
}

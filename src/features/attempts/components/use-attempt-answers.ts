"use client";

import { useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import { saveAnswerAction } from "@/features/attempts/actions";
import type { LearnerQuestion, LearnerSlotReview } from "@/features/attempts/lib/present";
import { answerInputFromDraft, draftFromResponse, draftHasAnswer, saveDelayMs, type Draft } from "./answer-draft";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date | null }
  | { kind: "error"; message: string }
  /** Immediate feedback: answered here but not checked (so not saved) yet. */
  | { kind: "unchecked" };

export type SlotState = { draft: Draft; answered: boolean; review: LearnerSlotReview; status: SaveStatus; locked: boolean };

type InitialSlot = { slot: number; question: LearnerQuestion; response: unknown; answered: boolean; review: LearnerSlotReview };

const OFFLINE_MESSAGE = "Could not reach LearnForge. Check your connection, then try again.";

/**
 * The player's answers: drafts per question, saved through the save action — text after a
 * pause in typing, choices at once — one request at a time so they arrive in order. With
 * immediate feedback nothing saves until the learner checks an answer (it is final then).
 * A save that finds the attempt closed calls onClosed.
 */
export function useAttemptAnswers({
  attemptId,
  initial,
  answersFinalOnSave,
  onClosed,
}: {
  attemptId: string;
  initial: InitialSlot[];
  answersFinalOnSave: boolean;
  onClosed: (message: string) => void;
}) {
  const [slots, setSlots] = useState<Record<number, SlotState>>(() =>
    Object.fromEntries(
      initial.map((item) => [
        item.slot,
        {
          draft: draftFromResponse(item.question, item.response),
          answered: item.answered,
          review: item.review,
          status: item.answered ? { kind: "saved", at: null } : { kind: "idle" },
          locked: answersFinalOnSave && item.answered,
        } satisfies SlotState,
      ]),
    ),
  );
  const drafts = useRef(new Map<number, Draft>());
  const versions = useRef(new Map<number, number>());
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const unchecked = useRef(new Set<number>());
  const inFlight = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const patch = useCallback((slot: number, change: Partial<SlotState>) => {
    setSlots((previous) => (previous[slot] ? { ...previous, [slot]: { ...previous[slot], ...change } } : previous));
  }, []);

  const send = useCallback(
    (slot: number): Promise<void> => {
      const timer = timers.current.get(slot);
      if (timer) clearTimeout(timer);
      timers.current.delete(slot);
      unchecked.current.delete(slot);
      const draft = drafts.current.get(slot);
      const input = draft ? answerInputFromDraft(draft) : null;
      if (!input) return queue.current;
      const version = versions.current.get(slot) ?? 0;
      const isCurrent = () => (versions.current.get(slot) ?? 0) === version;
      patch(slot, { status: { kind: "saving" } });
      inFlight.current += 1;
      const run = async () => {
        const form = new FormData();
        form.set("attemptId", attemptId);
        form.set("slot", String(slot));
        form.set("answer", JSON.stringify(input));
        try {
          const result = await saveAnswerAction(null, form);
          if (!result.ok) {
            if (isCurrent()) patch(slot, { status: { kind: "error", message: result.message } });
          } else if (result.data.kind === "closed") {
            onClosed(result.data.message);
          } else if (result.data.kind === "final") {
            patch(slot, { locked: true, status: { kind: "error", message: result.data.message } });
          } else {
            const { answered, review, savedAt } = result.data;
            patch(slot, { answered, review, locked: answersFinalOnSave && answered, ...(isCurrent() ? { status: { kind: "saved", at: savedAt } } : {}) });
          }
        } catch (error) {
          // Shown beside the question with a retry; the draft is kept.
          console.error("autosave failed", error);
          if (isCurrent()) patch(slot, { status: { kind: "error", message: OFFLINE_MESSAGE } });
        } finally {
          inFlight.current -= 1;
        }
      };
      queue.current = queue.current.then(run);
      return queue.current;
    },
    [attemptId, answersFinalOnSave, onClosed, patch],
  );

  /** The learner changed an answer: keep the draft and schedule its save. */
  const change = useCallback(
    (slot: number, draft: Draft) => {
      drafts.current.set(slot, draft);
      versions.current.set(slot, (versions.current.get(slot) ?? 0) + 1);
      if (answersFinalOnSave) {
        if (draftHasAnswer(draft)) unchecked.current.add(slot);
        else unchecked.current.delete(slot);
        patch(slot, { draft, status: draftHasAnswer(draft) ? { kind: "unchecked" } : { kind: "idle" } });
        return;
      }
      patch(slot, { draft, status: { kind: "saving" } });
      const timer = timers.current.get(slot);
      if (timer) clearTimeout(timer);
      const delay = saveDelayMs(draft);
      if (delay === 0) void send(slot);
      else timers.current.set(slot, setTimeout(() => void send(slot), delay));
    },
    [answersFinalOnSave, patch, send],
  );

  /** Saves a waiting change of one question now (leaving a text box, moving to another question). */
  const flush = useCallback(
    (slot: number) => {
      if (timers.current.has(slot)) void send(slot);
    },
    [send],
  );

  /**
   * Saves every waiting change and resolves when all saves are done. Before a submit or when
   * time runs out, unchecked answers are sent too: they would be lost otherwise.
   */
  const flushAll = useCallback(
    (includeUnchecked: boolean): Promise<void> => {
      for (const slot of [...timers.current.keys()]) void send(slot);
      if (includeUnchecked) for (const slot of [...unchecked.current]) void send(slot);
      return queue.current;
    },
    [send],
  );

  const warnIfUnsaved = useEffectEvent((event: BeforeUnloadEvent) => {
    if (timers.current.size > 0 || inFlight.current > 0) event.preventDefault();
  });
  const saveWaiting = useEffectEvent(() => void flushAll(false));

  // Mount-only: the listeners call the latest callbacks, and only leaving the player flushes.
  useEffect(() => {
    const saveWhenHidden = () => {
      if (document.visibilityState === "hidden") saveWaiting();
    };
    const warn = (event: BeforeUnloadEvent) => warnIfUnsaved(event);
    window.addEventListener("beforeunload", warn);
    document.addEventListener("visibilitychange", saveWhenHidden);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("visibilitychange", saveWhenHidden);
      // Leaving the player (a navigation): send what is waiting rather than drop it.
      saveWaiting();
    };
  }, []);

  return { slots, change, send, flush, flushAll };
}

"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { LearnerAttemptView } from "@/features/attempts/db-view";
import { GRACE_SECONDS } from "@/features/tests/lib/deadline";
import { AttemptTimer } from "./attempt-timer";
import { QuestionNavigator } from "./question-navigator";
import { QuestionPanel } from "./question-panel";
import { SubmitAttempt } from "./submit-attempt";
import { useAttemptAnswers } from "./use-attempt-answers";

type Props = {
  view: LearnerAttemptView;
  /** Immediate feedback: an answer is final once checked, so it is checked on request, not autosaved. */
  answersFinalOnSave: boolean;
  /** An AI provider is configured: essay and short answers may be photographed or spoken. */
  aiEnabled?: boolean;
};

/**
 * The attempt player: one question at a time, a navigator, autosave, a countdown and a
 * submit with confirmation. Everything it shows comes from the learner's view of the
 * attempt; when the attempt closes (submitted, or time ran out) the page shows the review.
 */
export function AttemptPlayer({ view, answersFinalOnSave, aiEnabled = false }: Props) {
  const router = useRouter();
  const [current, setCurrent] = useState(0);
  const [closing, setClosing] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const onClosed = useCallback(
    (message: string) => {
      setClosing(message);
      router.refresh();
    },
    [router],
  );
  const { slots, change, send, flush, flushAll } = useAttemptAnswers({
    attemptId: view.attempt.id,
    initial: view.slots,
    answersFinalOnSave,
    onClosed,
  });

  // Time is up: send what is waiting (the server allows a short grace), then reload once the
  // grace has passed — the server closes the attempt and the page shows the review.
  const [timeUp, setTimeUp] = useState(false);
  const onExpire = useCallback(() => {
    setTimeUp(true);
    void flushAll(true);
  }, [flushAll]);
  useEffect(() => {
    if (!timeUp) return;
    const first = setTimeout(() => router.refresh(), (GRACE_SECONDS + 1) * 1000);
    const again = setInterval(() => router.refresh(), (GRACE_SECONDS + 5) * 1000);
    return () => {
      clearTimeout(first);
      clearInterval(again);
    };
  }, [timeUp, router]);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [current]);

  const goTo = useCallback(
    (index: number) => {
      const leaving = view.slots[current];
      if (leaving) flush(leaving.slot);
      moved.current = true;
      setCurrent(Math.max(0, Math.min(view.slots.length - 1, index)));
    },
    [current, flush, view.slots],
  );

  const frozen = timeUp || closing !== null;
  const total = view.slots.length;
  const item = view.slots[current];
  const state = item ? slots[item.slot] : undefined;
  const numbered = view.slots.map((slot, index) => ({ number: index + 1, state: slots[slot.slot] }));
  const unanswered = numbered.filter(({ state: s }) => !s?.answered && s?.status.kind !== "unchecked").map(({ number }) => number);
  const unchecked = numbered.filter(({ state: s }) => s?.status.kind === "unchecked").map(({ number }) => number);
  const unsaved = numbered.filter(({ state: s }) => s?.status.kind === "error" && !s.locked).map(({ number }) => number);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-sm text-muted-fg">
          {view.course.title} · Attempt {view.attempt.number}
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{view.test.title}</h1>
        {answersFinalOnSave ? (
          <p className="text-sm">This test gives feedback as you go: check each answer when you are sure, as a checked answer is final.</p>
        ) : (
          <p className="text-sm text-muted-fg">Your answers save as you go. You can change them until you submit.</p>
        )}
      </header>

      {closing || timeUp ? (
        <p role="alert" className="rounded-md border border-border bg-muted p-3 text-sm font-medium">
          {closing ?? "Time is up. Your saved answers are being submitted; the review will appear in a moment."}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[1fr_17rem]">
        <div className="flex flex-col gap-4">
          {item && state ? (
            <QuestionPanel
              key={item.slot}
              headingRef={heading}
              number={current + 1}
              total={total}
              item={item}
              state={state}
              frozen={frozen}
              answersFinalOnSave={answersFinalOnSave}
              aiEnabled={aiEnabled}
              onChange={(draft) => change(item.slot, draft)}
              onBlur={() => flush(item.slot)}
              onSend={() => void send(item.slot)}
            />
          ) : null}
          <nav aria-label="Previous and next question" className="flex justify-between gap-3">
            <button type="button" className={buttonClasses("secondary")} disabled={current === 0} onClick={() => goTo(current - 1)}>
              <span aria-hidden="true">←</span> Previous
            </button>
            <button type="button" className={buttonClasses("secondary")} disabled={current >= total - 1} onClick={() => goTo(current + 1)}>
              Next <span aria-hidden="true">→</span>
            </button>
          </nav>
        </div>

        <aside aria-label="Attempt" className="flex flex-col gap-4 lg:sticky lg:top-4 lg:self-start">
          <Card className="flex flex-col gap-4">
            {view.attempt.deadlineAt ? (
              <AttemptTimer key={view.serverNow.toISOString()} deadlineAt={view.attempt.deadlineAt} serverNow={view.serverNow} onExpire={onExpire} />
            ) : (
              <p className="text-sm">No time limit</p>
            )}
            <QuestionNavigator
              items={numbered.map(({ state: s }, index) => ({
                slot: view.slots[index]!.slot,
                answered: Boolean(s?.answered),
                problem: s?.status.kind === "error" && !s.locked,
              }))}
              current={current}
              onSelect={goTo}
            />
            <SubmitAttempt
              attemptId={view.attempt.id}
              unanswered={unanswered}
              unsaved={unsaved}
              unchecked={unchecked}
              disabled={frozen}
              prepare={flushAll}
              onClosed={onClosed}
              onGoTo={goTo}
            />
          </Card>
        </aside>
      </div>
    </div>
  );
}

"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { answerInputFromDraft, draftFromResponse, draftHasAnswer, type Draft } from "@/features/attempts/components/answer-draft";
import { QuestionInput } from "@/features/attempts/components/question-input";
import { SlotFeedback } from "@/features/attempts/components/slot-feedback";
import { MarkdownHtml } from "@/features/courses/components/markdown-html";
import type { ReviewCardView, ReviewCheck } from "@/features/review/types";
import { checkReviewAction, rateReviewAction } from "../actions";
import { RatingButtons } from "./rating-buttons";

type Step = { kind: "answer"; draft: Draft } | { kind: "checked"; check: ReviewCheck; response: unknown } | { kind: "revealed" };

function form(fields: Record<string, string | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) data.set(key, value);
  return data;
}

function firstStep(card: ReviewCardView | null): Step {
  return card?.kind === "question" ? { kind: "answer", draft: draftFromResponse(card.question, null) } : { kind: "answer", draft: { type: "short_text", text: "" } };
}

/** Today's review queue, one card at a time: answer (or recall), see the answer, rate how well you knew it. */
export function ReviewRunner({ initial, initialRemaining }: { initial: ReviewCardView | null; initialRemaining: number }) {
  const [card, setCard] = useState(initial);
  const [remaining, setRemaining] = useState(initialRemaining);
  const [step, setStep] = useState<Step>(() => firstStep(initial));
  const [answerJson, setAnswerJson] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(0);
  const shownAt = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    shownAt.current = performance.now();
    heading.current?.focus();
  }, [card?.cardId, card?.reps]);

  const elapsed = () => String(Math.max(0, Math.round(performance.now() - shownAt.current)));

  if (!card) {
    return (
      <div className="flex flex-col items-start gap-3 rounded-xl border border-border bg-card p-5 shadow-sm">
        <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
          {done > 0 ? `All done for today — ${done} card${done === 1 ? "" : "s"} reviewed` : "Nothing to review today"}
        </h2>
        <p>Cards come back when you are about to forget them. Practise a topic to keep learning in the meantime.</p>
        <Link href="/practice" className={buttonClasses("primary")}>
          Practise
        </Link>
      </div>
    );
  }

  async function check() {
    if (!card || step.kind !== "answer") return;
    const answer = answerInputFromDraft(step.draft);
    if (!answer) return;
    setBusy(true);
    setError(null);
    const json = JSON.stringify(answer);
    const result = await checkReviewAction(null, form({ cardId: card.cardId, answer: json, durationMs: elapsed() }));
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setAnswerJson(json);
    setStep({ kind: "checked", check: result.data, response: answer });
  }

  async function rate(rating: number) {
    if (!card) return;
    setBusy(true);
    setError(null);
    const result = await rateReviewAction(null, form({ cardId: card.cardId, rating: String(rating), reps: String(card.reps), answer: answerJson, durationMs: elapsed() }));
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setDone((count) => count + 1);
    setRemaining(result.data.remaining);
    setAnswerJson(undefined);
    setCard(result.data.next);
    setStep(firstStep(result.data.next));
  }

  const stemId = `review-stem-${card.cardId}`;
  return (
    <section aria-labelledby="review-card" className="flex flex-col gap-4 rounded-xl border border-border bg-card p-5 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="review-card" ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
          {card.kind === "question" ? "Review question" : "Flashcard"}
          {card.starred ? <span className="ml-2 text-base font-normal">★ starred</span> : null}
        </h2>
        <p className="text-sm text-muted-fg" role="status">
          {remaining} left today{card.courseTitle ? ` · ${card.courseTitle}` : ""}
        </p>
      </div>
      <div id={stemId}>
        <MarkdownHtml html={card.kind === "question" ? card.question.stemHtml : card.frontHtml} />
      </div>
      {card.kind === "question" && step.kind === "answer" ? (
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            void check();
          }}
        >
          <QuestionInput slot={1} question={card.question} draft={step.draft} disabled={busy} describedBy={stemId} onChange={(draft) => setStep({ kind: "answer", draft })} onBlur={() => undefined} />
          <button type="submit" className={buttonClasses("primary", "self-start")} disabled={busy || !draftHasAnswer(step.draft)}>
            {busy ? "Checking…" : "Check answer"}
          </button>
        </form>
      ) : null}
      {card.kind === "flashcard" && step.kind === "answer" ? (
        <button type="button" className={buttonClasses("primary", "self-start")} onClick={() => setStep({ kind: "revealed" })}>
          Show answer
        </button>
      ) : null}
      {card.kind === "flashcard" && step.kind === "revealed" ? (
        <div className="rounded-lg border border-border bg-muted/50 p-4">
          <MarkdownHtml html={card.backHtml} />
        </div>
      ) : null}
      {card.kind === "question" && step.kind === "checked" ? (
        <SlotFeedback question={card.question} points={1} response={step.response} review={step.check.review} />
      ) : null}
      {step.kind !== "answer" ? (
        <RatingButtons
          intervals={card.intervals}
          suggested={step.kind === "checked" ? step.check.suggested : null}
          busy={busy}
          onRate={(rating) => void rate(rating)}
        />
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </section>
  );
}

"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { buttonClasses } from "@/components/ui/button";
import { MASTERY_LABELS } from "@/components/charts/mastery-labels";
import { SlotFeedback } from "@/features/attempts/components/slot-feedback";
import type { PracticeFeedback } from "@/features/practice/types";
import { StarQuestionButton } from "@/features/review/components/star-question-button";
import { formatPercent } from "@/components/charts/chart-text";

/** The verdict, explanation and where to read more; then the next question. */
export function PracticeFeedbackPanel({ feedback, mode, onNext }: { feedback: PracticeFeedback; mode: "practice" | "diagnostic"; onNext: () => void }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), [feedback.itemId]);
  const { topic } = feedback;
  const levelChanged = topic.levelBefore !== topic.levelAfter;
  return (
    <div ref={panel} tabIndex={-1} role="group" className="flex flex-col gap-4 outline-none" aria-label="Your result">
      <SlotFeedback question={feedback.question} points={1} response={feedback.response} review={feedback.review} />
      {mode === "practice" ? (
        <p className="text-sm" role="status">
          {topic.name}:{" "}
          {levelChanged ? (
            <>
              <strong>{MASTERY_LABELS[topic.levelAfter]}</strong> (was {MASTERY_LABELS[topic.levelBefore]})
            </>
          ) : (
            <strong>{MASTERY_LABELS[topic.levelAfter]}</strong>
          )}{" "}
          · predicted success {formatPercent(topic.chanceBefore)} → {formatPercent(topic.chanceAfter)}
        </p>
      ) : null}
      {feedback.lesson ? (
        <p className="text-sm">
          {feedback.correct ? "More on this: " : "Read this to see why: "}
          <Link href={feedback.lesson.href} className="font-medium text-primary underline">
            {feedback.lesson.heading === feedback.lesson.lessonTitle ? feedback.lesson.lessonTitle : `${feedback.lesson.heading} — ${feedback.lesson.lessonTitle}`}
          </Link>
          {feedback.readNextQueued ? " (added to Read next on your dashboard)" : ""}
        </p>
      ) : null}
      {feedback.reviewCardAdded ? <p className="text-sm">This question will come back in your review tomorrow.</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={buttonClasses("primary")} onClick={onNext}>
          {mode === "diagnostic" ? "Continue" : "Next question"}
        </button>
        {mode === "practice" ? <StarQuestionButton itemId={feedback.itemId} /> : null}
      </div>
    </div>
  );
}

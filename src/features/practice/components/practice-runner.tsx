"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { answerInputFromDraft, draftFromResponse, draftHasAnswer, type Draft } from "@/features/attempts/components/answer-draft";
import { QuestionInput } from "@/features/attempts/components/question-input";
import { MarkdownHtml } from "@/features/courses/components/markdown-html";
import type { PlacementResult } from "@/features/practice/lib/placement";
import type { PracticeFeedback, ServedQuestion } from "@/features/practice/types";
import { advancePlacementAction, answerPracticeAction, servePracticeAction } from "../actions";
import { PracticeFeedbackPanel } from "./practice-feedback";
import { PlacementSummary } from "./placement-summary";

type Props = {
  courseSlug: string;
  mode: "practice" | "diagnostic";
  /** A topic slug, or "need" for the topic the learner needs most. */
  topicRequest: string;
  initial: ServedQuestion | null;
  initialResult?: PlacementResult | null;
};

type Phase =
  | { kind: "loading" }
  | { kind: "question"; question: ServedQuestion; draft: Draft; shownAt: number; sending: boolean }
  | { kind: "feedback"; question: ServedQuestion; feedback: PracticeFeedback }
  | { kind: "finished"; result: PlacementResult };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/**
 * One practice (or placement) session: a question, the learner's answer, the verdict with the
 * explanation, then the next question — without page loads. The server chooses every question.
 */
export function PracticeRunner({ courseSlug, mode, topicRequest, initial, initialResult }: Props) {
  const [phase, setPhase] = useState<Phase>(() =>
    initialResult ? { kind: "finished", result: initialResult } : initial ? questionPhase(initial) : { kind: "loading" },
  );
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const next = useCallback(async () => {
    setError(null);
    setPhase({ kind: "loading" });
    if (mode === "diagnostic") {
      const result = await advancePlacementAction(null, form({ courseSlug }));
      if (!result.ok) return setError(result.message);
      setPhase(result.data.finished ? { kind: "finished", result: result.data.result } : questionPhase(result.data.question));
    } else {
      const result = await servePracticeAction(null, form({ courseSlug, topic: topicRequest }));
      if (!result.ok) return setError(result.message);
      setPhase(questionPhase(result.data));
    }
  }, [courseSlug, mode, topicRequest]);

  // Nothing open yet: ask the server for the first question.
  const started = useRef(false);
  useEffect(() => {
    if (phase.kind === "loading" && !started.current) {
      started.current = true;
      void next();
    }
  }, [phase.kind, next]);

  // Each new question moves focus to its heading, so it is read out (the verdict panel focuses itself).
  const questionKey = phase.kind === "question" ? phase.question.itemId : null;
  useEffect(() => {
    if (questionKey) heading.current?.focus();
  }, [questionKey]);

  async function check() {
    if (phase.kind !== "question") return;
    const answer = answerInputFromDraft(phase.draft);
    if (!answer) return;
    setError(null);
    setPhase({ ...phase, sending: true });
    const durationMs = String(Math.max(0, Math.round(performance.now() - phase.shownAt)));
    const result = await answerPracticeAction(null, form({ itemId: phase.question.itemId, answer: JSON.stringify(answer), durationMs }));
    if (!result.ok) {
      setError(result.message);
      setPhase({ ...phase, sending: false });
      return;
    }
    setPhase({ kind: "feedback", question: phase.question, feedback: result.data });
  }

  if (phase.kind === "finished") return <PlacementSummary courseSlug={courseSlug} result={phase.result} />;
  if (phase.kind === "loading") {
    return (
      <div className="flex flex-col gap-3" aria-busy="true">
        <p role="status">{error ? "" : "Choosing a question for you…"}</p>
        {error ? <p role="alert" className="text-sm text-danger">{error}</p> : null}
        {error ? (
          <button type="button" className={buttonClasses("secondary", "self-start")} onClick={() => void next()}>
            Try again
          </button>
        ) : null}
      </div>
    );
  }

  const { question } = phase;
  const stemId = `practice-stem-${question.itemId}`;
  return (
    <section aria-labelledby="practice-question" className="flex flex-col gap-4 rounded-xl border border-border bg-card p-5 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="practice-question" ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
          {mode === "diagnostic" ? `Placement question ${(question.placementAnswered ?? 0) + 1}` : question.topic.name}
        </h2>
        <p className="text-sm text-muted-fg">
          {question.reason === "prerequisite" ? `A warm-up from a prerequisite: ${question.topic.name}` : null}
          {mode === "diagnostic" ? `Topic: ${question.topic.name} · stops once we know where you stand (at most 15)` : null}
        </p>
      </div>
      <div id={stemId}>
        <MarkdownHtml html={question.question.stemHtml} />
      </div>
      {phase.kind === "question" ? (
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            void check();
          }}
        >
          <QuestionInput
            slot={1}
            question={question.question}
            draft={phase.draft}
            disabled={phase.sending}
            describedBy={stemId}
            onChange={(draft) => setPhase({ ...phase, draft })}
            onBlur={() => undefined}
          />
          {error ? <p role="alert" className="text-sm text-danger">{error}</p> : null}
          <button type="submit" className={buttonClasses("primary", "self-start")} disabled={phase.sending || !draftHasAnswer(phase.draft)}>
            {phase.sending ? "Checking…" : "Check answer"}
          </button>
        </form>
      ) : (
        <PracticeFeedbackPanel feedback={phase.feedback} mode={mode} onNext={() => void next()} />
      )}
    </section>
  );
}

function questionPhase(question: ServedQuestion): Phase {
  return { kind: "question", question, draft: draftFromResponse(question.question, null), shownAt: performance.now(), sending: false };
}

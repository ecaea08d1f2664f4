"use client";

import { useEffect, useReducer, useRef, useState, type FormEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import { AI_OFF_MESSAGES } from "@/features/ai/messages";
import { readSseEvents } from "@/lib/sse";
import type { GenerationEvent } from "../types";
import { applyProgress, idleProgress } from "./generation-progress";
import { GenerationFields, type Passage } from "./generation-fields";
import { GenerationProgressView } from "./generation-progress-view";
import { generationRequestFromForm, refusalMessage, type GenerationFormErrors, type GenerationRequestBody } from "./generation-request";

/** Asks the AI for question drafts from a lesson's passages and shows each draft as it arrives; drafts wait for review, never go straight to the bank. */
export function GenerationForm({
  courseId,
  lessonId,
  passages,
  topics,
  aiEnabled,
  draftsHref,
}: {
  courseId: string;
  lessonId: string;
  passages: Passage[];
  topics: { slug: string; name: string }[];
  aiEnabled: boolean;
  draftsHref: string;
}) {
  const [progress, dispatch] = useReducer(applyProgress, idleProgress);
  const [errors, setErrors] = useState<GenerationFormErrors>({});
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  // Focus the first problem once it is rendered, so its message is read with it.
  const focusError = useRef(false);
  useEffect(() => {
    if (!focusError.current) return;
    focusError.current = false;
    const first = Object.keys(errors)[0];
    if (first) document.getElementById(`generate-${first}`)?.focus();
  }, [errors]);
  const busy = progress.phase === "starting" || progress.phase === "running";

  async function generate(body: GenerationRequestBody) {
    const controller = new AbortController();
    running.current = controller;
    dispatch({ type: "request" });
    try {
      const response = await fetch("/api/ai/questions/generate", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        dispatch({ type: "refused", message: await refusalMessage(response) });
        return;
      }
      for await (const event of readSseEvents<GenerationEvent>(response.body)) dispatch(event);
      dispatch({ type: "cut", message: "The connection closed before generation finished." });
    } catch (error) {
      // Leaving the page aborts the request: nothing to show then.
      if (controller.signal.aborted) return;
      const message = error instanceof TypeError ? "The connection to the server failed." : "Generation stopped unexpectedly.";
      dispatch({ type: "cut", message });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = generationRequestFromForm(new FormData(event.currentTarget), { courseId, lessonId, passageCount: passages.length });
    if (!checked.ok) {
      focusError.current = true;
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    void generate(checked.body);
  };

  return (
    <div className="flex flex-col gap-6">
      {aiEnabled ? null : <p className="rounded-md border border-border bg-muted p-3 text-sm">{AI_OFF_MESSAGES.question_generation}</p>}
      <form onSubmit={submit} noValidate aria-label="Generate question drafts" className="flex flex-col gap-4">
        <fieldset disabled={!aiEnabled || busy} className="flex flex-col gap-4">
          <legend className="sr-only">What to generate</legend>
          <GenerationFields passages={passages} topics={topics} errors={errors} />
          <button type="submit" className={buttonClasses("primary", "self-start")}>
            {busy ? "Generating…" : "Generate drafts"}
          </button>
        </fieldset>
      </form>
      <GenerationProgressView progress={progress} draftsHref={draftsHref} />
    </div>
  );
}

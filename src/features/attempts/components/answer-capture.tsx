"use client";

import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import { MAX_IMAGE_BYTES } from "@/features/ai/lib/upload-limits";
import { cn } from "@/lib/cn";
import { formatRecordingTime, photoTooLargeMessage, readTranscribeResponse, type Transcript, type UseMode } from "./answer-capture-text";
import { TranscriptReview } from "./transcript-review";
import { MAX_RECORDING_SECONDS, useAnswerRecorder } from "./use-answer-recorder";

const TRANSCRIBE_URL = "/api/ai/transcribe";
const OFFLINE_MESSAGE = "Could not reach LearnForge. Check your connection, then try again.";
const smallButton = buttonClasses("secondary", "min-h-9 px-3 py-1");

type Props = {
  /** Puts the confirmed text in the answer, which then saves like typed text. */
  onUseText: (text: string, mode: UseMode) => void;
  /** The answer already has text: using a transcript asks whether to replace it or add to it. */
  hasAnswer: boolean;
  disabled: boolean;
  aiEnabled: boolean;
};

/**
 * A handwritten (photographed) or spoken answer, read by the AI and shown for the learner to
 * check and correct; only "Use this text" puts it in the answer. The server checks every upload
 * again; the size check here only saves a wasted upload.
 */
export function AnswerCapture({ onUseText, hasAnswer, disabled, aiEnabled }: Props) {
  const recorder = useAnswerRecorder();
  const [uploading, setUploading] = useState(false);
  const [transcript, setTranscript] = useState<Transcript | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const upload = useRef<AbortController | null>(null);

  // Leaving the question drops an upload in flight.
  useEffect(() => () => upload.current?.abort(), []);

  if (!aiEnabled) return <p className="text-xs text-muted-fg">Photo and voice answers need AI, which is off on this server.</p>;

  function begin() {
    setError(null);
    setNotice("");
  }

  async function send(kind: "image" | "audio", file: Blob, filename: string) {
    begin();
    setUploading(true);
    const controller = new AbortController();
    upload.current = controller;
    const form = new FormData();
    form.set("kind", kind);
    form.set("file", file, filename);
    try {
      const response = await fetch(TRANSCRIBE_URL, { method: "POST", body: form, signal: controller.signal });
      const body: unknown = await response.json().catch((parseError: unknown) => {
        console.warn("the transcription answer was not JSON", parseError);
        return null;
      });
      const result = readTranscribeResponse(response.status, body);
      if (result.ok) setTranscript(result.transcript);
      else setError(result.message);
    } catch (failure) {
      if (controller.signal.aborted) return;
      console.error("sending an answer to be read failed", failure);
      setError(OFFLINE_MESSAGE);
    } finally {
      if (upload.current === controller) upload.current = null;
      setUploading(false);
    }
  }

  function choosePhoto(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Choosing the same photo again must fire a change too.
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_IMAGE_BYTES) {
      begin();
      setError(photoTooLargeMessage(file.size, MAX_IMAGE_BYTES));
      return;
    }
    void send("image", file, file.name || "answer.jpg");
  }

  function applyTranscript(mode: UseMode) {
    if (!transcript) return;
    onUseText(transcript.text, mode);
    setTranscript(null);
    setNotice(mode === "append" ? "The text was added to your answer." : "The text is now your answer.");
  }

  const recording = recorder.seconds !== null;
  const idle = !recording && !uploading && !transcript;
  return (
    <div className="flex flex-col gap-2">
      {idle ? (
        <div className="flex flex-wrap items-center gap-2">
          <label className={cn(smallButton, "cursor-pointer has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-primary", disabled && "pointer-events-none opacity-60")}>
            Answer from a photo
            <input type="file" accept="image/png,image/jpeg,image/webp" capture="environment" className="sr-only" disabled={disabled} onChange={choosePhoto} />
          </label>
          {recorder.supported ? (
            <button
              type="button"
              className={smallButton}
              disabled={disabled}
              onClick={() => {
                begin();
                void recorder.start({ onRecorded: (audio, filename) => void send("audio", audio, filename), onError: setError });
              }}
            >
              Record an answer
            </button>
          ) : null}
        </div>
      ) : null}
      {recording ? (
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-sm font-medium">
            <span aria-hidden="true">● </span>Recording {formatRecordingTime(recorder.seconds ?? 0)} of {formatRecordingTime(MAX_RECORDING_SECONDS)}
          </p>
          <button type="button" className={smallButton} onClick={recorder.stop}>
            Stop recording
          </button>
          <button type="button" className={buttonClasses("ghost", "min-h-9 px-3 py-1")} onClick={recorder.cancel}>
            Cancel
          </button>
        </div>
      ) : null}
      {transcript ? (
        <TranscriptReview
          text={transcript.text}
          legible={transcript.legible}
          disabled={disabled}
          hasAnswer={hasAnswer}
          onTextChange={(text) => setTranscript({ ...transcript, text })}
          onUse={applyTranscript}
          onDiscard={() => setTranscript(null)}
        />
      ) : null}
      <p role="status" className="text-sm text-muted-fg">
        {uploading ? "Reading your answer…" : notice}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { MAX_IMAGE_BYTES } from "@/features/ai/lib/file-type";
import { CaptureButtons, smallButton } from "./capture-buttons";
import { formatRecordingTime, photoTooLargeMessage, readTranscribeResponse, type Transcript, type UseMode } from "./answer-capture-text";
import { TranscriptReview } from "./transcript-review";
import { MAX_RECORDING_SECONDS, useAnswerRecorder } from "./use-answer-recorder";

const TRANSCRIBE_URL = "/api/ai/transcribe";
const OFFLINE_MESSAGE = "Could not reach LearnForge. Check your connection, then try again.";

/** The learner's first action, taken in the light shell (answer-capture.tsx) before this panel loaded. */
export type CaptureStart = { kind: "photo"; file: File } | { kind: "record" };

export type AnswerCaptureProps = {
  /** Puts the confirmed text in the answer, which then saves like typed text. */
  onUseText: (text: string, mode: UseMode) => void;
  /** The answer already has text: using a transcript asks whether to replace it or add to it. */
  hasAnswer: boolean;
  disabled: boolean;
};

type Props = AnswerCaptureProps & { start?: CaptureStart };

/**
 * A handwritten (photographed) or spoken answer, read by the AI and shown for the learner to
 * check and correct; only "Use this text" puts it in the answer. The server checks every upload
 * again; the size check here only saves a wasted upload.
 */
export function AnswerCapturePanel({ onUseText, hasAnswer, disabled, start }: Props) {
  const recorder = useAnswerRecorder();
  const [uploading, setUploading] = useState(false);
  const [transcript, setTranscript] = useState<Transcript | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const upload = useRef<AbortController | null>(null);

  // Leaving the question drops an upload in flight.
  useEffect(() => () => upload.current?.abort(), []);

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

  function choosePhoto(file: File) {
    if (file.size > MAX_IMAGE_BYTES) {
      begin();
      setError(photoTooLargeMessage(file.size, MAX_IMAGE_BYTES));
      return;
    }
    void send("image", file, file.name || "answer.jpg");
  }

  function startRecording() {
    begin();
    void recorder.start({ onRecorded: (audio, filename) => void send("audio", audio, filename), onError: setError });
  }

  // The shell hands over the click that loaded this panel; it is acted on once mounted, as the
  // click itself would have been (after the mount, not during it).
  const takeStart = useEffectEvent(() => {
    if (start?.kind === "photo") choosePhoto(start.file);
    else if (start?.kind === "record") startRecording();
  });
  useEffect(() => {
    void Promise.resolve().then(takeStart);
  }, []);

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
      {idle ? <CaptureButtons disabled={disabled} canRecord={recorder.supported} onPhoto={choosePhoto} onRecord={startRecording} /> : null}
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

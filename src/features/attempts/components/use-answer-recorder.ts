"use client";

import { useEffect, useRef, useState } from "react";
import { useRecordingSupported } from "./recording-support";

export const MAX_RECORDING_SECONDS = 180;

type Session = { recorder: MediaRecorder; stream: MediaStream; timer: ReturnType<typeof setInterval>; discard: boolean };
type Handlers = { onRecorded: (audio: Blob, filename: string) => void; onError: (message: string) => void };


function endSession(session: Session | null, discard: boolean) {
  if (!session) return;
  session.discard ||= discard;
  clearInterval(session.timer);
  if (session.recorder.state !== "inactive") session.recorder.stop();
  for (const track of session.stream.getTracks()) track.stop();
}

/**
 * A spoken answer through MediaRecorder (WebM where the browser records it), stopped by the
 * learner or after three minutes. `seconds` is null when not recording. Unmounting releases
 * the microphone and drops the recording.
 */
export function useAnswerRecorder() {
  const supported = useRecordingSupported();
  const [seconds, setSeconds] = useState<number | null>(null);
  const session = useRef<Session | null>(null);

  useEffect(() => () => endSession(session.current, true), []);

  async function start({ onRecorded, onError }: Handlers) {
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (failure) {
      console.warn("the microphone could not be used", failure);
      const refused = failure instanceof DOMException && failure.name === "NotAllowedError";
      onError(refused ? "Microphone access was refused. Allow it in your browser's settings, or answer from a photo or by typing." : "No microphone could be used. Answer from a photo or by typing instead.");
      return;
    }
    const mimeType = MediaRecorder.isTypeSupported("audio/webm") ? "audio/webm" : "";
    const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    const chunks: Blob[] = [];
    const startedAt = Date.now();
    const current: Session = {
      recorder,
      stream,
      discard: false,
      timer: setInterval(() => {
        const elapsed = (Date.now() - startedAt) / 1000;
        if (elapsed >= MAX_RECORDING_SECONDS) endSession(current, false);
        else setSeconds(elapsed);
      }, 500),
    };
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onstop = () => {
      if (session.current === current) session.current = null;
      setSeconds(null);
      if (current.discard) return;
      const type = recorder.mimeType || mimeType || "audio/webm";
      const extension = type.split(";")[0]?.split("/")[1] ?? "webm";
      onRecorded(new Blob(chunks, { type }), `answer.${extension}`);
    };
    session.current = current;
    recorder.start();
    setSeconds(0);
  }

  return {
    supported,
    seconds,
    start,
    stop: () => endSession(session.current, false),
    cancel: () => endSession(session.current, true),
  };
}

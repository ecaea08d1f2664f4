"use client";

import { useState, type ComponentType } from "react";
import type { AnswerCaptureProps, CaptureStart } from "./answer-capture-panel";
import { CaptureButtons } from "./capture-buttons";
import { useRecordingSupported } from "./recording-support";

type Props = AnswerCaptureProps & { aiEnabled: boolean };

type Panel = ComponentType<AnswerCaptureProps & { start?: CaptureStart }>;

/**
 * Answering from a photo or by voice. Until the learner uses it, only its two buttons are on the
 * page; the upload, recording and checking code (answer-capture-panel.tsx) loads on the first
 * click, so a test attempt's first load does not carry it.
 */
export function AnswerCapture({ aiEnabled, ...props }: Props) {
  const canRecord = useRecordingSupported();
  const [loaded, setLoaded] = useState<{ Panel: Panel; start: CaptureStart } | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  if (!aiEnabled) return <p className="text-xs text-muted-fg">Photo and voice answers need AI, which is off on this server.</p>;
  if (loaded) return <loaded.Panel {...props} start={loaded.start} />;

  function open(start: CaptureStart) {
    setLoading(true);
    setFailed(false);
    import("./answer-capture-panel")
      .then((module) => setLoaded({ Panel: module.AnswerCapturePanel, start }))
      .catch((error: unknown) => {
        console.error("the photo and voice answer code could not be loaded", error);
        setFailed(true);
      })
      .finally(() => setLoading(false));
  }

  return (
    <div className="flex flex-col gap-2">
      <CaptureButtons disabled={props.disabled || loading} canRecord={canRecord} onPhoto={(file) => open({ kind: "photo", file })} onRecord={() => open({ kind: "record" })} />
      <p role="status" className="text-sm text-muted-fg">
        {loading ? "Getting ready…" : ""}
      </p>
      {failed ? (
        <p role="alert" className="text-sm text-danger">
          Could not reach LearnForge. Check your connection, then try again.
        </p>
      ) : null}
    </div>
  );
}

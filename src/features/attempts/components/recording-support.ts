"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const recordingSupported = () => typeof MediaRecorder !== "undefined" && Boolean(navigator.mediaDevices?.getUserMedia);

/** Whether this browser can record a spoken answer (false on the server and while hydrating). */
export function useRecordingSupported(): boolean {
  return useSyncExternalStore(noSubscription, recordingSupported, () => false);
}

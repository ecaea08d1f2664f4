/**
 * Pure helpers of the photo and voice answer capture, kept free of zod so the player's bundle
 * stays small.
 */

export type Transcript = { text: string; legible: boolean };
export type UseMode = "replace" | "append";

const FALLBACK_BY_STATUS: Record<number, string> = {
  400: "That file could not be read as an answer. Try another photo or recording.",
  413: "The file is too large. Photos may be 5 MB and recordings 10 MB.",
  429: "Too many photo and voice answers for now. Wait a minute, then try again.",
  503: "Reading photos and recordings is unavailable right now. Type your answer instead, or try again later.",
};

/** The transcript from POST /api/ai/transcribe, or the message to show (the server's own when it sent one). */
export function readTranscribeResponse(status: number, body: unknown): { ok: true; transcript: Transcript } | { ok: false; message: string } {
  const record = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  if (status >= 200 && status < 300 && typeof record.text === "string") {
    return { ok: true, transcript: { text: record.text, legible: record.legible !== false } };
  }
  const error = record.error && typeof record.error === "object" ? (record.error as Record<string, unknown>) : {};
  if (typeof error.message === "string" && error.message) return { ok: false, message: error.message };
  return { ok: false, message: FALLBACK_BY_STATUS[status] ?? "Something went wrong while reading your answer. Try again, or type it." };
}

/** The answer after using a transcript: replaced, or added after the current text, within the limit (one line for a short answer). */
export function mergeTranscript(current: string, text: string, mode: UseMode, options: { separator: string; maxLength: number; singleLine?: boolean }): string {
  const added = options.singleLine ? text.replace(/\s+/g, " ").trim() : text.trim();
  const merged = mode === "append" && current.trim() !== "" ? `${current.trimEnd()}${options.separator}${added}` : added;
  return merged.slice(0, options.maxLength);
}

/** "0:07", "2:45". */
export function formatRecordingTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** "The photo is 6.2 MB; the limit is 5 MB." */
export function photoTooLargeMessage(bytes: number, limitBytes: number): string {
  const mb = (value: number) => Number((value / 1024 / 1024).toFixed(1)).toLocaleString("en");
  return `The photo is ${mb(bytes)} MB; the limit is ${mb(limitBytes)} MB.`;
}

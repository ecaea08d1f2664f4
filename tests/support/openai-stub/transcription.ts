import type { MultipartForm } from "./multipart";
import { transcriptFromAudio } from "./marker";

export class TranscriptionRequestError extends Error {}

export type TranscriptionResult = { kind: "json"; body: unknown } | { kind: "text"; contentType: string; body: string };

/** The marker's text when the upload carries one, else a description of the upload's size. */
export function transcriptOf(data: Buffer): string {
  return transcriptFromAudio(data) ?? `stub transcription of ${data.length} bytes`;
}

/** /v1/audio/transcriptions: `{ text }` in the requested response_format. */
export function transcribe(form: MultipartForm, override?: string): TranscriptionResult {
  const file = form.files.find((candidate) => candidate.name === "file");
  if (!file) throw new TranscriptionRequestError("'file' is required");
  if (!form.fields.model) throw new TranscriptionRequestError("'model' is required");
  const text = override ?? transcriptOf(file.data);
  switch (form.fields.response_format ?? "json") {
    case "text":
      return { kind: "text", contentType: "text/plain", body: text };
    case "srt":
      return { kind: "text", contentType: "text/plain", body: `1\n00:00:00,000 --> 00:00:01,000\n${text}\n` };
    case "vtt":
      return { kind: "text", contentType: "text/vtt", body: `WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n${text}\n` };
    case "verbose_json":
      return { kind: "json", body: { task: "transcribe", language: "english", duration: 1, text, segments: [] } };
    default:
      return { kind: "json", body: { text } };
  }
}

// Test fixtures (audio, images) carry the text the stub should "hear" or "read" behind this marker.
export const TRANSCRIPT_MARKER = "STUB-TRANSCRIPT:";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Text after the marker up to a NUL byte or `end`, or null when the marker is absent. */
function markerTextIn(bytes: Buffer, start = 0, end = bytes.length): string | null {
  const at = bytes.indexOf(TRANSCRIPT_MARKER, start, "latin1");
  if (at < 0 || at >= end) return null;
  const from = at + TRANSCRIPT_MARKER.length;
  const nul = bytes.indexOf(0, from);
  return bytes.subarray(from, nul >= 0 && nul < end ? nul : end).toString("utf8");
}

function stripNonPrintable(text: string): string {
  return text.replace(/[^\P{C}\n\t]/gu, "").trim();
}

/** Walks PNG chunks so the text stops at the end of its chunk rather than running into the CRC. */
function markerTextInPng(bytes: Buffer): string | null {
  let offset = PNG_SIGNATURE.length;
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const dataStart = offset + 8;
    const dataEnd = Math.min(dataStart + length, bytes.length);
    const text = markerTextIn(bytes, dataStart, dataEnd);
    if (text !== null) return text;
    offset = dataEnd + 4;
  }
  return null;
}

/** The marker's text in an audio upload (up to NUL or end of file). */
export function transcriptFromAudio(bytes: Buffer): string | null {
  const text = markerTextIn(bytes);
  return text === null ? null : text.trim();
}

/** The marker's text in an image (PNG chunk-aware), with non-printable characters removed. */
export function transcriptFromImage(bytes: Buffer): string | null {
  const isPng = bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE);
  const text = isPng ? markerTextInPng(bytes) : markerTextIn(bytes);
  return text === null ? null : stripNonPrintable(text);
}

/** Decodes a `data:<mime>;base64,…` URL; other URLs cannot be fetched by the stub. */
export function bytesOfDataUrl(url: string): Buffer | null {
  const match = /^data:[^,]*;base64,(.*)$/s.exec(url);
  return match?.[1] === undefined ? null : Buffer.from(match[1], "base64");
}

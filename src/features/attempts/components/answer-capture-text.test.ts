import { describe, expect, it } from "vitest";
import { formatRecordingTime, mergeTranscript, photoTooLargeMessage, readTranscribeResponse } from "./answer-capture-text";

describe("readTranscribeResponse", () => {
  it("reads a transcript", () => {
    expect(readTranscribeResponse(200, { text: "x = 4", legible: false, kind: "image" })).toEqual({ ok: true, transcript: { text: "x = 4", legible: false } });
  });

  it("shows the server's message, or one for the status when there is none", () => {
    expect(readTranscribeResponse(413, { error: { code: "PAYLOAD_TOO_LARGE", message: "The photo is 7 MB." } })).toEqual({ ok: false, message: "The photo is 7 MB." });
    expect(readTranscribeResponse(503, null)).toEqual({ ok: false, message: expect.stringContaining("unavailable right now") });
    expect(readTranscribeResponse(502, "<html>")).toEqual({ ok: false, message: expect.stringContaining("Something went wrong") });
  });
});

describe("mergeTranscript", () => {
  it("replaces the answer, or adds to it after a separator", () => {
    expect(mergeTranscript("old", " new\n", "replace", { separator: "\n\n", maxLength: 100 })).toBe("new");
    expect(mergeTranscript("First part. ", "Second part.", "append", { separator: "\n\n", maxLength: 100 })).toBe("First part.\n\nSecond part.");
    expect(mergeTranscript("  ", "Only part.", "append", { separator: "\n\n", maxLength: 100 })).toBe("Only part.");
  });

  it("keeps a short answer on one line and within the limit", () => {
    expect(mergeTranscript("a", "b\nc  d", "append", { separator: " ", maxLength: 100, singleLine: true })).toBe("a b c d");
    expect(mergeTranscript("", "abcdef", "replace", { separator: " ", maxLength: 4 })).toBe("abcd");
  });
});

describe("formatting", () => {
  it("formats recording time and the photo size message", () => {
    expect(formatRecordingTime(7.9)).toBe("0:07");
    expect(formatRecordingTime(165)).toBe("2:45");
    expect(photoTooLargeMessage(6.2 * 1024 * 1024, 5 * 1024 * 1024)).toBe("The photo is 6.2 MB; the limit is 5 MB.");
  });
});

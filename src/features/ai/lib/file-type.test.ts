import { describe, expect, it } from "vitest";
import { checkUpload, MAX_AUDIO_BYTES, MAX_IMAGE_BYTES, sniffAudio, sniffImage } from "./file-type";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...part].map((char) => char.charCodeAt(0)) : part)));

// The first bytes of real files, as written by common encoders and cameras.
const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], "IHDR");
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0]);
const webp = bytes("RIFF", [0x24, 0x08, 0x00, 0x00], "WEBPVP8 ");
const webm = bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]);
const ogg = bytes("OggS", [0x00, 0x02]);
const m4a = bytes([0x00, 0x00, 0x00, 0x20], "ftypM4A ", [0, 0, 0, 0]);
const heic = bytes([0x00, 0x00, 0x00, 0x18], "ftypheic", [0, 0, 0, 0]);
const wav = bytes("RIFF", [0x24, 0x08, 0x00, 0x00], "WAVEfmt ");
const id3 = bytes("ID3", [0x04, 0x00, 0x00]);
const mp3Frame = bytes([0xff, 0xfb, 0x90, 0x64]);
const textFile = bytes("just some notes, saved as photo.png\n");

const padded = (header: Uint8Array, length: number) => {
  const file = new Uint8Array(length);
  file.set(header);
  return file;
};

describe("sniffImage", () => {
  it("recognises PNG, JPEG and WebP by their first bytes", () => {
    expect(sniffImage(png)).toBe("image/png");
    expect(sniffImage(jpeg)).toBe("image/jpeg");
    expect(sniffImage(webp)).toBe("image/webp");
  });

  it("rejects a text file whatever it is named, and other formats", () => {
    expect(sniffImage(textFile)).toBeNull();
    expect(sniffImage(bytes("GIF89a"))).toBeNull();
    expect(sniffImage(wav)).toBeNull();
    expect(sniffImage(heic)).toBeNull();
  });

  it("rejects headers cut short", () => {
    expect(sniffImage(png.subarray(0, 7))).toBeNull();
    expect(sniffImage(jpeg.subarray(0, 2))).toBeNull();
    expect(sniffImage(webp.subarray(0, 11))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });
});

describe("sniffAudio", () => {
  it("recognises WebM, Ogg, MP4, WAV and MP3 (with an ID3 tag or a bare frame)", () => {
    expect(sniffAudio(webm)).toBe("audio/webm");
    expect(sniffAudio(ogg)).toBe("audio/ogg");
    expect(sniffAudio(m4a)).toBe("audio/mp4");
    expect(sniffAudio(wav)).toBe("audio/wav");
    expect(sniffAudio(id3)).toBe("audio/mpeg");
    expect(sniffAudio(mp3Frame)).toBe("audio/mpeg");
    expect(sniffAudio(bytes([0xff, 0xe3, 0x18]))).toBe("audio/mpeg"); // MPEG 2.5, layer III
  });

  it("rejects images, text, AAC's ADTS header and two-byte noise that only looks like a frame sync", () => {
    expect(sniffAudio(webp)).toBeNull();
    expect(sniffAudio(jpeg)).toBeNull();
    expect(sniffAudio(heic)).toBeNull();
    expect(sniffAudio(textFile)).toBeNull();
    expect(sniffAudio(bytes([0xff, 0xf1, 0x50, 0x80]))).toBeNull(); // ADTS: layer bits 00
    expect(sniffAudio(bytes([0xff, 0xfb, 0xf0]))).toBeNull(); // bitrate index 1111 is invalid
    expect(sniffAudio(bytes([0xff, 0xfb, 0x0c]))).toBeNull(); // sample-rate index 11 is reserved
  });

  it("rejects headers cut short", () => {
    expect(sniffAudio(webm.subarray(0, 3))).toBeNull();
    expect(sniffAudio(m4a.subarray(0, 7))).toBeNull();
    expect(sniffAudio(m4a.subarray(0, 11))).toBeNull();
    expect(sniffAudio(wav.subarray(0, 11))).toBeNull();
    expect(sniffAudio(mp3Frame.subarray(0, 2))).toBeNull();
  });
});

describe("checkUpload", () => {
  it("accepts an image of exactly the limit and refuses one byte more", () => {
    expect(checkUpload(padded(png, MAX_IMAGE_BYTES), "image")).toEqual({ ok: true, mime: "image/png" });
    expect(checkUpload(padded(png, MAX_IMAGE_BYTES + 1), "image")).toEqual({
      ok: false,
      code: "TOO_LARGE",
      message: "The photo is just over 5 MB; the limit is 5 MB.",
    });
  });

  it("says how large a file is, to one decimal place", () => {
    const result = checkUpload(padded(jpeg, Math.round(6.2 * 1024 * 1024)), "image");
    expect(result).toEqual({ ok: false, code: "TOO_LARGE", message: "The photo is 6.2 MB; the limit is 5 MB." });
    expect(checkUpload(padded(wav, 2048), "audio", 1024)).toMatchObject({ message: "The recording is 2 KB; the limit is 1 KB." });
  });

  it("uses the audio limit for recordings", () => {
    expect(checkUpload(padded(webm, MAX_AUDIO_BYTES), "audio")).toEqual({ ok: true, mime: "audio/webm" });
    expect(checkUpload(padded(webm, MAX_AUDIO_BYTES + 1), "audio")).toMatchObject({ ok: false, code: "TOO_LARGE" });
  });

  it("refuses an empty file before looking at its type", () => {
    expect(checkUpload(new Uint8Array(), "image")).toEqual({ ok: false, code: "EMPTY", message: "The photo is empty." });
    expect(checkUpload(new Uint8Array(), "audio")).toMatchObject({ code: "EMPTY", message: "The recording is empty." });
  });

  it("refuses a file whose bytes are not an accepted format, naming the formats", () => {
    expect(checkUpload(textFile, "image")).toEqual({ ok: false, code: "UNSUPPORTED", message: "That file is not a PNG, JPEG or WebP image." });
    expect(checkUpload(png, "audio")).toEqual({ ok: false, code: "UNSUPPORTED", message: "That file is not a WebM, Ogg, MP4, WAV or MP3 recording." });
  });

  it("rejects a limit that is not a positive whole number", () => {
    expect(() => checkUpload(png, "image", 0)).toThrow(RangeError);
  });
});

/**
 * Upload checks by content, never by file name or the browser's Content-Type: both are whatever
 * the sender says. Only formats the AI providers accept pass.
 */
export type ImageMime = "image/png" | "image/jpeg" | "image/webp";
export type AudioMime = "audio/webm" | "audio/ogg" | "audio/mp4" | "audio/wav" | "audio/mpeg";
export type UploadKind = "image" | "audio";
export type UploadCheck<M extends string> = { ok: true; mime: M } | { ok: false; code: "EMPTY" | "TOO_LARGE" | "UNSUPPORTED"; message: string };

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_AUDIO_BYTES = 10 * 1024 * 1024;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const EBML = [0x1a, 0x45, 0xdf, 0xa3];
// ISO-BMFF brands of still images (HEIC, AVIF): an "ftyp" box, but not a recording.
const IMAGE_BRANDS = new Set(["avif", "avis", "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"]);

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
}

function hasAscii(bytes: Uint8Array, text: string, offset = 0): boolean {
  return startsWith(bytes, [...text].map((char) => char.charCodeAt(0)), offset);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

export function sniffImage(bytes: Uint8Array): ImageMime | null {
  if (startsWith(bytes, PNG)) return "image/png";
  if (startsWith(bytes, JPEG)) return "image/jpeg";
  if (hasAscii(bytes, "RIFF") && hasAscii(bytes, "WEBP", 8)) return "image/webp";
  return null;
}

export function sniffAudio(bytes: Uint8Array): AudioMime | null {
  if (startsWith(bytes, EBML)) return "audio/webm";
  if (hasAscii(bytes, "OggS")) return "audio/ogg";
  if (hasAscii(bytes, "ftyp", 4) && bytes.length >= 12 && !IMAGE_BRANDS.has(ascii(bytes, 8, 12))) return "audio/mp4";
  if (hasAscii(bytes, "RIFF") && hasAscii(bytes, "WAVE", 8)) return "audio/wav";
  if (hasAscii(bytes, "ID3") || isMpegFrameHeader(bytes)) return "audio/mpeg";
  return null;
}

/**
 * An MPEG audio frame header: 11 sync bits (FF Ex / FF Fx), then a version and layer that are not
 * "reserved", a bitrate index that is not "bad" and a known sample rate. The extra checks keep
 * two-byte noise and AAC's ADTS header (layer 00) from passing as MP3.
 */
function isMpegFrameHeader(bytes: Uint8Array): boolean {
  const [sync = 0, versionAndLayer = 0, rates = 0] = bytes;
  if (bytes.length < 3 || sync !== 0xff || (versionAndLayer & 0xe0) !== 0xe0) return false;
  const version = (versionAndLayer >> 3) & 0b11;
  const layer = (versionAndLayer >> 1) & 0b11;
  return version !== 0b01 && layer !== 0b00 && rates >> 4 !== 0b1111 && ((rates >> 2) & 0b11) !== 0b11;
}

const NOUN: Record<UploadKind, string> = { image: "photo", audio: "recording" };
const UNSUPPORTED: Record<UploadKind, string> = {
  image: "That file is not a PNG, JPEG or WebP image.",
  audio: "That file is not a WebM, Ogg, MP4, WAV or MP3 recording.",
};

export function checkUpload(bytes: Uint8Array, kind: "image", maxBytes?: number): UploadCheck<ImageMime>;
export function checkUpload(bytes: Uint8Array, kind: "audio", maxBytes?: number): UploadCheck<AudioMime>;
export function checkUpload(bytes: Uint8Array, kind: UploadKind, maxBytes?: number): UploadCheck<ImageMime | AudioMime>;
export function checkUpload(bytes: Uint8Array, kind: UploadKind, maxBytes = kind === "image" ? MAX_IMAGE_BYTES : MAX_AUDIO_BYTES): UploadCheck<ImageMime | AudioMime> {
  if (!Number.isInteger(maxBytes) || maxBytes < 1) throw new RangeError(`maxBytes must be a positive whole number, not ${maxBytes}`);
  if (bytes.length === 0) return { ok: false, code: "EMPTY", message: `The ${NOUN[kind]} is empty.` };
  if (bytes.length > maxBytes) {
    const limit = formatSize(maxBytes);
    const size = formatSize(bytes.length);
    // "6 MB; the limit is 6 MB" would read as allowed: say it is over.
    const shown = size === limit ? `just over ${size}` : size;
    return { ok: false, code: "TOO_LARGE", message: `The ${NOUN[kind]} is ${shown}; the limit is ${limit}.` };
  }
  const mime = kind === "image" ? sniffImage(bytes) : sniffAudio(bytes);
  return mime ? { ok: true, mime } : { ok: false, code: "UNSUPPORTED", message: UNSUPPORTED[kind] };
}

/** Binary units, as the limits are (5 MB = 5 × 1024 × 1024 bytes), to one decimal place. */
function formatSize(bytes: number): string {
  const [amount, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), "MB"] : bytes >= 1024 ? [bytes / 1024, "KB"] : [bytes, bytes === 1 ? "byte" : "bytes"];
  return `${Math.round(amount * 10) / 10} ${unit}`;
}

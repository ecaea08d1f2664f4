/** Upload size limits, apart from the byte sniffing in file-type.ts so the browser's size check does not load it. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_AUDIO_BYTES = 10 * 1024 * 1024;

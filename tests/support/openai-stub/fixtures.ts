import { crc32, deflateSync } from "node:zlib";
import { TRANSCRIPT_MARKER } from "./marker";

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A valid 1×1 grey PNG whose tEXt chunk tells the stub what handwriting it "reads" (none without `text`). */
export function pngWithTranscript(text?: string): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, default compression/filter/interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    ...(text === undefined ? [] : [pngChunk("tEXt", Buffer.from(`Comment\0${TRANSCRIPT_MARKER}${text}`, "utf8"))]),
    pngChunk("IDAT", deflateSync(Buffer.from([0, 0x80]))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Bytes standing in for a recording: some noise, the marker and the words the stub "hears". */
export function audioWithTranscript(text: string): Buffer {
  return Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x00, 0x01]), Buffer.from(`${TRANSCRIPT_MARKER}${text}`, "utf8"), Buffer.from([0, 0xff, 0x10])]);
}

export function pngDataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString("base64")}`;
}

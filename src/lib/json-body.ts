import { AppError } from "./errors";
import { declaredLength } from "./security/body-limits";

const tooLarge = (maxBytes: number, declared?: number) =>
  new AppError(
    "PAYLOAD_TOO_LARGE",
    declared === undefined
      ? `The request is larger than ${maxBytes.toLocaleString("en")} bytes.`
      : `The request is ${declared.toLocaleString("en")} bytes; the limit is ${maxBytes.toLocaleString("en")}.`,
  );

/**
 * A request body as bytes, never more than `maxBytes` in memory: a declared Content-Length over
 * the limit is refused before reading, and a streamed body (no Content-Length) is cut off as
 * soon as it passes the limit.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = declaredLength(request.headers);
  if (declared !== null && declared > maxBytes) throw tooLarge(maxBytes, declared);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // The rest of the body is discarded either way; a failed cancel has nothing to report.
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Reads a JSON request body, refusing oversized or malformed bodies with a specific error before any work. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const text = new TextDecoder().decode(await readBodyBytes(request, maxBytes));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}

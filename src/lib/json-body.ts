import { AppError } from "./errors";

/** Reads a JSON request body, refusing oversized or malformed bodies with a specific error before any work. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `The request is ${declared.toLocaleString("en")} bytes; the limit is ${maxBytes.toLocaleString("en")}.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `The request is larger than ${maxBytes.toLocaleString("en")} bytes.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}

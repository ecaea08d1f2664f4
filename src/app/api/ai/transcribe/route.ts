// POST /api/ai/transcribe — a photographed or spoken answer as text, for the learner to confirm (multipart: kind, file).
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { readBodyBytes } from "@/lib/json-body";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { routeHandler } from "@/lib/route";
import { requireUser } from "@/services/auth/current-user";
import { MAX_AUDIO_BYTES } from "@/features/ai/lib/file-type";
import { aiRateLimiters } from "@/features/ai/limits";
import { transcribeAnswer } from "@/features/transcription/transcribe";

export const dynamic = "force-dynamic";
// Room for the provider timeout (OPENAI_TIMEOUT_MS, 30 s) and its retries before the platform ends the function.
export const maxDuration = 120;

const kindSchema = z.enum(["image", "audio"], { error: "kind must be image or audio" });
// Multipart framing adds a little to the file itself.
const BODY_MAX = MAX_AUDIO_BYTES + 64 * 1024;

export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  // A declared size over the limit is refused before reading; a streamed one is cut off at the limit.
  const body = await readBodyBytes(request, BODY_MAX).catch((error: unknown) => {
    throw error instanceof AppError && error.code === "PAYLOAD_TOO_LARGE" ? new AppError("PAYLOAD_TOO_LARGE", "The upload is too large: photos may be 5 MB and recordings 10 MB.") : error;
  });
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "Send the file as multipart/form-data with the fields kind and file.");
  }
  const kind = kindSchema.parse(form.get("kind"));
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError("BAD_REQUEST", "No file was attached.");
  await enforceRateLimit(aiRateLimiters.transcription, rateLimitIdentity(user, request.headers));
  const transcript = await transcribeAnswer(user, kind, new Uint8Array(await file.arrayBuffer()));
  return NextResponse.json(transcript, { headers: { "cache-control": "no-store" } });
});

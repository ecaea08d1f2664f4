import { toFile } from "openai";
import { toAiCallError, type TokenUsage } from "./errors";
import type { OpenAiClient } from "./client";

/** Speech to text; the provider reports no tokens for audio, so usage is estimated from the text. */
export async function transcribeAudio(
  client: OpenAiClient,
  model: string,
  audio: { bytes: Uint8Array; mime: string; filename: string },
): Promise<{ text: string; usage: TokenUsage }> {
  try {
    const file = await toFile(audio.bytes, audio.filename, { type: audio.mime });
    const result = await client.audio.transcriptions.create({ model, file });
    return { text: result.text, usage: { inputTokens: Math.ceil(audio.bytes.length / 4_000), outputTokens: Math.ceil(result.text.length / 4) } };
  } catch (error) {
    throw toAiCallError(error);
  }
}

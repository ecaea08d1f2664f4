// Deterministic bag-of-words embeddings: texts that share words point the same way.
import { estimateTokens } from "./text";

export const DEFAULT_DIMENSIONS = 1536;

export class EmbeddingRequestError extends Error {}

/** Crude stemming so "plants"/"plant" and "growing"/"grow" land in the same bucket. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** Each stemmed word adds ±1 to one bucket; the sum is L2-normalised (empty text → bucket 0). */
export function embedText(text: string, dimensions: number): Float32Array {
  const sums = new Float64Array(dimensions);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const hash = fnv1a(stem(word));
    const sign = Math.imul(hash, 0x9e3779b1) >>> 31 === 1 ? -1 : 1;
    sums[hash % dimensions] = (sums[hash % dimensions] ?? 0) + sign;
  }
  const norm = Math.sqrt(sums.reduce((total, value) => total + value * value, 0));
  if (norm === 0) {
    const unit = new Float32Array(dimensions);
    unit[0] = 1;
    return unit;
  }
  return Float32Array.from(sums, (value) => value / norm);
}

/** Little-endian float32 bytes, base64 — what the SDK decodes when it asks for base64. */
function toBase64(vector: Float32Array): string {
  const bytes = Buffer.alloc(vector.length * 4);
  vector.forEach((value, i) => bytes.writeFloatLE(value, i * 4));
  return bytes.toString("base64");
}

function inputsOf(input: unknown): string[] {
  if (typeof input === "string") return [input];
  if (Array.isArray(input) && input.length > 0) {
    // Token-id inputs carry no words; their ids stand in for words so equal ids still match.
    if (input.every((item) => typeof item === "number")) return [input.join(" ")];
    return input.map((item) => (typeof item === "string" ? item : Array.isArray(item) ? item.join(" ") : String(item)));
  }
  throw new EmbeddingRequestError("'input' must be a non-empty string or array");
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

/** The /v1/embeddings response body, honouring `dimensions` and `encoding_format`. */
export function embeddingsResponse(body: unknown) {
  const { input, model, dimensions = DEFAULT_DIMENSIONS, encoding_format: encoding = "float" } = asRecord(body);
  if (typeof model !== "string") throw new EmbeddingRequestError("'model' is required");
  if (typeof dimensions !== "number" || !Number.isInteger(dimensions) || dimensions < 1) throw new EmbeddingRequestError("'dimensions' must be a positive integer");
  if (encoding !== "float" && encoding !== "base64") throw new EmbeddingRequestError("'encoding_format' must be 'float' or 'base64'");
  const texts = inputsOf(input);
  const data = texts.map((text, index) => {
    const vector = embedText(text, dimensions);
    const embedding = encoding === "base64" ? toBase64(vector) : Array.from(vector);
    return { object: "embedding", index, embedding };
  });
  const tokens = texts.reduce((sum, text) => sum + estimateTokens(text), 0);
  return { object: "list", data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

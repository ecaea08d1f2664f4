import type { AppError } from "@/lib/errors";

/** What each AI entry point says when no provider is configured. */
export const AI_OFF_MESSAGES = {
  tutor: "The AI tutor is off on this server (no AI provider is configured). Here are the passages of the course that match your question best.",
  question_generation: "AI question generation is off on this server (no AI provider is configured). You can still write questions by hand or import them.",
  course_outline: "AI course outlines are off on this server (no AI provider is configured). You can still build the course by hand.",
  grading: "AI grading is off on this server (no AI provider is configured). Essays wait for a teacher as usual.",
  transcription: "Reading handwriting and speech is off on this server (no AI provider is configured). Type your answer instead.",
  embedding: "Semantic search is off on this server; full-text search still works.",
} as const;

export type AiErrorCode = AppError["code"];

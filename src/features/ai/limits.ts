import "server-only";
import { createRateLimiter } from "@/services/redis/rate-limit";

// Every AI entry point has its own per-user limiter; AI costs money, so they all fail closed.
export const aiRateLimiters = {
  tutor: createRateLimiter({ prefix: "ai-tutor", limit: 20, windowSeconds: 60 }),
  questionGeneration: createRateLimiter({ prefix: "ai-question-generation", limit: 6, windowSeconds: 60 }),
  courseOutline: createRateLimiter({ prefix: "ai-course-outline", limit: 6, windowSeconds: 60 }),
  grading: createRateLimiter({ prefix: "ai-grading", limit: 30, windowSeconds: 60 }),
  transcription: createRateLimiter({ prefix: "ai-transcription", limit: 10, windowSeconds: 60 }),
  search: createRateLimiter({ prefix: "search", limit: 60, windowSeconds: 60, failMode: "open" }),
};

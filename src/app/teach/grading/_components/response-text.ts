/**
 * A learner's saved response as plain text for the grader: an essay's or short answer's text,
 * anything else as its JSON. Null when nothing was saved. Never rendered as HTML or Markdown.
 */
export function responseText(response: unknown): string | null {
  if (response === null || response === undefined) return null;
  if (typeof response === "object" && "text" in response && typeof response.text === "string") return response.text;
  return JSON.stringify(response);
}

/** "2.5" marks; the step of the mark box: halves when the maximum allows them, else any. */
export function markStep(points: number): "0.5" | "any" {
  return Number.isInteger(points * 2) ? "0.5" : "any";
}

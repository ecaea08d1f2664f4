import type { TutorCitation } from "@/drizzle/schema";

export type CitationSegment = { kind: "text"; text: string } | { kind: "citation"; citation: TutorCitation };

// The same marker the server counts as a citation (citedPassageNumbers): [1] … [99].
const MARKER = /\[(\d{1,2})\]/g;

/**
 * A tutor answer as text and citation segments. A marker whose number has no passage stays
 * text, so the learner never gets a link to nowhere.
 */
export function splitCitations(text: string, citations: readonly TutorCitation[]): CitationSegment[] {
  const byNumber = new Map(citations.map((citation) => [citation.n, citation]));
  const segments: CitationSegment[] = [];
  const pushText = (part: string) => {
    if (part === "") return;
    const last = segments.at(-1);
    if (last?.kind === "text") last.text += part;
    else segments.push({ kind: "text", text: part });
  };
  let from = 0;
  for (const match of text.matchAll(MARKER)) {
    const citation = byNumber.get(Number(match[1]));
    if (!citation) continue;
    pushText(text.slice(from, match.index));
    segments.push({ kind: "citation", citation });
    from = match.index + match[0].length;
  }
  pushText(text.slice(from));
  return segments;
}

/** "Lesson — Heading", or just the lesson title for its introduction (whose heading is the title). */
export function citationLabel(citation: Pick<TutorCitation, "lessonTitle" | "heading">): string {
  const heading = citation.heading.trim();
  return heading === "" || heading === citation.lessonTitle ? citation.lessonTitle : `${citation.lessonTitle} — ${heading}`;
}

/** The lesson page, scrolled to the cited section when it has one. */
export function citationHref(courseSlug: string, citation: Pick<TutorCitation, "lessonSlug" | "anchor">): string {
  return `/courses/${courseSlug}/lessons/${citation.lessonSlug}${citation.anchor ? `#${citation.anchor}` : ""}`;
}

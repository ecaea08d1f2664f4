import Link from "next/link";
import type { TutorCitation } from "@/drizzle/schema";
import { cn } from "@/lib/cn";
import { citationHref, citationLabel, splitCitations } from "./citation-segments";

export type TutorChatMessage = {
  id: string;
  role: "user" | "assistant";
  content: string;
  citations: TutorCitation[];
  /** The AI was off: the content is the server's notice and the citations are the best-matching passages. */
  fallback?: boolean;
};

/** Answer text as plain text, its [n] markers linked to the cited passages. */
export function CitedText({ courseSlug, text, citations }: { courseSlug: string; text: string; citations: readonly TutorCitation[] }) {
  return (
    <p className="whitespace-pre-wrap">
      {splitCitations(text, citations).map((segment, index) =>
        segment.kind === "text" ? (
          segment.text
        ) : (
          <Link
            key={index}
            href={citationHref(courseSlug, segment.citation)}
            aria-label={`Source ${segment.citation.n}: ${citationLabel(segment.citation)}`}
            className="font-medium text-primary underline"
          >
            [{segment.citation.n}]
          </Link>
        ),
      )}
    </p>
  );
}

function SourceList({ courseSlug, citations, fallback }: { courseSlug: string; citations: readonly TutorCitation[]; fallback: boolean }) {
  if (citations.length === 0) return fallback ? <p className="text-sm text-muted-fg">No passage of this course matches your question.</p> : null;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="font-medium">{fallback ? "Matching passages:" : "Sources:"}</p>
      <ul className="flex flex-col gap-1">
        {citations.map((citation) => (
          <li key={citation.n}>
            [{citation.n}]{" "}
            <Link href={citationHref(courseSlug, citation)} className="text-primary hover:underline">
              {citationLabel(citation)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One turn of the conversation; the tutor's turns list the passages they cite. */
export function TutorMessageItem({ courseSlug, message }: { courseSlug: string; message: TutorChatMessage }) {
  const assistant = message.role === "assistant";
  return (
    <li className={cn("flex flex-col gap-2 rounded-lg border border-border p-3", assistant ? "bg-card" : "bg-muted")}>
      <p className="text-xs font-semibold text-muted-fg">{assistant ? "Tutor" : "You"}</p>
      {assistant ? <CitedText courseSlug={courseSlug} text={message.content} citations={message.citations} /> : <p className="whitespace-pre-wrap">{message.content}</p>}
      {assistant ? <SourceList courseSlug={courseSlug} citations={message.citations} fallback={message.fallback ?? false} /> : null}
    </li>
  );
}

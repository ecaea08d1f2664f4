import { cn } from "@/lib/cn";

/**
 * Shows HTML from `lessonMarkdownToHtml` (sanitised on the server) with the lesson typography.
 * Works in server and client components alike; the browser never parses Markdown.
 */
export function MarkdownHtml({ html, className }: { html: string; className?: string }) {
  return <div className={cn("prose prose-lesson max-w-none", className)} dangerouslySetInnerHTML={{ __html: html }} />;
}

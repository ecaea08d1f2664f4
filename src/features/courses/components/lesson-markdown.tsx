import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { lessonSanitizeSchema } from "../lib/lesson-sanitize-schema";
import { rehypeHeadingAnchors } from "./heading-anchors";

/**
 * Renders lesson Markdown as React elements, sanitised whatever the author wrote: for live previews
 * in the editors. Pages and learner views send `lessonMarkdownToHtml` output instead (same DOM).
 */
export function LessonMarkdown({ markdown }: { markdown: string }) {
  return (
    <div className="prose prose-lesson max-w-none">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[[rehypeSanitize, lessonSanitizeSchema], rehypeHeadingAnchors]}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}

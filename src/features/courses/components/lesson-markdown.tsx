import ReactMarkdown from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { rehypeHeadingAnchors } from "./heading-anchors";

// GitHub's sanitising schema: no raw HTML, no script or event handlers, safe link protocols.
const schema = { ...defaultSchema, clobberPrefix: "lesson-" };

/** Renders lesson Markdown on the server; the output is sanitised whatever the author wrote. */
export function LessonMarkdown({ markdown }: { markdown: string }) {
  return (
    <div className="prose prose-lesson max-w-none">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[[rehypeSanitize, schema], rehypeHeadingAnchors]}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}

import type { ComponentProps } from "react";
import ReactMarkdown from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { remarkMentions } from "./remark-mentions";

// GitHub's sanitising schema (no raw HTML, no scripts or event handlers, http(s)/mailto links
// only), plus the mention highlight; no images, so a message cannot load a tracking pixel.
const schema = {
  ...defaultSchema,
  clobberPrefix: "msg-",
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== "img"), "mark"],
  attributes: { ...defaultSchema.attributes, mark: [["className", "mention"]] },
};

// react-markdown passes its syntax-tree node too; it must not reach the DOM.
function SafeLink({ node: _node, ...props }: ComponentProps<"a"> & { node?: unknown }) {
  return <a {...props} rel="nofollow ugc noopener noreferrer" target="_blank" />;
}

/** A channel message's Markdown, sanitised whatever its author wrote (server or browser). */
export function MessageMarkdown({ markdown }: { markdown: string }) {
  return (
    <div className="prose prose-sm prose-lesson max-w-none break-words [&_mark.mention]:rounded [&_mark.mention]:bg-accent [&_mark.mention]:px-1 [&_mark.mention]:font-medium [&_mark.mention]:text-accent-fg">
      <ReactMarkdown remarkPlugins={[remarkGfm, remarkMentions]} rehypePlugins={[[rehypeSanitize, schema]]} components={{ a: SafeLink }}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}

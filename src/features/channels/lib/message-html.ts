import type { Element, Root } from "hast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { cachedHtmlRenderer } from "@/lib/markdown/cached-renderer";
import { remarkMentions } from "../components/remark-mentions";

// GitHub's sanitising schema (no raw HTML, no scripts or event handlers, http(s)/mailto links
// only), plus the mention highlight; no images, so a message cannot load a tracking pixel.
export const messageSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: "msg-",
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== "img"), "mark"],
  attributes: { ...defaultSchema.attributes, mark: [["className", "mention"]] },
};

function visitLinks(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    // After the sanitiser: links open in a new tab without handing over the page or lending it rank.
    if (child.tagName === "a") child.properties = { ...child.properties, rel: ["nofollow", "ugc", "noopener", "noreferrer"], target: "_blank" };
    visitLinks(child);
  }
}

function rehypeSafeLinks() {
  return (tree: Root) => visitLinks(tree);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMentions).use(remarkRehype).use(rehypeSanitize, messageSanitizeSchema).use(rehypeSafeLinks).freeze();

/**
 * A channel message's Markdown as sanitised HTML, whatever its author wrote; safe for
 * `dangerouslySetInnerHTML`. Rendered on the server for the page and for every poll (memoised per
 * process), so the browser never parses Markdown.
 */
export const messageMarkdownToHtml = cachedHtmlRenderer(processor);

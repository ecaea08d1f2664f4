import type { Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Root as MdastRoot } from "mdast";

// Markdown to sanitised HTML on the server, memoised per process. Rendering is pure, so the
// Markdown text itself is the key: a lesson read by a whole class, a stem served a thousand times
// or a channel's latest page polled by every member is parsed once. Bounded by total length,
// least recently used first out.

/** What is used of a frozen unified pipeline from remark-parse to a rehype tree. */
type MarkdownToHast = { parse(markdown: string): MdastRoot; runSync(tree: MdastRoot): HastRoot };

export function cachedHtmlRenderer(processor: MarkdownToHast, maxCachedChars = 8_000_000): (markdown: string) => string {
  const cache = new Map<string, string>();
  let cachedChars = 0;
  return (markdown) => {
    const cached = cache.get(markdown);
    if (cached !== undefined) {
      cache.delete(markdown);
      cache.set(markdown, cached);
      return cached;
    }
    const html = toHtml(processor.runSync(processor.parse(markdown)));
    const size = markdown.length + html.length;
    if (size <= maxCachedChars / 4) {
      cache.set(markdown, html);
      cachedChars += size;
      for (const [key, value] of cache) {
        if (cachedChars <= maxCachedChars) break;
        cache.delete(key);
        cachedChars -= key.length + value.length;
      }
    }
    return html;
  };
}

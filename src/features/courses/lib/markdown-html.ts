import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { rehypeHeadingAnchors } from "../components/heading-anchors";
import { lessonSanitizeSchema } from "./lesson-sanitize-schema";

// Lesson Markdown (lessons, question stems, explanations) rendered to a sanitised HTML string on
// the server. The same pipeline and schema as <LessonMarkdown>, so the DOM is the same; what
// changes is where it runs: pages and actions send the HTML, and client components show it
// without shipping the Markdown parser (46 kB gzip) to the learner's browser.

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, lessonSanitizeSchema).use(rehypeHeadingAnchors).freeze();

// Rendering is pure, so results are kept per process, keyed by the Markdown itself: a lesson read
// by a whole class, or a stem served a thousand times, is parsed once. Bounded by total length.
const MAX_CACHED_CHARS = 8_000_000;
const cache = new Map<string, string>();
let cachedChars = 0;

function remember(markdown: string, html: string): void {
  const size = markdown.length + html.length;
  if (size > MAX_CACHED_CHARS / 4) return;
  cache.set(markdown, html);
  cachedChars += size;
  for (const [key, value] of cache) {
    if (cachedChars <= MAX_CACHED_CHARS) break;
    cache.delete(key);
    cachedChars -= key.length + value.length;
  }
}

/** Sanitised HTML for lesson Markdown (see above); safe for `dangerouslySetInnerHTML`. */
export function lessonMarkdownToHtml(markdown: string): string {
  const cached = cache.get(markdown);
  if (cached !== undefined) {
    // Most recently used last, so the oldest entries leave first.
    cache.delete(markdown);
    cache.set(markdown, cached);
    return cached;
  }
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const html = toHtml(tree);
  remember(markdown, html);
  return html;
}

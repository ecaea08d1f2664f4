import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { cachedHtmlRenderer } from "@/lib/markdown/cached-renderer";
import { rehypeHeadingAnchors } from "../components/heading-anchors";
import { lessonSanitizeSchema } from "./lesson-sanitize-schema";

// Lesson Markdown (lessons, question stems, explanations) rendered to a sanitised HTML string on
// the server. The same pipeline and schema as <LessonMarkdown>, so the DOM is the same; what
// changes is where it runs: pages and actions send the HTML, and client components show it
// without shipping the Markdown parser (46 kB gzip) to the learner's browser.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, lessonSanitizeSchema).use(rehypeHeadingAnchors).freeze();

/** Sanitised HTML for lesson Markdown (see above); safe for `dangerouslySetInnerHTML`. Memoised per process. */
export const lessonMarkdownToHtml = cachedHtmlRenderer(processor);

// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LessonMarkdown } from "../components/lesson-markdown";
import { lessonMarkdownToHtml } from "./markdown-html";

const SAMPLES = [
  "## Odds\n\nThe **sample space** is Ω.\n\n| x | P(x) |\n|---|---|\n| 1 | 0.5 |\n",
  "## The law of *total* probability\n\ntext\n\n### A worked example\n\n#### Not anchored",
  "Inline `code`, ~~struck~~, a [link](https://example.com \"t\") and a footnote[^1].\n\n[^1]: The note.\n\n- [x] done\n- [ ] to do",
  "```ts\nconst x = 1 < 2 && 3 > 2;\n```\n\n> quoted & \"escaped\" 'text'\n\n1. one\n2. two",
];

/**
 * The DOM a browser builds from the HTML, serialised canonically: the two serialisers differ only
 * in spelling (entities, attribute order, a data flag as "true" vs present, React's
 * dropping of whitespace between table tags), which no reader or style sees.
 */
function canonicalDom(html: string): string {
  const root = document.createElement("div");
  root.innerHTML = html;
  for (const element of root.querySelectorAll("*")) {
    // Same attributes in name order; a data flag "true" as present.
    const attributes = [...element.attributes].map(({ name, value }) => [name, name.startsWith("data-") && value === "true" ? "" : value] as const);
    for (const [name] of attributes) element.removeAttribute(name);
    for (const [name, value] of attributes.sort(([a], [b]) => a.localeCompare(b))) element.setAttribute(name, value);
  }
  return root.innerHTML.replace(/>\s+</g, "><");
}

describe("lessonMarkdownToHtml", () => {
  it.each(SAMPLES)("gives the DOM <LessonMarkdown> gives (inside its wrapper) for sample %#", (markdown) => {
    const viaReact = renderToStaticMarkup(<LessonMarkdown markdown={markdown} />);
    expect(canonicalDom(viaReact)).toBe(canonicalDom(`<div class="prose prose-lesson max-w-none">${lessonMarkdownToHtml(markdown)}</div>`));
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>"],
    ["an event handler", '<img src="x" onerror="alert(1)">'],
    ["a javascript: link", "[click](javascript:alert(1))"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["a data: link", "[x](data:text/html;base64,PHNjcmlwdD4=)"],
    ["an HTML-entity-smuggled tag", "&lt;script&gt;alert(1)&lt;/script&gt;"],
  ])("never outputs %s", (_label, markdown) => {
    expect(lessonMarkdownToHtml(markdown)).not.toMatch(/<script|onerror|javascript:|<iframe|href="data:/i);
  });

  it("answers a repeated text from its cache with the same HTML", () => {
    const markdown = `## Cached ${Math.random()}\n\nbody`;
    const first = lessonMarkdownToHtml(markdown);
    expect(lessonMarkdownToHtml(markdown)).toBe(first);
    expect(first).toContain("<h2 id=");
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LessonMarkdown } from "./lesson-markdown";

const render = (markdown: string) => renderToStaticMarkup(<LessonMarkdown markdown={markdown} />);

describe("LessonMarkdown", () => {
  it("renders headings, emphasis and GitHub tables", () => {
    const html = render("## Odds\n\nThe **sample space** is Ω.\n\n| x | P(x) |\n|---|---|\n| 1 | 0.5 |\n");
    expect(html).toContain("<h2");
    expect(html).toContain("<strong>sample space</strong>");
    expect(html).toContain("<table>");
  });

  it("gives level-2 and level-3 headings the anchors that read-next links use", () => {
    const html = render("## The law of *total* probability\n\ntext\n\n### A worked example\n\n#### Not anchored");
    expect(html).toContain('<h2 id="section-the-law-of-total-probability">');
    expect(html).toContain('<h3 id="section-a-worked-example">');
    expect(html).toMatch(/<h4>Not anchored/);
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>"],
    ["an event handler", '<img src="x" onerror="alert(1)">'],
    ["a javascript: link", "[click](javascript:alert(1))"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
  ])("never outputs %s", (_label, markdown) => {
    const html = render(markdown);
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe/i);
  });
});

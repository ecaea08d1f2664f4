import { describe, expect, it } from "vitest";
import { messageMarkdownToHtml as render } from "./message-html";

describe("messageMarkdownToHtml", () => {
  it("renders Markdown and highlights mentions", () => {
    const html = render("**Bold** and @[Lena Okafor], see `@[not a mention]`");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain('<mark class="mention">@Lena Okafor</mark>');
    expect(html).toContain("<code>@[not a mention]</code>");
  });

  it("opens links in a new tab without handing over the page", () => {
    expect(render("[docs](https://example.com)")).toContain('href="https://example.com" rel="nofollow ugc noopener noreferrer" target="_blank"');
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>"],
    ["an event handler", '<img src="x" onerror="alert(1)"><a href="#" onclick="alert(1)">x</a>'],
    ["a javascript: link", "[click](javascript:alert(1))"],
    ["a javascript: reference link", "[click][x]\n\n[x]: javascript:alert(1)"],
    ["a javascript: autolink", "<javascript:alert(1)>"],
    ["an encoded javascript: link", "[click](jav&#x61;script:alert(1))"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["a style attribute", '<p style="position:fixed">x</p>'],
    ["a mention trying to smuggle HTML", '@[<img src=x onerror=alert(1)>]'],
  ])("never outputs %s", (_label, markdown) => {
    const html = render(markdown);
    // The words may stay as text; never as a tag, an attribute or a link target.
    expect(html).not.toMatch(/<script|<iframe|(href|src)="\s*javascript:|\son\w+=|style=/i);
  });

  it("shows no images, so a message cannot load a tracking pixel", () => {
    expect(render("![pixel](https://tracker.example/p.gif)")).not.toContain("<img");
  });
});

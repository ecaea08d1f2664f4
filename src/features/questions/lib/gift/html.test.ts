import { describe, expect, it } from "vitest";
import { htmlToText } from "@/features/questions/lib/gift/html";

describe("htmlToText", () => {
  it("turns paragraphs and line breaks into newlines and drops other tags", () => {
    expect(htmlToText('<p dir="ltr">Is <b>this</b>\n  <i>bold</i>?</p><p>Yes<br/>really</p><img src="x.png">')).toBe("Is this bold?\nYes\nreally");
  });
  it("decodes entities after removing tags, so encoded tags stay text", () => {
    expect(htmlToText("&lt;b&gt; &amp;amp; &#233;&#xE9; &nbsp;x &bogus;")).toBe("<b> &amp; éé  x &bogus;");
  });
  it("keeps at most one blank line between paragraphs", () => {
    expect(htmlToText("<p>a</p><p></p><p></p><p>b</p>")).toBe("a\n\nb");
  });
});

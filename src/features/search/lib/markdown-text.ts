/**
 * Lesson Markdown as the plain text a search index should see: what a reader sees on the page,
 * without markup. Code is kept (people search for function names); raw HTML tags are dropped, as
 * the lesson page drops them.
 */

/** Paragraphs joined by "\n\n"; whitespace inside a paragraph collapsed to single spaces. */
export function markdownToPlainText(markdown: string): string {
  const paragraphs: string[] = [];
  let block: string[] = [];
  let fence: string | null = null;
  let inComment = false;
  const flush = (code = false) => {
    const text = collapseWhitespace(code ? block.join(" ") : blockToText(block));
    if (text !== "") paragraphs.push(text);
    block = [];
  };
  for (const rawLine of markdown.split(/\r?\n/)) {
    let line = rawLine;
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && line.trim() === fenceMark) {
        flush(true);
        fence = null;
      } else block.push(line);
      continue;
    }
    if (inComment) {
      const end = line.indexOf("-->");
      if (end === -1) continue;
      inComment = false;
      line = line.slice(end + 3);
    }
    const open = line.lastIndexOf("<!--");
    if (open !== -1 && line.indexOf("-->", open) === -1) {
      inComment = true;
      line = line.slice(0, open);
    }
    if (fenceMark) {
      flush();
      fence = fenceMark;
    } else if (rawLine.trim() === "") flush();
    // A line emptied by a comment is not a paragraph break.
    else if (line.trim() !== "") block.push(line);
  }
  flush(fence !== null);
  return paragraphs.join("\n\n");
}

const TABLE_DIVIDER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;

function blockToText(lines: string[]): string {
  if (lines.some((line) => TABLE_DIVIDER.test(line))) {
    return lines.filter((line) => !TABLE_DIVIDER.test(line)).map((row) => inlineToText(row.replace(/(?<!\\)\|/g, " "))).join(" ");
  }
  return lines
    .filter((line) => !/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line) && !/^\s{0,3}=+\s*$/.test(line) && !/^\s{0,3}\[[^\]]+\]:\s*\S/.test(line))
    .map((line) =>
      inlineToText(
        line
          .replace(/^\s*(>\s?)+/, "")
          .replace(/^\s*#{1,6}\s+(.*?)\s*#*\s*$/, "$1")
          .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, ""),
      ),
    )
    .join(" ");
}

// CommonMark's raw-HTML tag, which the lesson page does not render: "a<b and c>d" is one too.
const HTML_TAG = /<\/?([a-z][a-z0-9-]*)(?:\s+[a-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/gi;
const BLOCK_TAGS = new Set(["br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "hr", "h1", "h2", "h3", "h4", "h5", "h6"]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function inlineToText(line: string): string {
  // Code spans and escaped characters are set aside so emphasis and tag stripping cannot touch them.
  const kept: string[] = [];
  const keep = (text: string) => `\ue000${kept.push(text) - 1}\ue001`;
  let text = line
    .replace(/(`+)(.+?)\1(?!`)/g, (_, _ticks: string, code: string) => keep(code.trim()))
    .replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => keep(char))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, "$1")
    .replace(/<!--.*?-->/g, "")
    .replace(HTML_TAG, (_, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? " " : ""));
  for (let pass = 0; pass < 3; pass += 1) {
    text = text
      .replace(/(\*{1,3}|~~)(?=\S)(.*?\S)\1/g, "$2")
      .replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)(.*?\S)\2(?![\p{L}\p{N}_])/gu, "$1$3");
  }
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith("#")) {
        const code = name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\ue000(\d+)\ue001/g, (_, index: string) => kept[Number(index)] ?? "");
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

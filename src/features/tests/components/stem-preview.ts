/**
 * A question's stem as one short line of plain text, for lists and tables: Markdown markers,
 * links and images reduced to their words, whitespace collapsed, cut at a word with "…".
 */
export function stemPreview(stem: string, maxLength = 120): string {
  const text = stem
    .replace(/```[\s\S]*?```/g, " ")
    // A Markdown table reads badly on one line; say there is one instead.
    .replace(/(?:^[ \t]*\|.*\|[ \t]*(?:\n|$))+/gm, " [table] ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "")
    .replace(/(\*\*|__|\*|_|`|~~)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

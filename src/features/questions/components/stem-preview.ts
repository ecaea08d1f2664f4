/**
 * Markdown reduced to one line of plain text for lists: block markers, emphasis, links, images,
 * code fences and HTML go; the words stay (and a "_____" blank stays a blank). Cut at a word
 * boundary to at most `max` characters, with an ellipsis.
 */
export function plainTextPreview(markdown: string, max = 160): string {
  const text = markdown
    .replace(/^\s*(```|~~~).*$/gm, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[a-z][^>]*>/gi, " ")
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "")
    .replace(/(\*\*|~~|\*)(\S(?:.*?\S)?)\1/g, "$2")
    .replace(/(?<!\w)(__?)([^_\s](?:[^_]*[^_\s])?)\1(?!\w)/g, "$2")
    .replace(/`+([^`]*)`+/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!~|>])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

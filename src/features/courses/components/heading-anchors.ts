import type { Element, ElementContent, Root, RootContent } from "hast";
import { headingAnchor } from "@/features/practice/lib/passages";

function textOf(node: ElementContent | RootContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

function visit(node: Root | Element) {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "h2" || child.tagName === "h3") child.properties = { ...child.properties, id: headingAnchor(textOf(child)) };
    else visit(child);
  }
}

/**
 * Gives level-2 and level-3 headings the ids that "read next" links point at. Runs after the
 * sanitiser, which would otherwise prefix the ids (the "section-" prefix keeps them apart from
 * DOM globals instead).
 */
export function rehypeHeadingAnchors() {
  return (tree: Root) => visit(tree);
}

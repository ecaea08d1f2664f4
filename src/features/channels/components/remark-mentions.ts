import { splitMentions } from "../lib/mentions";

/** The few mdast fields this plugin touches (the types come from react-markdown's own tree). */
type MdNode = { type: string; value?: string; children?: MdNode[]; data?: { hName?: string; hProperties?: Record<string, unknown> } };

// Inside links and code a mention is left as written.
const SKIP = new Set(["link", "linkReference", "inlineCode", "code"]);

function mentionNode(name: string): MdNode {
  return { type: "emphasis", data: { hName: "mark", hProperties: { className: ["mention"] } }, children: [{ type: "text", value: `@${name}` }] };
}

function walk(node: MdNode): void {
  if (!node.children || SKIP.has(node.type)) return;
  node.children = node.children.flatMap((child) => {
    if (child.type !== "text" || !child.value?.includes("@[")) {
      walk(child);
      return [child];
    }
    return splitMentions(child.value).map((segment) => (segment.kind === "text" ? { type: "text", value: segment.text } : mentionNode(segment.name)));
  });
}

/** A remark plugin: `@[Full Name]` becomes a highlighted `<mark class="mention">@Full Name</mark>`. */
export function remarkMentions() {
  return (tree: MdNode) => walk(tree);
}

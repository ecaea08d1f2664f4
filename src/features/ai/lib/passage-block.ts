/**
 * A course passage in a prompt: `<passage id="P1" title="…">text</passage>`. The text cannot
 * close its own fence, and the title cannot break out of its attribute.
 */
export function passageBlock(id: string, title: string, text: string): string {
  const safeTitle = title.replace(/["<>]/g, "'");
  const safeText = text.replace(/<\s*\/?\s*passage/gi, (match) => match.replace("<", "‹"));
  return `<passage id="${id}" title="${safeTitle}">${safeText}</passage>`;
}

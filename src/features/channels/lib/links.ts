/** The app path of a channel, and of one message in it (a reply opens its thread). */
export function channelPath(classId: string, channelId: string): string {
  return `/classes/${classId}/channels/${channelId}`;
}

export function messagePath(classId: string, channelId: string, message: { id: number; parentId: number | null }): string {
  const thread = message.parentId === null ? "" : `?thread=${message.parentId}`;
  return `${channelPath(classId, channelId)}${thread}#m${message.id}`;
}

/** A short plain-text line of a Markdown body, for notifications and lists. */
export function excerpt(body: string, max = 140): string {
  const flat = body
    .replace(/@\[([^[\]\n]+)\]/g, "@$1")
    .replace(/[*_`>#~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/**
 * Client components that change what is unread (reading a channel, marking notifications
 * read) dispatch this event; the header's badges then ask the server at once instead of
 * waiting for their next poll.
 */
export const UNREAD_CHANGED_EVENT = "learnforge:unread-changed";

export function announceUnreadChanged(): void {
  if (typeof window !== "undefined") window.dispatchEvent(new CustomEvent(UNREAD_CHANGED_EVENT));
}

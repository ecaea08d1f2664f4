import { UNREAD_SHOWN_CAP } from "./unread-cap";

/** "99+" once a count reaches the cap the server counts to. */
export function unreadLabel(count: number): string {
  return count >= UNREAD_SHOWN_CAP ? "99+" : String(count);
}

export function unreadDescription(count: number): string {
  return count >= UNREAD_SHOWN_CAP ? "more than 99 unread messages" : `${count} unread message${count === 1 ? "" : "s"}`;
}

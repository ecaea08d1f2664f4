/** Unread counts stop at 100 (a `limit 100` subquery); the UI shows that as "99+". */
export const UNREAD_SHOWN_CAP = 100;

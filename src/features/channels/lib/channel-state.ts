import type { MessageDto } from "./message-dto";
import type { UnreadCounts } from "./types";

export type { UnreadCounts };

/**
 * The live channel view's state. Every message the client knows (the loaded page, pinned ones,
 * an open thread, polled changes) sits in one pool keyed by id, merged so that the newest
 * version (by updatedAt) wins; the list, the pinned list and the thread are views of the pool.
 */
export type ThreadMeta = { rootId: number; hasMore: boolean; ceilingId: number };

export type ChannelState = {
  pool: Record<number, MessageDto>;
  /** The oldest loaded top-level message; older ones (say, an old message that was just edited) stay out of the list. 0 once the start is loaded. */
  floorId: number;
  hasOlder: boolean;
  thread: ThreadMeta | null;
  unread: UnreadCounts;
};

export type ChannelAction =
  | { type: "merge"; messages: readonly MessageDto[] }
  | { type: "older"; messages: readonly MessageDto[]; hasOlder: boolean }
  | { type: "thread"; root: MessageDto; replies: readonly MessageDto[]; hasMore: boolean }
  | { type: "moreReplies"; replies: readonly MessageDto[]; hasMore: boolean }
  | { type: "closeThread" }
  | { type: "unread"; unread: UnreadCounts }
  | { type: "read"; channelId: string };

const time = (iso: string) => Date.parse(iso);

function isNewer(incoming: MessageDto, current: MessageDto | undefined): boolean {
  if (!current) return true;
  const delta = time(incoming.updatedAt) - time(current.updatedAt);
  // Equal times: a later answer about the same change; replace only when something differs.
  return delta > 0 || (delta === 0 && JSON.stringify(incoming) !== JSON.stringify(current));
}

/** Merges by id, keeping the newest updatedAt; returns the same pool when nothing changed. */
export function mergeMessages(pool: Record<number, MessageDto>, incoming: readonly MessageDto[]): Record<number, MessageDto> {
  let next = pool;
  for (const message of incoming) {
    if (!isNewer(message, next[message.id])) continue;
    if (next === pool) next = { ...pool };
    next[message.id] = message;
  }
  return next;
}

const minId = (messages: readonly MessageDto[]) => messages.reduce((min, message) => Math.min(min, message.id), Number.POSITIVE_INFINITY);
const maxId = (messages: readonly MessageDto[]) => messages.reduce((max, message) => Math.max(max, message.id), 0);

export function initialChannelState(input: { messages: readonly MessageDto[]; hasOlder: boolean; pinned: readonly MessageDto[]; unread: UnreadCounts }): ChannelState {
  const pool = mergeMessages({}, [...input.messages, ...input.pinned]);
  const floorId = input.hasOlder && input.messages.length > 0 ? minId(input.messages) : 0;
  return { pool, floorId, hasOlder: input.hasOlder, thread: null, unread: input.unread };
}

export function channelReducer(state: ChannelState, action: ChannelAction): ChannelState {
  switch (action.type) {
    case "merge": {
      const pool = mergeMessages(state.pool, action.messages);
      return pool === state.pool ? state : { ...state, pool };
    }
    case "older": {
      const floorId = action.hasOlder && action.messages.length > 0 ? Math.min(state.floorId, minId(action.messages)) : 0;
      return { ...state, pool: mergeMessages(state.pool, action.messages), floorId, hasOlder: action.hasOlder };
    }
    case "thread":
      return {
        ...state,
        pool: mergeMessages(state.pool, [action.root, ...action.replies]),
        thread: { rootId: action.root.id, hasMore: action.hasMore, ceilingId: maxId(action.replies) },
      };
    case "moreReplies":
      if (!state.thread) return state;
      return {
        ...state,
        pool: mergeMessages(state.pool, action.replies),
        thread: { ...state.thread, hasMore: action.hasMore, ceilingId: Math.max(state.thread.ceilingId, maxId(action.replies)) },
      };
    case "closeThread":
      return state.thread ? { ...state, thread: null } : state;
    case "unread":
      return { ...state, unread: action.unread };
    case "read": {
      if (!state.unread.byChannel[action.channelId]) return state;
      const byChannel = { ...state.unread.byChannel, [action.channelId]: 0 };
      return { ...state, unread: { byChannel, total: Object.values(byChannel).reduce((sum, n) => sum + n, 0) } };
    }
  }
}

const byId = (a: MessageDto, b: MessageDto) => a.id - b.id;

/** The channel's list: loaded top-level messages, oldest first (new ones arrive at the bottom). */
export function listMessages(state: ChannelState): MessageDto[] {
  return Object.values(state.pool)
    .filter((message) => message.parentId === null && message.id >= state.floorId)
    .sort(byId);
}

export function pinnedMessages(state: ChannelState): MessageDto[] {
  return Object.values(state.pool)
    .filter((message) => message.parentId === null && message.pinnedAt !== null && message.state !== "deleted")
    .sort((a, b) => time(b.pinnedAt!) - time(a.pinnedAt!) || b.id - a.id);
}

/** The open thread's root and its replies (up to the last loaded one while more are to load). */
export function threadMessages(state: ChannelState): { root: MessageDto; replies: MessageDto[]; hasMore: boolean } | null {
  const meta = state.thread;
  const root = meta ? state.pool[meta.rootId] : undefined;
  if (!meta || !root) return null;
  const replies = Object.values(state.pool)
    .filter((message) => message.parentId === meta.rootId && (!meta.hasMore || message.id <= meta.ceilingId))
    .sort(byId);
  return { root, replies, hasMore: meta.hasMore };
}

export function newestMessageId(messages: readonly MessageDto[]): number {
  return maxId(messages);
}

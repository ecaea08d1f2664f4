import type { ChannelKind, ChannelPoster } from "@/drizzle/schema/enum-values";
import type { MessageDto } from "./message-dto";

/** Shapes shared by the data access layer and the browser (no database imports here). */
export type ChannelSummary = { id: string; name: string; kind: ChannelKind; posting: ChannelPoster; archived: boolean };
/** Newest first; the next older page is `{ before: messages.at(-1).id }` while `hasOlder`. */
export type ChannelPage = { messages: MessageDto[]; hasOlder: boolean };
export type ThreadPage = { root: MessageDto; replies: MessageDto[]; hasMore: boolean };
export type UnreadCounts = { total: number; byChannel: Record<string, number> };
/** What GET /api/channels/[channelId]/updates answers. */
export type ChannelUpdate = { cursor: string; messages: MessageDto[]; unread: UnreadCounts };

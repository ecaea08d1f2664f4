"use client";

import { createContext, useContext } from "react";
import type { MessageDto } from "../lib/message-dto";
import type { Mentionable } from "../lib/mentions";
import type { ChannelFacts, ViewerFacts } from "../permissions";

export type ChannelContextValue = {
  classId: string;
  channelId: string;
  facts: ChannelFacts;
  viewer: ViewerFacts;
  members: Mentionable[];
  maxChars: number;
  /** Merges messages the user's own action returned, then polls at once for the rest. */
  apply: (messages: MessageDto[]) => void;
  openThread: (rootId: number) => void;
};

const ChannelContext = createContext<ChannelContextValue | null>(null);
export const ChannelProvider = ChannelContext.Provider;

export function useChannel(): ChannelContextValue {
  const value = useContext(ChannelContext);
  if (!value) throw new Error("useChannel needs a ChannelProvider");
  return value;
}

import type { ChannelPoster } from "@/drizzle/schema/enum-values";
import type { MessageDto } from "./lib/message-dto";

/**
 * Who may do what in a channel, as pure rules: the data access layer throws the denial, the UI
 * shows only the buttons that would succeed. In a teachers-only channel (announcements) learners
 * neither post nor reply: replies follow the posting rule, so an announcement stays one voice.
 */
export type ChannelFacts = { name: string; posting: ChannelPoster; readOnly: false | "class" | "channel" };
export type ViewerFacts = { id: string; isTeacher: boolean };
export type MessageFacts = { authorId: string; parentId: number | null; deleted: boolean; hidden: boolean; homework: boolean };
export type Denial = { code: "FORBIDDEN" | "BAD_REQUEST"; message: string };

const forbidden = (message: string): Denial => ({ code: "FORBIDDEN", message });
const badRequest = (message: string): Denial => ({ code: "BAD_REQUEST", message });

export function factsOfDto(message: MessageDto): MessageFacts {
  return { authorId: message.author.id, parentId: message.parentId, deleted: message.state === "deleted", hidden: message.state === "hidden", homework: message.homework !== null };
}

export function denyChange(channel: ChannelFacts): Denial | null {
  if (channel.readOnly === "class") return forbidden("This class is archived: its channels are read-only.");
  if (channel.readOnly === "channel") return forbidden("This channel is archived: it is read-only.");
  return null;
}

export function denyPost(channel: ChannelFacts, viewer: ViewerFacts): Denial | null {
  if (channel.posting === "teachers" && !viewer.isTeacher) return forbidden(`Only teachers post in #${channel.name}.`);
  return denyChange(channel);
}

export function denyReply(root: MessageFacts, channel: ChannelFacts, viewer: ViewerFacts): Denial | null {
  if (channel.posting === "teachers" && !viewer.isTeacher) return forbidden(`Only teachers reply in #${channel.name}.`);
  if (root.deleted) return badRequest("That message was deleted, so its thread is closed.");
  if (root.hidden && !viewer.isTeacher) return badRequest("A teacher hid that message, so its thread is closed.");
  return denyChange(channel);
}

export function denyEdit(message: MessageFacts, channel: ChannelFacts, viewer: ViewerFacts): Denial | null {
  if (message.authorId !== viewer.id) return forbidden("You can only edit your own messages.");
  if (message.deleted) return badRequest("A deleted message cannot be edited.");
  if (message.hidden) return forbidden("A teacher hid this message, so it cannot be edited.");
  return denyChange(channel);
}

export function denyDelete(message: MessageFacts, channel: ChannelFacts, viewer: ViewerFacts): Denial | null {
  if (message.authorId !== viewer.id && !viewer.isTeacher) return forbidden("You can only delete your own messages.");
  return denyChange(channel);
}

export function denyPin(message: MessageFacts, channel: ChannelFacts, viewer: ViewerFacts): Denial | null {
  if (!viewer.isTeacher) return forbidden("Only teachers can pin messages.");
  if (message.parentId !== null) return badRequest("Thread replies cannot be pinned.");
  if (message.deleted) return badRequest("A deleted message cannot be pinned.");
  return denyChange(channel);
}

export function denyHide(message: MessageFacts, channel: ChannelFacts, viewer: ViewerFacts): Denial | null {
  if (!viewer.isTeacher) return forbidden("Only teachers can hide messages.");
  if (message.deleted) return badRequest("A deleted message cannot be hidden.");
  return denyChange(channel);
}

export function denySubmitHomework(message: MessageFacts, channel: ChannelFacts, viewer: ViewerFacts): Denial | null {
  if (viewer.isTeacher) return forbidden("Only learners hand in homework.");
  if (message.authorId !== viewer.id) return forbidden("You can only hand in your own messages as homework.");
  if (message.parentId !== null) return badRequest("Only a message in the channel can be homework, not a thread reply.");
  if (message.deleted || message.hidden) return badRequest("A deleted or hidden message cannot be homework.");
  return denyChange(channel);
}

export function denyGrade(message: MessageFacts, channel: ChannelFacts, viewer: ViewerFacts): Denial | null {
  if (!viewer.isTeacher) return forbidden("Only the class's teachers can grade homework.");
  if (!message.homework) return badRequest("That message was not handed in as homework.");
  if (message.deleted) return badRequest("A deleted message cannot be graded.");
  return denyChange(channel);
}

export type MessageAbilities = {
  reply: boolean;
  openThread: boolean;
  edit: boolean;
  delete: boolean;
  pin: boolean;
  hide: boolean;
  submitHomework: boolean;
  grade: boolean;
};

/** The buttons a viewer gets on a message. */
export function messageAbilities(message: MessageDto, channel: ChannelFacts, viewer: ViewerFacts): MessageAbilities {
  const facts = factsOfDto(message);
  const topLevel = message.parentId === null;
  const reply = topLevel && denyReply(facts, channel, viewer) === null;
  return {
    reply,
    openThread: topLevel && (reply || message.replyCount > 0),
    edit: denyEdit(facts, channel, viewer) === null,
    delete: !facts.deleted && denyDelete(facts, channel, viewer) === null,
    pin: denyPin(facts, channel, viewer) === null,
    hide: denyHide(facts, channel, viewer) === null,
    submitHomework: !facts.homework && denySubmitHomework(facts, channel, viewer) === null,
    grade: denyGrade(facts, channel, viewer) === null,
  };
}

import { CLASS_READERS, channelNameFrom, generalChannelPath } from "./actions-inputs";
import type { ActionSpec } from "./types";

// Class channels: members and those who teach the class (admins included, classTaughtBy) read and post;
// teachers moderate; a message's author edits it; learners hand in homework.

const CHANNELS = "src/features/channels/actions.ts";
const TEACHERS = ["teacher", "admin"] as const;

export const CHANNEL_ACTION_SPECS: readonly ActionSpec[] = [
  // Reading.
  {
    file: CHANNELS,
    name: "loadOlderMessagesAction",
    page: generalChannelPath,
    // Before the homework message: the learner's message comes back.
    fields: (t) => ({ channelId: t.channels.generalId, before: String(t.homeworkMessageId) }),
    allowed: CLASS_READERS,
  },
  {
    file: CHANNELS,
    name: "loadMoreRepliesAction",
    page: generalChannelPath,
    // Replies after the root itself: the classmate's reply comes back.
    fields: (t) => ({ messageId: String(t.messageId), after: String(t.messageId) }),
    allowed: CLASS_READERS,
  },
  {
    file: CHANNELS,
    name: "markChannelReadAction",
    page: generalChannelPath,
    fields: (t) => ({ channelId: t.channels.generalId, lastMessageId: String(t.messageId) }),
    allowed: CLASS_READERS,
  },

  // Writing.
  {
    file: CHANNELS,
    name: "postMessageAction",
    page: generalChannelPath,
    fields: (t, _world, fresh) => ({ channelId: t.channels.generalId, body: `Probe message ${fresh}` }),
    allowed: CLASS_READERS,
    phase: 1,
  },
  {
    file: CHANNELS,
    name: "replyToMessageAction",
    page: generalChannelPath,
    fields: (t, _world, fresh) => ({ messageId: String(t.messageId), body: `Probe reply ${fresh}` }),
    allowed: CLASS_READERS,
    phase: 1,
  },
  {
    file: CHANNELS,
    name: "editMessageAction",
    page: generalChannelPath,
    // The learner's homework message (not the thread's root): its shared canary is replaced, hence phase 2.
    fields: (t, _world, fresh) => ({ messageId: String(t.homeworkMessageId), body: `Probe edit ${fresh}` }),
    allowed: ["learner"],
    phase: 2,
  },
  {
    file: CHANNELS,
    name: "deleteMessageAction",
    page: generalChannelPath,
    // The classmate's reply: its author or a teacher of the class may delete it; T's learner may not.
    fields: (t) => ({ messageId: String(t.replyId) }),
    allowed: ["classmate", "teacher", "admin"],
    once: true,
    phase: 2,
  },

  // Moderation: teachers of the class.
  {
    file: CHANNELS,
    name: "setMessageHiddenAction",
    page: generalChannelPath,
    // "Show" a message that is not hidden: the permission is checked, nothing changes.
    fields: (t) => ({ messageId: String(t.messageId), hidden: "false" }),
    allowed: TEACHERS,
  },
  {
    file: CHANNELS,
    name: "setMessagePinnedAction",
    page: generalChannelPath,
    fields: (t) => ({ messageId: String(t.messageId), pinned: "true" }),
    allowed: TEACHERS,
  },
  {
    file: CHANNELS,
    name: "createChannelAction",
    page: (t) => `/classes/${t.klass.id}/channels`,
    fields: (t, _world, fresh) => ({ classId: t.klass.id, name: channelNameFrom(fresh), posting: "everyone" }),
    allowed: TEACHERS,
    phase: 1,
  },
  {
    file: CHANNELS,
    name: "archiveChannelAction",
    page: generalChannelPath,
    fields: (t) => ({ channelId: t.channels.announcementsId }),
    allowed: TEACHERS,
    skipAllowed: "the world has no custom channel, and general and announcements cannot be archived (BAD_REQUEST for everyone)",
    phase: 2,
  },

  // Homework.
  {
    file: CHANNELS,
    name: "submitHomeworkAction",
    page: generalChannelPath,
    // Handed in already: handing in again changes nothing. Only its author, as a learner of the class.
    fields: (t) => ({ messageId: String(t.homeworkMessageId) }),
    allowed: ["learner"],
  },
  {
    file: CHANNELS,
    name: "gradeHomeworkAction",
    page: (t) => `/classes/${t.klass.id}/channels/homework`,
    // Grading again replaces the seeded feedback (a personal canary), hence phase 2.
    fields: (t, _world, fresh) => ({ messageId: String(t.homeworkMessageId), grade: "B+", feedback: `Probe feedback ${fresh}` }),
    allowed: TEACHERS,
    phase: 2,
  },
];

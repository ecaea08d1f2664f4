"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { rateLimitIdentity } from "@/lib/rate-limit";
import { requireUser } from "@/services/auth/current-user";
import { deleteMessage, editMessage, gradeHomework, postMessage, replyToMessage, setMessageHidden, setMessagePinned, submitHomework } from "./db";
import { archiveChannel, insertChannel } from "./db-channels";
import { selectChannelPage, selectThread } from "./db-read";
import { markChannelRead } from "./db-unread";
import { channelPath } from "./lib/links";
import { enforcePostingLimit } from "./limits";
import { channelIdSchema, channelNameSchema, channelPosterSchema, classIdSchema, homeworkFeedbackSchema, homeworkGradeSchema, messageBodySchema, messageIdSchema } from "./schemas";

// Every action: the caller (requireUser) → zod → the data access layer, which checks the caller's
// place in the class in its queries. Message actions return the changed message for the live list.
const flag = z.enum(["true", "false"]).transform((value) => value === "true");

async function poster() {
  const user = await requireUser();
  await enforcePostingLimit(rateLimitIdentity(user, await headers()));
  return user;
}

export const postMessageAction = validatedAction("postChannelMessage", z.object({ channelId: channelIdSchema, body: messageBodySchema }), async ({ channelId, body }) =>
  postMessage(await poster(), channelId, body),
);

export const replyToMessageAction = validatedAction("replyToChannelMessage", z.object({ messageId: messageIdSchema, body: messageBodySchema }), async ({ messageId, body }) =>
  replyToMessage(await poster(), messageId, body),
);

export const editMessageAction = validatedAction("editChannelMessage", z.object({ messageId: messageIdSchema, body: messageBodySchema }), async ({ messageId, body }) =>
  editMessage(await requireUser(), messageId, body),
);

export const deleteMessageAction = validatedAction("deleteChannelMessage", z.object({ messageId: messageIdSchema }), async ({ messageId }) =>
  deleteMessage(await requireUser(), messageId),
);

export const setMessageHiddenAction = validatedAction("hideChannelMessage", z.object({ messageId: messageIdSchema, hidden: flag }), async ({ messageId, hidden }) =>
  setMessageHidden(await requireUser(), messageId, hidden),
);

export const setMessagePinnedAction = validatedAction("pinChannelMessage", z.object({ messageId: messageIdSchema, pinned: flag }), async ({ messageId, pinned }) =>
  setMessagePinned(await requireUser(), messageId, pinned),
);

export const submitHomeworkAction = validatedAction("submitChannelHomework", z.object({ messageId: messageIdSchema }), async ({ messageId }) =>
  submitHomework(await requireUser(), messageId),
);

export const gradeHomeworkAction = validatedAction(
  "gradeChannelHomework",
  z.object({ messageId: messageIdSchema, grade: homeworkGradeSchema, feedback: homeworkFeedbackSchema }),
  async ({ messageId, grade, feedback }) => gradeHomework(await requireUser(), messageId, { grade, feedback }),
);

export const markChannelReadAction = validatedAction("markChannelRead", z.object({ channelId: channelIdSchema, lastMessageId: messageIdSchema }), async ({ channelId, lastMessageId }) =>
  markChannelRead(await requireUser(), channelId, lastMessageId),
);

/** "Load older messages": the page before the oldest one shown. */
export const loadOlderMessagesAction = validatedAction("loadOlderChannelMessages", z.object({ channelId: channelIdSchema, before: messageIdSchema }), async ({ channelId, before }) =>
  selectChannelPage(await requireUser(), channelId, { before }),
);

export const loadMoreRepliesAction = validatedAction("loadMoreChannelReplies", z.object({ messageId: messageIdSchema, after: messageIdSchema }), async ({ messageId, after }) =>
  selectThread(await requireUser(), messageId, { after }),
);

export const createChannelAction = validatedAction(
  "createChannel",
  z.object({ classId: classIdSchema, name: channelNameSchema, posting: channelPosterSchema }),
  async ({ classId, name, posting }) => {
    const created = await insertChannel(await requireUser(), classId, { name, posting });
    revalidatePath(`/classes/${classId}/channels`, "layout");
    redirect(channelPath(classId, created.id));
  },
);

export const archiveChannelAction = validatedAction("archiveChannel", z.object({ channelId: channelIdSchema }), async ({ channelId }) => {
  const { classId } = await archiveChannel(await requireUser(), channelId);
  revalidatePath(`/classes/${classId}/channels`, "layout");
  return { archived: true };
});

import { messageMarkdownToHtml } from "./message-html";

/**
 * What a viewer receives about a message: the page, the thread panel and the updates endpoint
 * all send this shape. A deleted message never carries its body; a hidden one carries it only to
 * the class's teachers; a homework grade goes only to its author and the teachers.
 */
export type MessageState = "visible" | "hidden" | "deleted";

export type HomeworkDto = { submittedAt: string; gradedAt: string | null; grade: string | null; feedback: string | null };

export type MessageDto = {
  id: number;
  channelId: string;
  parentId: number | null;
  author: { id: string; name: string; teacher: boolean };
  /** Null when deleted, or when hidden and the viewer is not a teacher. */
  body: string | null;
  /** `body` rendered and sanitised on the server (`messageMarkdownToHtml`); null with it. */
  html: string | null;
  state: MessageState;
  mine: boolean;
  createdAt: string;
  updatedAt: string;
  editedAt: string | null;
  replyCount: number;
  lastReplyAt: string | null;
  pinnedAt: string | null;
  homework: HomeworkDto | null;
};

/** A message row as the data access layer selects it (with its author). */
export type MessageRow = {
  id: number;
  channelId: string;
  parentId: number | null;
  authorId: string;
  authorName: string;
  authorIsTeacher: boolean;
  body: string;
  replyCount: number;
  lastReplyAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  pinnedAt: Date | null;
  homeworkAt: Date | null;
  homeworkGrade: string | null;
  homeworkFeedback: string | null;
  homeworkGradedAt: Date | null;
};

export type MessageViewer = { id: string; isTeacher: boolean };

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toMessageDto(row: MessageRow, viewer: MessageViewer): MessageDto {
  const state: MessageState = row.deletedAt ? "deleted" : row.hiddenAt ? "hidden" : "visible";
  const body = state === "visible" || (state === "hidden" && viewer.isTeacher) ? row.body : null;
  const mine = row.authorId === viewer.id;
  const seesGrade = mine || viewer.isTeacher;
  return {
    id: row.id,
    channelId: row.channelId,
    parentId: row.parentId,
    author: { id: row.authorId, name: row.authorName, teacher: row.authorIsTeacher },
    body,
    html: body === null ? null : messageMarkdownToHtml(body),
    state,
    mine,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    editedAt: iso(row.editedAt),
    replyCount: Number(row.replyCount),
    lastReplyAt: iso(row.lastReplyAt),
    pinnedAt: state === "deleted" ? null : iso(row.pinnedAt),
    homework:
      row.homeworkAt && state !== "deleted"
        ? {
            submittedAt: row.homeworkAt.toISOString(),
            gradedAt: iso(row.homeworkGradedAt),
            grade: seesGrade ? row.homeworkGrade : null,
            feedback: seesGrade ? row.homeworkFeedback : null,
          }
        : null,
  };
}

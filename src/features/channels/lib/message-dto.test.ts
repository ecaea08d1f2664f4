import { describe, expect, it } from "vitest";
import { toMessageDto, type MessageRow } from "./message-dto";

const when = new Date("2030-01-01T10:00:00Z");
const row = (overrides: Partial<MessageRow> = {}): MessageRow => ({
  id: 1,
  channelId: "c",
  parentId: null,
  authorId: "learner",
  authorName: "Lena",
  authorIsTeacher: false,
  body: "secret text",
  replyCount: 0,
  lastReplyAt: null,
  createdAt: when,
  updatedAt: when,
  editedAt: null,
  deletedAt: null,
  hiddenAt: null,
  pinnedAt: null,
  homeworkAt: null,
  homeworkGrade: null,
  homeworkFeedback: null,
  homeworkGradedAt: null,
  ...overrides,
});
const teacher = { id: "teacher", isTeacher: true };
const classmate = { id: "mate", isTeacher: false };
const author = { id: "learner", isTeacher: false };

describe("the message a viewer receives", () => {
  it("never carries a deleted message's text, to anyone", () => {
    for (const viewer of [teacher, classmate, author]) {
      expect(toMessageDto(row({ deletedAt: when, pinnedAt: when, homeworkAt: when }), viewer)).toMatchObject({ state: "deleted", body: null, pinnedAt: null, homework: null });
    }
  });

  it("shows a hidden message's text to teachers only", () => {
    expect(toMessageDto(row({ hiddenAt: when }), teacher)).toMatchObject({ state: "hidden", body: "secret text" });
    expect(toMessageDto(row({ hiddenAt: when }), classmate)).toMatchObject({ state: "hidden", body: null });
    expect(toMessageDto(row({ hiddenAt: when }), author)).toMatchObject({ state: "hidden", body: null });
  });

  it("shows a homework grade to its author and the teachers, not to classmates", () => {
    const graded = row({ homeworkAt: when, homeworkGrade: "B", homeworkFeedback: "Good", homeworkGradedAt: when });
    expect(toMessageDto(graded, author).homework).toMatchObject({ grade: "B", feedback: "Good" });
    expect(toMessageDto(graded, teacher).homework).toMatchObject({ grade: "B" });
    expect(toMessageDto(graded, classmate).homework).toEqual({ submittedAt: when.toISOString(), gradedAt: when.toISOString(), grade: null, feedback: null });
  });

  it("marks the viewer's own messages", () => {
    expect(toMessageDto(row(), author).mine).toBe(true);
    expect(toMessageDto(row(), classmate).mine).toBe(false);
  });
});

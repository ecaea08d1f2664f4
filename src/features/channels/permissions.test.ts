import { describe, expect, it } from "vitest";
import { messageDto } from "./lib/fixtures";
import { denyPost, denyReply, messageAbilities, type ChannelFacts } from "./permissions";

const general: ChannelFacts = { name: "general", posting: "everyone", readOnly: false };
const announcements: ChannelFacts = { name: "announcements", posting: "teachers", readOnly: false };
const learner = { id: "learner", isTeacher: false };
const teacher = { id: "teacher", isTeacher: true };
const own = (overrides = {}) => messageDto({ id: 1, author: { id: "learner", name: "Lena", teacher: false }, mine: true, ...overrides });

describe("channel permissions", () => {
  it("lets learners post in general but neither post nor reply in announcements", () => {
    expect(denyPost(general, learner)).toBeNull();
    expect(denyPost(announcements, learner)).toEqual({ code: "FORBIDDEN", message: "Only teachers post in #announcements." });
    expect(denyPost(announcements, teacher)).toBeNull();
    const root = { authorId: "teacher", parentId: null, deleted: false, hidden: false, homework: false };
    expect(denyReply(root, announcements, learner)?.code).toBe("FORBIDDEN");
    expect(denyReply({ ...root, deleted: true }, general, teacher)?.code).toBe("BAD_REQUEST");
  });

  it("makes archived classes and channels read-only for everyone", () => {
    expect(denyPost({ ...general, readOnly: "class" }, teacher)?.message).toMatch(/class is archived/);
    expect(messageAbilities(own(), { ...general, readOnly: "channel" }, teacher)).toMatchObject({ edit: false, delete: false, pin: false, hide: false, reply: false });
  });

  it("gives a learner edit, delete and homework on their own message, nothing of a teacher's", () => {
    expect(messageAbilities(own(), general, learner)).toEqual({ reply: true, openThread: true, edit: true, delete: true, pin: false, hide: false, submitHomework: true, grade: false });
    const theirs = messageDto({ id: 2, author: { id: "mate", name: "Mate", teacher: false } });
    expect(messageAbilities(theirs, general, learner)).toMatchObject({ edit: false, delete: false, submitHomework: false });
  });

  it("gives teachers moderation and grading, but not editing others' words", () => {
    const handedIn = own({ mine: false, homework: { submittedAt: "2030-01-01T00:00:00Z", gradedAt: null, grade: null, feedback: null } });
    expect(messageAbilities(handedIn, general, teacher)).toMatchObject({ edit: false, delete: true, pin: true, hide: true, grade: true, submitHomework: false });
  });

  it("offers nothing but the thread on a deleted message, and no pin or thread on a reply", () => {
    expect(messageAbilities(own({ state: "deleted", body: null, replyCount: 2 }), general, teacher)).toEqual({
      reply: false,
      openThread: true,
      edit: false,
      delete: false,
      pin: false,
      hide: false,
      submitHomework: false,
      grade: false,
    });
    expect(messageAbilities(own({ parentId: 1, id: 5 }), general, teacher)).toMatchObject({ reply: false, openThread: false, pin: false, hide: true });
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { messageDto } from "../lib/fixtures";
import type { MessageDto } from "../lib/message-dto";
import type { ChannelLiveProps } from "./channel-live";

const actions = vi.hoisted(() => ({
  postMessageAction: vi.fn(),
  replyToMessageAction: vi.fn(),
  editMessageAction: vi.fn(),
  deleteMessageAction: vi.fn(),
  setMessageHiddenAction: vi.fn(),
  setMessagePinnedAction: vi.fn(),
  submitHomeworkAction: vi.fn(),
  gradeHomeworkAction: vi.fn(),
  markChannelReadAction: vi.fn(async () => ({ ok: true, data: { lastReadMessageId: 1 } })),
  loadOlderMessagesAction: vi.fn(),
  loadMoreRepliesAction: vi.fn(),
}));
vi.mock("../actions", () => actions);
const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }), usePathname: () => "/classes/c1/channels/ch1" }));

const { ChannelLive } = await import("./channel-live");

let visibility: DocumentVisibilityState = "visible";
const fetchMock = vi.fn<typeof fetch>();
const learner = { id: "learner", isTeacher: false };
const teacher = { id: "teacher", isTeacher: true };
const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 10, 0, seconds)).toISOString();
const general = { id: "ch1", name: "general", kind: "general" as const, posting: "everyone" as const, archived: false };
const announcements = { id: "ch2", name: "announcements", kind: "announcements" as const, posting: "teachers" as const, archived: false };
const mine = messageDto({ id: 1, author: { id: "learner", name: "Lena", teacher: false }, mine: true, body: "My answer" });
const theirs = messageDto({ id: 2, author: { id: "mate", name: "Mo", teacher: false }, body: "Their message" });

function renderLive(overrides: Partial<ChannelLiveProps> = {}) {
  const props: ChannelLiveProps = {
    classId: "c1",
    channel: general,
    facts: { name: "general", posting: "everyone", readOnly: false },
    viewer: learner,
    channels: [general, announcements],
    page: { messages: [theirs, mine], hasOlder: false },
    pinned: [],
    thread: null,
    members: [{ id: "teacher", name: "Tomás Reyes" }],
    cursor: "2030-01-01T10:00:00.000000Z",
    unread: { total: 4, byChannel: { ch1: 0, ch2: 4 } },
    maxChars: 4_000,
    ...overrides,
  };
  return render(<ChannelLive {...props} />);
}

const list = () => within(screen.getByRole("list", { name: "Messages" }));
const item = (id: number) => within(document.getElementById(`m${id}`)!);
const answer = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const ok = (data: MessageDto) => ({ ok: true, data });

beforeEach(() => {
  vi.useFakeTimers();
  visibility = "visible";
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => visibility });
  vi.stubGlobal("fetch", fetchMock);
  // Nothing new unless a test says otherwise (an action's result also triggers a poll).
  fetchMock.mockImplementation(async () => answer({ cursor: "2030-01-01T10:00:01.000000Z", messages: [], unread: { total: 0, byChannel: {} } }));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  fetchMock.mockReset();
  push.mockReset();
  for (const action of Object.values(actions)) action.mockClear();
});

describe("ChannelLive", () => {
  it("gives a learner the composer and buttons for their own message only", () => {
    renderLive();
    expect(screen.getByRole("textbox", { name: "Message" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Send" })).toBeTruthy();
    expect(item(1).getAllByRole("button").map((button) => button.textContent)).toEqual(["Reply", "Edit", "Delete", "Submit as homework"]);
    expect(item(2).getAllByRole("button").map((button) => button.textContent)).toEqual(["Reply"]);
    expect(screen.getByRole("navigation", { name: "Channels" }).textContent).toContain("4 unread messages");
  });

  it("tells learners that only teachers post in announcements", () => {
    renderLive({ channel: announcements, facts: { name: "announcements", posting: "teachers", readOnly: false }, page: { messages: [], hasOlder: false } });
    expect(screen.getByText("Only teachers post here.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Send" })).toBeNull();
  });

  it("gives teachers pin, hide and grading, with deleted and hidden messages shown as such", () => {
    const homework = messageDto({ ...mine, mine: false, homework: { submittedAt: at(1), gradedAt: null, grade: null, feedback: null } });
    const hidden = messageDto({ id: 3, state: "hidden", body: "Rude" });
    const deleted = messageDto({ id: 4, state: "deleted", body: null });
    renderLive({ viewer: teacher, page: { messages: [homework, hidden, deleted], hasOlder: false } });
    expect(item(1).getAllByRole("button").map((button) => button.textContent)).toEqual(["Reply", "Delete", "Pin", "Hide", "Grade homework"]);
    expect(item(3).getByText("Hidden from learners")).toBeTruthy();
    expect(item(3).getByRole("button", { name: "Unhide" })).toBeTruthy();
    expect(item(4).getByText("Message deleted")).toBeTruthy();
    expect(item(4).queryAllByRole("button")).toEqual([]);
  });

  it("merges polled changes: edits in place, new messages at the bottom, and the next poll from the new cursor", async () => {
    renderLive();
    fetchMock.mockResolvedValueOnce(
      answer({
        cursor: "2030-01-01T10:00:03.000000Z",
        messages: [messageDto({ ...theirs, body: "Edited by Mo", updatedAt: at(2) }), messageDto({ id: 9, body: "Brand new", updatedAt: at(2) })],
        unread: { total: 0, byChannel: { ch1: 0, ch2: 0 } },
      }),
    );
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(fetchMock).toHaveBeenCalledWith("/api/channels/ch1/updates?since=2030-01-01T10%3A00%3A00.000000Z", expect.anything());
    expect(list().getAllByRole("listitem").map((li) => li.id)).toEqual(["m1", "m2", "m9"]);
    expect(item(2).getByText("Edited by Mo")).toBeTruthy();
    expect(actions.markChannelReadAction).toHaveBeenCalled();

    fetchMock.mockResolvedValueOnce(answer({ cursor: "2030-01-01T10:00:06.000000Z", messages: [], unread: { total: 0, byChannel: {} } }));
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(String(fetchMock.mock.calls[1]![0])).toContain("since=2030-01-01T10%3A00%3A03.000000Z");
  });

  it("pauses polling while the tab is hidden, polls at once on return and backs off after errors", async () => {
    renderLive();
    visibility = "hidden";
    await act(async () => void document.dispatchEvent(new Event("visibilitychange")));
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(fetchMock).not.toHaveBeenCalled();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    fetchMock.mockImplementation(async () => answer({ error: { code: "INTERNAL" } }, 500));
    visibility = "visible";
    await act(async () => void document.dispatchEvent(new Event("visibilitychange")));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("status").textContent).toContain("retrying");
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledWith("channel updates failed; retrying", expect.any(Error));
    warn.mockRestore();
  });

  it("sends a message, keeping the text when the server refuses it", async () => {
    renderLive();
    const box = screen.getByRole("textbox", { name: "Message" });
    actions.postMessageAction.mockResolvedValueOnce({ ok: false, code: "RATE_LIMITED", message: "You are sending messages too fast." });
    fireEvent.change(box, { target: { value: "Hello @[Tomás Reyes]" } });
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Send" })));
    expect(screen.getByRole("alert").textContent).toBe("You are sending messages too fast.");
    expect((box as HTMLTextAreaElement).value).toBe("Hello @[Tomás Reyes]");

    actions.postMessageAction.mockResolvedValueOnce(ok(messageDto({ id: 5, mine: true, body: "Hello @[Tomás Reyes]", updatedAt: at(5) })));
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Send" })));
    expect((box as HTMLTextAreaElement).value).toBe("");
    expect(item(5).getByText("@Tomás Reyes").tagName).toBe("MARK");
    const sent = actions.postMessageAction.mock.calls[1]![1] as FormData;
    expect(Object.fromEntries(sent)).toEqual({ channelId: "ch1", body: "Hello @[Tomás Reyes]" });
  });

  it("deletes after confirmation and grades homework through small forms", async () => {
    renderLive();
    fireEvent.click(item(1).getByRole("button", { name: "Delete" }));
    actions.deleteMessageAction.mockResolvedValueOnce(ok(messageDto({ ...mine, state: "deleted", body: null, updatedAt: at(8) })));
    await act(async () => void fireEvent.click(item(1).getByRole("button", { name: "Yes, delete" })));
    expect(item(1).getByText("Message deleted")).toBeTruthy();
    cleanup();

    const handedIn = messageDto({ ...mine, mine: false, homework: { submittedAt: at(1), gradedAt: null, grade: null, feedback: null } });
    renderLive({ viewer: teacher, page: { messages: [handedIn], hasOlder: false } });
    fireEvent.click(item(1).getByRole("button", { name: "Grade homework" }));
    fireEvent.change(item(1).getByLabelText("Grade"), { target: { value: "B+" } });
    fireEvent.change(item(1).getByLabelText("Feedback"), { target: { value: "Show the lookup." } });
    actions.gradeHomeworkAction.mockResolvedValueOnce(ok(messageDto({ ...handedIn, homework: { submittedAt: at(1), gradedAt: at(9), grade: "B+", feedback: "Show the lookup." }, updatedAt: at(9) })));
    await act(async () => void fireEvent.click(item(1).getByRole("button", { name: "Save grade" })));
    expect(Object.fromEntries(actions.gradeHomeworkAction.mock.calls[0]![1] as FormData)).toEqual({ messageId: "1", grade: "B+", feedback: "Show the lookup." });
    expect(item(1).getByText("Homework graded: B+")).toBeTruthy();
  });

  it("opens a thread through the URL and shows its replies", () => {
    renderLive();
    fireEvent.click(item(2).getByRole("button", { name: "Reply" }));
    expect(push).toHaveBeenCalledWith("/classes/c1/channels/ch1?thread=2", { scroll: false });
    cleanup();
    renderLive({ thread: { root: theirs, replies: [messageDto({ id: 7, parentId: 2, body: "A reply" })], hasMore: false } });
    const panel = within(screen.getByRole("region", { name: "Thread" }));
    expect(panel.getByText("A reply")).toBeTruthy();
    expect(panel.getByRole("textbox", { name: "Reply to thread" })).toBeTruthy();
  });
});

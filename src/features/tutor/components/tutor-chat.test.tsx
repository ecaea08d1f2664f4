// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TutorCitation } from "@/drizzle/schema";
import type { TutorEvent } from "@/features/tutor/reply";

vi.mock("next/navigation", () => ({ useSearchParams: () => new URLSearchParams(window.location.search) }));

const { TutorChat } = await import("./tutor-chat");

const conversationId = "5b0f3c1e-6a0e-4d8b-9a51-2f7d3c9e1a42";
const mean: TutorCitation = { n: 1, lessonSlug: "averages", lessonTitle: "Averages", anchor: "the-mean", heading: "The mean" };
const median: TutorCitation = { n: 2, lessonSlug: "averages", lessonTitle: "Averages", anchor: "the-median", heading: "The median" };
const meta = (extra: Partial<Extract<TutorEvent, { type: "meta" }>> = {}): TutorEvent => ({ type: "meta", conversationId, aiOff: false, inTest: false, passages: [mean, median], ...extra });

/** A streamed reply whose events the test sends one batch at a time. */
function streamedReply() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  return {
    response: new Response(body, { headers: { "content-type": "text/event-stream" } }),
    send: (...events: TutorEvent[]) => controller.enqueue(encoder.encode(events.map((event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`).join(""))),
    close: () => controller.close(),
  };
}

function reply(...events: TutorEvent[]): Response {
  const stream = streamedReply();
  stream.send(...events);
  stream.close();
  return stream.response;
}

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  vi.stubGlobal("fetch", fetchMock);
  window.history.replaceState(null, "", "/courses/stats/tutor");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

function renderChat(props: Partial<Parameters<typeof TutorChat>[0]> = {}) {
  return render(<TutorChat courseSlug="stats" conversationId={null} initialMessages={[]} socraticDefault aiEnabled {...props} />);
}

function ask(question: string) {
  fireEvent.change(screen.getByRole("textbox", { name: "Your question" }), { target: { value: question } });
  fireEvent.click(screen.getByRole("button", { name: "Ask the tutor" }));
}

describe("TutorChat", () => {
  it("shows the answer as it streams, links its citations and remembers the conversation in the URL", async () => {
    const stream = streamedReply();
    fetchMock.mockResolvedValue(stream.response);
    renderChat();
    ask("What is the mean?");

    await act(async () => stream.send(meta({ inTest: true }), { type: "delta", text: "The mean adds the values " }));
    await screen.findByText("The mean adds the values", { exact: false });
    expect(screen.getByRole("log", { name: "Conversation" }).getAttribute("aria-busy")).toBe("true");
    expect(screen.getByRole("status").textContent).toMatch(/test open in this course/);
    expect(window.location.search).toBe(`?c=${conversationId}`);

    await act(async () => {
      stream.send({ type: "delta", text: "and divides [1]." }, { type: "done", messageId: "m2", content: "The mean adds the values and divides [1].", citations: [mean] });
      stream.close();
    });
    const marker = await screen.findByRole("link", { name: "Source 1: Averages — The mean" });
    expect(marker.getAttribute("href")).toBe("/courses/stats/lessons/averages#the-mean");
    expect(screen.getByText("Sources:")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Averages — The mean" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: /The median/ })).toBeNull();
    await waitFor(() => expect(screen.getByRole("log").getAttribute("aria-busy")).toBe("false"));
    expect((screen.getByRole("textbox", { name: "Your question" }) as HTMLTextAreaElement).value).toBe("");
    expect(JSON.parse(fetchMock.mock.calls[0]![1]!.body as string)).toEqual({ courseSlug: "stats", message: "What is the mean?", socratic: true });
  });

  it("shows the server's refusal and keeps the question typed", async () => {
    fetchMock.mockResolvedValue(Response.json({ error: { code: "RATE_LIMITED", message: "Too many attempts. Try again in 30 s." } }, { status: 429 }));
    renderChat();
    ask("What is the median?");
    expect((await screen.findByRole("alert")).textContent).toBe("Too many attempts. Try again in 30 s.");
    expect((screen.getByRole("textbox", { name: "Your question" }) as HTMLTextAreaElement).value).toBe("What is the median?");
    expect(screen.queryByText("What is the median?", { selector: "li p" })).toBeNull();
  });

  it("keeps the question for a retry when the answer fails mid-stream", async () => {
    fetchMock.mockResolvedValue(reply(meta(), { type: "delta", text: "The median is" }, { type: "error", code: "UNAVAILABLE", message: "The tutor is unavailable right now." }));
    renderChat();
    ask("What is the median?");
    expect((await screen.findByRole("alert")).textContent).toBe("The tutor is unavailable right now.");
    expect((screen.getByRole("textbox", { name: "Your question" }) as HTMLTextAreaElement).value).toBe("What is the median?");
    expect(screen.queryByText("The median is")).toBeNull();
  });

  it("with the AI off, says so and lists the matching passages as the answer", async () => {
    const notice = "The AI tutor is off on this server (no AI provider is configured). Here are the passages of the course that match your question best.";
    fetchMock.mockResolvedValue(reply(meta({ aiOff: true }), { type: "done", messageId: "m2", content: notice, citations: [mean, median] }));
    renderChat({ aiEnabled: false });
    expect(screen.getByText("AI is off on this server: the tutor shows matching passages instead of answering.")).toBeTruthy();
    ask("mean or median?");
    expect(await screen.findByText(notice)).toBeTruthy();
    expect(screen.getByText("Matching passages:")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Averages — The median" }).getAttribute("href")).toBe("/courses/stats/lessons/averages#the-median");
  });

  it("continues an open conversation, with Socratic mode as the learner set it", async () => {
    fetchMock.mockResolvedValue(reply(meta(), { type: "done", messageId: "m4", content: "Yes [2].", citations: [median] }));
    const earlier = [
      { id: "m1", role: "user" as const, content: "What is the median?", citations: [] },
      { id: "m2", role: "assistant" as const, content: "Sort the values first [2].", citations: [median] },
    ];
    renderChat({ conversationId, initialMessages: earlier, socraticDefault: false });
    expect(screen.getByRole("link", { name: "Source 2: Averages — The median" })).toBeTruthy();
    const socratic = screen.getByRole("checkbox", { name: "Socratic mode: hints and questions instead of answers" }) as HTMLInputElement;
    expect(socratic.checked).toBe(false);
    fireEvent.click(socratic);
    ask("Is it the middle one?");
    await screen.findByText("Yes", { exact: false });
    expect(JSON.parse(fetchMock.mock.calls[0]![1]!.body as string)).toEqual({ courseSlug: "stats", conversationId, message: "Is it the middle one?", socratic: true });
  });

  it("starts afresh when the URL leaves the conversation for a new one", async () => {
    fetchMock.mockResolvedValue(reply(meta(), { type: "done", messageId: "m2", content: "It adds them [1].", citations: [mean] }));
    const view = renderChat();
    ask("What is the mean?");
    await screen.findByText("It adds", { exact: false });
    expect(window.location.search).toBe(`?c=${conversationId}`);
    window.history.replaceState(null, "", "/courses/stats/tutor");
    view.rerender(<TutorChat courseSlug="stats" conversationId={null} initialMessages={[]} socraticDefault aiEnabled />);
    expect(screen.queryByText("It adds", { exact: false })).toBeNull();
    expect(screen.getByText("No questions yet: ask about anything in this course.")).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GenerationForm } from "./generation-form";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const passages = [
  { id: "11111111-1111-4111-8111-111111111111", heading: "Priors", anchor: "priors", excerpt: "A prior is what you believe before." },
  { id: "22222222-2222-4222-8222-222222222222", heading: "Posteriors", anchor: "posteriors", excerpt: "A posterior is what you believe after." },
];
const props = { courseId: "c1", lessonId: "l1", passages, topics: [{ slug: "bayes", name: "Bayes' rule" }], draftsHref: "/drafts" };
const source = { lessonId: "l1", lessonSlug: "bayes", lessonTitle: "Bayes", anchor: "priors", heading: "Priors", quote: "A prior" };

function sse(events: object[]): Response {
  const text = events.map((event) => `event: x\ndata: ${JSON.stringify(event)}\n\n`).join("");
  const bytes = new TextEncoder().encode(text);
  // Two chunks that split an event, as a real network would.
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.slice(0, 50));
      controller.enqueue(bytes.slice(50));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } });
}

describe("GenerationForm", () => {
  it("keeps the form disabled and says why when AI is off", () => {
    render(<GenerationForm {...props} aiEnabled={false} />);
    expect(screen.getByText(/AI question generation is off on this server/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Generate drafts" }) as HTMLButtonElement).matches(":disabled")).toBe(true);
  });

  it("posts the choices and shows each draft, the progress and a link to review them", async () => {
    const fetchMock = vi.fn().mockResolvedValue(
      sse([
        { type: "start", generationId: "g1", total: 2, lessonTitle: "Bayes" },
        { type: "draft", index: 0, draft: { id: "d1", status: "pending", body: { type: "true_false", stem: "Priors come first.", explanation: "", correct: true }, problems: [], source } },
        {
          type: "draft",
          index: 1,
          draft: { id: "d2", status: "auto_rejected", body: { type: "true_false", stem: "Made up.", explanation: "", correct: true }, problems: [{ code: "QUOTE", message: "The quote is not in the lesson" }], source },
        },
        { type: "done", pending: 1, rejected: 1 },
      ]),
    );
    vi.stubGlobal("fetch", fetchMock);
    render(<GenerationForm {...props} aiEnabled />);
    fireEvent.click(screen.getByRole("checkbox", { name: /Posteriors/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Bayes' rule" }));
    fireEvent.click(screen.getByRole("button", { name: "Generate drafts" }));

    await screen.findByText("Finished: 1 draft ready for review; 1 draft rejected automatically.");
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/api/ai/questions/generate");
    expect(JSON.parse(init.body)).toEqual({ courseId: "c1", lessonId: "l1", chunkIds: [passages[0]!.id], count: 4, types: ["single_choice"], difficulty: "medium", topicSlugs: ["bayes"] });
    const drafts = within(screen.getByRole("region", { name: "Drafts from Bayes" }));
    expect(drafts.getByText("2 of 2 drafts")).toBeTruthy();
    expect(drafts.getByText("Ready for review")).toBeTruthy();
    expect(drafts.getByText("Rejected automatically: The quote is not in the lesson")).toBeTruthy();
    expect(drafts.getByRole("link", { name: "Review the drafts" }).getAttribute("href")).toBe("/drafts");
  });

  it("shows the server's refusal in an alert", async () => {
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(Response.json({ error: { code: "UNAVAILABLE", message: "AI question generation is off on this server." } }, { status: 503 })));
    render(<GenerationForm {...props} aiEnabled />);
    fireEvent.click(screen.getByRole("button", { name: "Generate drafts" }));
    expect((await screen.findByRole("alert")).textContent).toBe("AI question generation is off on this server.");
  });

  it("says how many drafts were kept when generation stops half-way", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(
        sse([
          { type: "start", generationId: "g1", total: 3, lessonTitle: "Bayes" },
          { type: "draft", index: 0, draft: { id: "d1", status: "pending", body: { type: "true_false", stem: "Priors come first.", explanation: "", correct: true }, problems: [], source } },
          { type: "error", code: "UNAVAILABLE", message: "The AI provider is unavailable right now.", saved: 1 },
        ]),
      ),
    );
    render(<GenerationForm {...props} aiEnabled />);
    fireEvent.click(screen.getByRole("button", { name: "Generate drafts" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The AI provider is unavailable right now. 1 draft made before it stopped was kept.");
    expect(screen.getByRole("link", { name: "Review the drafts" })).toBeTruthy();
  });

  it("asks for a question type before sending anything", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    render(<GenerationForm {...props} aiEnabled />);
    fireEvent.click(screen.getByRole("checkbox", { name: "Single choice" }));
    fireEvent.click(screen.getByRole("button", { name: "Generate drafts" }));
    await waitFor(() => expect(screen.getByText("Choose at least one question type")).toBeTruthy());
    expect(document.activeElement?.id).toBe("generate-types");
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

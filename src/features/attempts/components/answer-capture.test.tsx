// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AnswerCapture } from "./answer-capture";

const fetchMock = vi.fn<typeof fetch>();
vi.stubGlobal("fetch", fetchMock);

afterEach(() => {
  cleanup();
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  vi.stubGlobal("fetch", fetchMock);
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const photo = (bytes = 1_000) => new File([new Uint8Array(bytes)], "page.jpg", { type: "image/jpeg" });

function renderCapture(props: { hasAnswer?: boolean; aiEnabled?: boolean } = {}) {
  const onUseText = vi.fn();
  render(<AnswerCapture onUseText={onUseText} hasAnswer={props.hasAnswer ?? false} disabled={false} aiEnabled={props.aiEnabled ?? true} />);
  return onUseText;
}

function choosePhoto(file: File) {
  fireEvent.change(screen.getByLabelText("Answer from a photo"), { target: { files: [file] } });
}

describe("AnswerCapture", () => {
  it("sends a photo as kind=image, shows the text read for checking and uses the corrected text", async () => {
    let answer: (response: Response) => void = () => {};
    fetchMock.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const onUseText = renderCapture();
    const file = photo();
    choosePhoto(file);

    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Reading your answer…"));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/api/ai/transcribe");
    expect(init?.method).toBe("POST");
    const form = init?.body as FormData;
    expect(form.get("kind")).toBe("image");
    expect((form.get("file") as File).size).toBe(file.size);

    await act(async () => answer(json(200, { text: "x = 4", legible: true, kind: "image" })));
    const box = (await screen.findByRole("textbox", { name: "Check the text we read" })) as HTMLTextAreaElement;
    expect(box.value).toBe("x = 4");
    expect(screen.queryByText(/Parts could not be read/)).toBeNull();
    fireEvent.change(box, { target: { value: "x = 4, since 2x = 8" } });
    fireEvent.click(screen.getByRole("button", { name: "Use this text" }));
    expect(onUseText).toHaveBeenCalledWith("x = 4, since 2x = 8", "replace");
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("asks whether to replace or add to an answer that has text, and notes unreadable parts", async () => {
    fetchMock.mockResolvedValue(json(200, { text: "the rest of my ans??", legible: false, kind: "image" }));
    const onUseText = renderCapture({ hasAnswer: true });
    choosePhoto(photo());
    await screen.findByText("Parts could not be read — correct the text before using it");
    fireEvent.click(screen.getByRole("button", { name: "Use this text" }));
    expect(onUseText).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Replace my answer" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Add to my answer" }));
    expect(onUseText).toHaveBeenCalledWith("the rest of my ans??", "append");
  });

  it("shows the server's message when the photo cannot be read, and uses nothing", async () => {
    fetchMock.mockResolvedValue(json(503, { error: { code: "UNAVAILABLE", message: "The AI provider is unavailable right now. Nothing was lost; try again later." } }));
    const onUseText = renderCapture();
    choosePhoto(photo());
    expect((await screen.findByRole("alert")).textContent).toBe("The AI provider is unavailable right now. Nothing was lost; try again later.");
    expect(screen.getByRole("status").textContent).toBe("");
    expect(screen.getByLabelText("Answer from a photo")).toBeTruthy();
    expect(onUseText).not.toHaveBeenCalled();
  });

  it("refuses a photo over 5 MB before uploading it", async () => {
    renderCapture();
    choosePhoto(photo(Math.round(6.2 * 1024 * 1024)));
    expect((await screen.findByRole("alert")).textContent).toBe("The photo is 6.2 MB; the limit is 5 MB.");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("sends nothing until the first click, then acts on that click once the capture panel has loaded (exactly once)", async () => {
    fetchMock.mockResolvedValue(json(200, { text: "typed from a photo", legible: true, kind: "image" }));
    renderCapture();
    // Before any click: nothing sent, nothing announced.
    expect(screen.getByRole("status").textContent).toBe("");
    expect(fetchMock).not.toHaveBeenCalled();
    choosePhoto(photo());
    expect(((await screen.findByRole("textbox", { name: "Check the text we read" })) as HTMLTextAreaElement).value).toBe("typed from a photo");
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("discards a transcript without using it", async () => {
    fetchMock.mockResolvedValue(json(200, { text: "scribble", legible: true, kind: "image" }));
    const onUseText = renderCapture();
    choosePhoto(photo());
    fireEvent.click(await screen.findByRole("button", { name: "Discard" }));
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(onUseText).not.toHaveBeenCalled();
  });

  it("hides recording without MediaRecorder and records audio with it", async () => {
    renderCapture();
    expect(screen.queryByRole("button", { name: "Record an answer" })).toBeNull();
    cleanup();

    const track = { stop: vi.fn() };
    class FakeRecorder {
      static isTypeSupported = (type: string) => type === "audio/webm";
      state = "inactive";
      mimeType = "audio/webm";
      ondataavailable: ((event: { data: Blob }) => void) | null = null;
      onstop: (() => void) | null = null;
      start() {
        this.state = "recording";
      }
      stop() {
        this.state = "inactive";
        this.ondataavailable?.({ data: new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])], { type: "audio/webm" }) });
        this.onstop?.();
      }
    }
    vi.stubGlobal("MediaRecorder", FakeRecorder);
    Object.defineProperty(navigator, "mediaDevices", { configurable: true, value: { getUserMedia: vi.fn().mockResolvedValue({ getTracks: () => [track] }) } });
    fetchMock.mockResolvedValue(json(200, { text: "spoken answer", legible: true, kind: "audio" }));
    renderCapture();
    fireEvent.click(screen.getByRole("button", { name: "Record an answer" }));
    fireEvent.click(await screen.findByRole("button", { name: "Stop recording" }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const form = fetchMock.mock.calls[0]![1]?.body as FormData;
    expect(form.get("kind")).toBe("audio");
    expect((form.get("file") as File).name).toBe("answer.webm");
    expect(track.stop).toHaveBeenCalled();
    expect(((await screen.findByRole("textbox", { name: "Check the text we read" })) as HTMLTextAreaElement).value).toBe("spoken answer");
    Reflect.deleteProperty(navigator, "mediaDevices");
  });

  it("says photo and voice answers are off without AI", () => {
    renderCapture({ aiEnabled: false });
    expect(screen.getByText("Photo and voice answers need AI, which is off on this server.")).toBeTruthy();
    expect(screen.queryByLabelText("Answer from a photo")).toBeNull();
  });
});

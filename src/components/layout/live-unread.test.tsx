// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { announceUnreadChanged } from "@/features/notifications/lib/unread-events";
import { LiveUnreadProvider } from "./live-unread";
import { ClassesNavLink, NotificationsBellLink } from "./unread-links";

let visibility: DocumentVisibilityState = "visible";
const fetchMock = vi.fn<typeof fetch>();

function answer(status: number, body: unknown = {}) {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

function renderHeader(initial = { notifications: 3, channelMessages: 5 }) {
  return render(
    <LiveUnreadProvider initial={initial}>
      <NotificationsBellLink />
      <ClassesNavLink />
    </LiveUnreadProvider>,
  );
}

const bell = () => screen.getByRole("link", { name: /^Notifications/ });
const classes = () => screen.getByRole("link", { name: /^Classes/ });
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

async function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  await act(async () => {
    document.dispatchEvent(new Event("visibilitychange"));
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = "visible";
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => visibility });
  fetchMock.mockReset();
  vi.stubGlobal("fetch", fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("the header's live unread badges", () => {
  it("shows the server's counts in the links' names and badges, then the polled ones", async () => {
    fetchMock.mockResolvedValue(answer(200, { notifications: 1, channelMessages: 0 }));
    renderHeader();
    expect(bell().getAttribute("aria-label")).toBe("Notifications, 3 unread");
    expect(screen.getByRole("link", { name: "Classes, 5 unread messages" })).toBe(classes());
    expect(bell().textContent).toContain("3");
    expect(fetchMock).not.toHaveBeenCalled();

    await advance(15_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe("/api/me/unread");
    expect(bell().getAttribute("aria-label")).toBe("Notifications, 1 unread");
    expect(screen.getByRole("link", { name: "Classes" })).toBe(classes());
    expect(classes().textContent).toBe("Classes");
  });

  it("stops polling while the tab is hidden and asks at once when it returns", async () => {
    fetchMock.mockResolvedValue(answer(200, { notifications: 7, channelMessages: 2 }));
    renderHeader();
    await setVisibility("hidden");
    await advance(120_000);
    expect(fetchMock).not.toHaveBeenCalled();
    await setVisibility("visible");
    await advance(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(bell().getAttribute("aria-label")).toBe("Notifications, 7 unread");
    await advance(15_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("asks at once when another component announces a change", async () => {
    fetchMock.mockResolvedValue(answer(200, { notifications: 0, channelMessages: 1 }));
    renderHeader();
    await act(async () => announceUnreadChanged());
    await advance(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(bell().getAttribute("aria-label")).toBe("Notifications");
    expect(screen.getByRole("link", { name: "Classes, 1 unread message" })).toBe(classes());
  });

  it("keeps the last counts and waits longer after failures, and stops when signed out", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    fetchMock.mockResolvedValue(answer(503, { error: { code: "UNAVAILABLE" } }));
    renderHeader();
    await advance(15_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // One failure: the next poll waits twice as long.
    await advance(15_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await advance(15_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(bell().getAttribute("aria-label")).toBe("Notifications, 3 unread");

    fetchMock.mockResolvedValue(answer(401));
    await advance(60_000);
    const calls = fetchMock.mock.calls.length;
    await advance(10 * 60_000);
    expect(fetchMock.mock.calls.length).toBe(calls);
    warn.mockRestore();
  });

  it("takes new counts from a fresh server render", async () => {
    const view = renderHeader({ notifications: 3, channelMessages: 0 });
    view.rerender(
      <LiveUnreadProvider initial={{ notifications: 0, channelMessages: 0 }}>
        <NotificationsBellLink />
        <ClassesNavLink />
      </LiveUnreadProvider>,
    );
    expect(bell().getAttribute("aria-label")).toBe("Notifications");
  });
});

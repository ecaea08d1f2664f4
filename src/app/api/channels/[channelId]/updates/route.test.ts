import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";

const mocks = vi.hoisted(() => ({ requireUser: vi.fn(), selectChannelUpdates: vi.fn(), selectUnreadCounts: vi.fn() }));
vi.mock("@/services/auth/current-user", () => ({ requireUser: mocks.requireUser }));
vi.mock("@/features/channels/db-read", () => ({ selectChannelUpdates: mocks.selectChannelUpdates }));
vi.mock("@/features/channels/db-unread", () => ({ selectUnreadCounts: mocks.selectUnreadCounts }));

const { GET } = await import("./route");

const channelId = "3f0c9b1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f";
const learner = { id: "l1", role: "learner" };
const get = (query: string) => GET(new Request(`http://localhost/api/channels/${channelId}/updates${query}`), { params: Promise.resolve({ channelId }) });

afterEach(() => vi.clearAllMocks());

describe("GET /api/channels/[channelId]/updates", () => {
  it("answers the changes since the cursor, the next cursor and the unread counts, never cached", async () => {
    mocks.requireUser.mockResolvedValue(learner);
    mocks.selectChannelUpdates.mockResolvedValue({ cursor: "2030-01-01T10:00:03.000000Z", messages: [{ id: 1 }] });
    mocks.selectUnreadCounts.mockResolvedValue({ total: 2, byChannel: { [channelId]: 2 } });
    const response = await get("?since=2030-01-01T10:00:00.000000Z");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({ cursor: "2030-01-01T10:00:03.000000Z", messages: [{ id: 1 }], unread: { total: 2, byChannel: { [channelId]: 2 } } });
    expect(mocks.selectChannelUpdates).toHaveBeenCalledWith(learner, channelId, "2030-01-01T10:00:00.000000Z");
  });

  it("refuses a missing or malformed cursor with 400", async () => {
    mocks.requireUser.mockResolvedValue(learner);
    for (const query of ["", "?since=yesterday", "?since=2030-13-01T00:00:00Z"]) {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("BAD_REQUEST");
    }
    expect(mocks.selectChannelUpdates).not.toHaveBeenCalled();
  });

  it("answers 401 when signed out and 404 outside the class", async () => {
    mocks.requireUser.mockRejectedValueOnce(new AppError("UNAUTHENTICATED", "Sign in to continue."));
    expect((await get("?since=2030-01-01T10:00:00Z")).status).toBe(401);
    mocks.requireUser.mockResolvedValue(learner);
    mocks.selectChannelUpdates.mockRejectedValue(new AppError("NOT_FOUND", "That channel does not exist or you are not in its class."));
    expect((await get("?since=2030-01-01T10:00:00Z")).status).toBe(404);
    expect(mocks.selectUnreadCounts).not.toHaveBeenCalled();
  });
});

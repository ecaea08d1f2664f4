import { afterEach, describe, expect, it, vi } from "vitest";

// Sentry's cloud cannot be reached from here: the SDK module is replaced by a recorder so the
// test can see whether it is loaded and initialised at all.
const sdk = vi.hoisted(() => ({ loaded: 0, init: vi.fn(), captureException: vi.fn(), captureRequestError: vi.fn() }));
vi.mock("@sentry/nextjs", () => {
  sdk.loaded += 1;
  return { init: sdk.init, captureException: sdk.captureException, captureRequestError: sdk.captureRequestError };
});

async function loadWithEnv(env: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  vi.resetModules();
  return import("./server");
}

afterEach(() => {
  delete process.env.SENTRY_DSN;
  vi.clearAllMocks();
  sdk.loaded = 0;
});

describe("server Sentry", () => {
  it("never loads the SDK when no DSN is set", async () => {
    const sentry = await loadWithEnv({ SENTRY_DSN: undefined });
    await sentry.initServerSentry();
    await sentry.captureException(new Error("ignored"));
    expect(sentry.isSentryEnabled()).toBe(false);
    expect(sdk.loaded).toBe(0);
    expect(sdk.init).not.toHaveBeenCalled();
  });

  it("initialises with the DSN and reports errors when a DSN is set", async () => {
    const sentry = await loadWithEnv({ SENTRY_DSN: "https://public@o1.ingest.sentry.io/1" });
    await sentry.initServerSentry();
    expect(sdk.init).toHaveBeenCalledWith(expect.objectContaining({ dsn: "https://public@o1.ingest.sentry.io/1" }));
    const error = new Error("boom");
    await sentry.captureException(error, { where: "test" });
    expect(sdk.captureException).toHaveBeenCalledWith(error, { extra: { where: "test" } });
  });
});

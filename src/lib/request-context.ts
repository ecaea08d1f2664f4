import { AsyncLocalStorage } from "node:async_hooks";

type RequestContext = { requestId: string };

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `task` with a request id that every log line inside it carries. */
export function runWithRequestId<T>(requestId: string, task: () => T): T {
  return storage.run({ requestId }, task);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

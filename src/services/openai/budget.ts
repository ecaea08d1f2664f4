import { getConfiguredRedisClient } from "@/services/redis/client";
import { createMemoryBudgetStore } from "./budget-memory";
import { createRedisBudgetStore } from "./budget-redis";
import type { TokenBudgetStore } from "./budget-types";

export {
  BudgetUnavailableError,
  utcDay,
  type BudgetKey,
  type BudgetReservation,
  type ReserveResult,
  type TokenBudgetStore,
} from "./budget-types";
export { createMemoryBudgetStore, type MemoryBudgetStoreOptions } from "./budget-memory";
export { createRedisBudgetStore, type RedisBudgetStoreOptions } from "./budget-redis";

let store: TokenBudgetStore | undefined;

/** Upstash when UPSTASH_REDIS_REST_URL/TOKEN are set, otherwise one in-memory store per process. */
export function getConfiguredBudgetStore(): TokenBudgetStore {
  if (!store) {
    const redis = getConfiguredRedisClient();
    store = redis ? createRedisBudgetStore(redis) : createMemoryBudgetStore();
  }
  return store;
}

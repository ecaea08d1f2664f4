import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/drizzle/db";
import { AppError } from "@/lib/errors";

/** What the message writes share: input checks as BAD_REQUEST, one transaction, the database's clock. */
export const now = sql`now()`;

export function parseOrThrow<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Check the input and try again.");
  return parsed.data;
}

export const changedMeanwhile = () => new AppError("CONFLICT", "That message changed meanwhile. Look again and retry.");

export async function inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  return (await getDb()).transaction(work);
}


// No "server-only": the seed script (tsx) creates the demo class's channels too.
import type { Database, Transaction } from "@/drizzle/db";
import { ChannelTable } from "@/drizzle/schema";

/**
 * Every class has a general channel (everyone posts) and an announcements channel (teachers
 * post); call this inside the transaction that creates the class. Running it twice adds nothing.
 */
export async function insertDefaultChannels(db: Database | Transaction, classId: string, createdBy: string): Promise<void> {
  await db
    .insert(ChannelTable)
    .values([
      { classId, name: "general", kind: "general", posting: "everyone", createdBy },
      { classId, name: "announcements", kind: "announcements", posting: "teachers", createdBy },
    ])
    .onConflictDoNothing();
}

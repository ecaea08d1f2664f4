// No "server-only": the seed and migration scripts (tsx) write chunks too.
import { and, eq, gt, notExists, sql } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/drizzle/db";
import { LessonChunkTable, LessonTable } from "@/drizzle/schema";
import { chunkContentHash, chunkLesson } from "./lib/chunk-lesson";

type Handle = Database | Transaction;

/**
 * Rewrites a lesson's search chunks from its Markdown, in the caller's transaction (so full-text
 * search always matches the saved lesson). A chunk whose text is unchanged keeps its embedding;
 * a changed one loses it until the background embedder catches up.
 */
export async function writeLessonChunks(db: Handle, lesson: { id: string; courseId: string; title: string; markdown: string }): Promise<{ chunks: number; changed: number }> {
  const chunks = chunkLesson({ title: lesson.title, markdown: lesson.markdown });
  const existing = await db
    .select({ position: LessonChunkTable.position, contentHash: LessonChunkTable.contentHash })
    .from(LessonChunkTable)
    .where(eq(LessonChunkTable.lessonId, lesson.id));
  const hashAt = new Map(existing.map((row) => [row.position, row.contentHash]));
  let changed = 0;
  for (const chunk of chunks) {
    const contentHash = chunkContentHash(chunk);
    if (hashAt.get(chunk.position) === contentHash) continue;
    changed += 1;
    const fields = { heading: chunk.heading, anchor: chunk.anchor, content: chunk.text, contentHash, embedding: null, embeddingModel: null, embeddedAt: null };
    await db
      .insert(LessonChunkTable)
      .values({ lessonId: lesson.id, courseId: lesson.courseId, position: chunk.position, ...fields })
      .onConflictDoUpdate({ target: [LessonChunkTable.lessonId, LessonChunkTable.position], set: fields });
  }
  await db.delete(LessonChunkTable).where(and(eq(LessonChunkTable.lessonId, lesson.id), gt(LessonChunkTable.position, chunks.length - 1)));
  return { chunks: chunks.length, changed };
}

/** Writes the chunks of every lesson of a course (the seed, inside its transaction). */
export async function writeCourseLessonChunks(db: Handle, courseId: string): Promise<number> {
  const lessons = await db
    .select({ id: LessonTable.id, courseId: LessonTable.courseId, title: LessonTable.title, markdown: LessonTable.markdown })
    .from(LessonTable)
    .where(eq(LessonTable.courseId, courseId));
  for (const lesson of lessons) await writeLessonChunks(db, lesson);
  return lessons.length;
}

/** Chunks every lesson that has none (lessons written before search existed, or by the seed). */
export async function indexUnchunkedLessons(db: Database): Promise<number> {
  const lessons = await db
    .select({ id: LessonTable.id, courseId: LessonTable.courseId, title: LessonTable.title, markdown: LessonTable.markdown })
    .from(LessonTable)
    .where(notExists(db.select({ one: sql`1` }).from(LessonChunkTable).where(eq(LessonChunkTable.lessonId, LessonTable.id))));
  for (const lesson of lessons) await db.transaction((tx) => writeLessonChunks(tx, lesson).then(() => undefined));
  return lessons.length;
}

export type ChunkToEmbed = { id: string; heading: string; content: string; contentHash: string };

/** Chunks still without an embedding from this model (optionally of one lesson), oldest lessons first. */
export async function selectChunksToEmbed(model: string, options: { lessonId?: string; limit: number }): Promise<ChunkToEmbed[]> {
  const db = await getDb();
  return db
    .select({ id: LessonChunkTable.id, heading: LessonChunkTable.heading, content: LessonChunkTable.content, contentHash: LessonChunkTable.contentHash })
    .from(LessonChunkTable)
    .where(
      and(
        sql`(${LessonChunkTable.embedding} is null or ${LessonChunkTable.embeddingModel} is distinct from ${model})`,
        options.lessonId ? eq(LessonChunkTable.lessonId, options.lessonId) : undefined,
      ),
    )
    .orderBy(LessonChunkTable.lessonId, LessonChunkTable.position)
    .limit(options.limit);
}

/** Stores an embedding unless the chunk changed meanwhile (its hash is part of the WHERE). */
export async function updateChunkEmbedding(chunk: Pick<ChunkToEmbed, "id" | "contentHash">, vector: number[], model: string): Promise<boolean> {
  const db = await getDb();
  const updated = await db
    .update(LessonChunkTable)
    .set({ embedding: vector, embeddingModel: model, embeddedAt: new Date() })
    .where(and(eq(LessonChunkTable.id, chunk.id), eq(LessonChunkTable.contentHash, chunk.contentHash)))
    .returning({ id: LessonChunkTable.id });
  return updated.length > 0;
}

import { sql } from "drizzle-orm";
import { customType, index, integer, pgTable, text, timestamp, unique, uuid, vector } from "drizzle-orm/pg-core";
import { id } from "./helpers";
import { CourseTable } from "./courses";
import { LessonTable } from "./lessons";

/** Embedding width: text-embedding-3-small's default, and what the OpenAI client asks any model for. */
export const EMBEDDING_DIMENSIONS = 1536;

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** A searchable piece of a lesson (a ##/### section, or part of a long one). */
export const LessonChunkTable = pgTable(
  "lesson_chunks",
  {
    id,
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => LessonTable.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    heading: text("heading").notNull(),
    /** The heading's id on the lesson page ("" for the text before the first heading). */
    anchor: text("anchor").notNull(),
    content: text("content").notNull(),
    /** sha256 of heading and content: unchanged chunks keep their embedding. */
    contentHash: text("content_hash").notNull(),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(sql`setweight(to_tsvector('english', heading), 'A') || setweight(to_tsvector('english', content), 'B')`),
    embedding: vector("embedding", { dimensions: EMBEDDING_DIMENSIONS }),
    embeddingModel: text("embedding_model"),
    embeddedAt: timestamp("embedded_at", { withTimezone: true }),
  },
  (table) => [
    unique("lesson_chunks_lesson_position_key").on(table.lessonId, table.position),
    index("lesson_chunks_course_idx").on(table.courseId),
    index("lesson_chunks_search_idx").using("gin", table.search),
    index("lesson_chunks_embedding_idx").using("hnsw", table.embedding.op("vector_cosine_ops")),
  ],
);

export type LessonChunk = typeof LessonChunkTable.$inferSelect;

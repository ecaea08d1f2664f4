import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import { CourseTable, LessonChunkTable, LessonTable, type User } from "@/drizzle/schema";
import { courseVisibleTo } from "@/features/courses/db-visibility";

type Viewer = Pick<User, "id" | "role"> | null;

export type ChunkHit = { id: string; rank: number };

export type ChunkDetail = {
  id: string;
  courseSlug: string;
  courseTitle: string;
  lessonSlug: string;
  lessonTitle: string;
  heading: string;
  anchor: string;
  content: string;
  /** ts_headline output with \u0002/\u0003 around matched words (plain text otherwise). */
  headline: string;
};

const HEADLINE_OPTIONS = "StartSel=\u0002, StopSel=\u0003, MaxWords=40, MinWords=18, MaxFragments=2, FragmentDelimiter=\" … \"";

/** Lessons a viewer may search: published lessons of courses they may see (optionally one course). */
function searchableChunks(db: Awaited<ReturnType<typeof getDb>>, viewer: Viewer, courseId: string | null) {
  return sql`${LessonChunkTable} c
    join ${LessonTable} l on l.id = c.lesson_id and l.published_at is not null
    join ${CourseTable} on ${CourseTable.id} = c.course_id and (${courseVisibleTo(db, viewer)})
    ${courseId ? sql`and c.course_id = ${courseId}` : sql``}`;
}

/** Full-text ranking (websearch syntax: "quoted phrases", -exclusions, or). */
export async function selectFullTextHits(viewer: Viewer, query: string, options: { courseId: string | null; limit: number }): Promise<ChunkHit[]> {
  const db = await getDb();
  return selectRows<ChunkHit>(
    db,
    sql`select c.id, ts_rank_cd(c.search, q.query) as rank
        from websearch_to_tsquery('english', ${query}) as q(query), ${searchableChunks(db, viewer, options.courseId)}
        where c.search @@ q.query
        order by rank desc, c.id
        limit ${options.limit}`,
  );
}

/** Nearest chunks by cosine distance (HNSW index); only chunks embedded by the same model. */
export async function selectVectorHits(viewer: Viewer, vector: number[], model: string, options: { courseId: string | null; limit: number }): Promise<ChunkHit[]> {
  const db = await getDb();
  const literal = `[${vector.join(",")}]`;
  return selectRows<ChunkHit>(
    db,
    sql`select c.id, 1 - (c.embedding <=> ${literal}::vector) as rank
        from ${searchableChunks(db, viewer, options.courseId)}
        where c.embedding is not null and c.embedding_model = ${model}
        order by c.embedding <=> ${literal}::vector
        limit ${options.limit}`,
  );
}

/** The chunks to show, with their lesson and course and a highlighted excerpt, in the order given. */
export async function selectChunkDetails(viewer: Viewer, ids: string[], query: string): Promise<ChunkDetail[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  const rows = await selectRows<ChunkDetail>(
    db,
    sql`select c.id, ${CourseTable.slug} as "courseSlug", ${CourseTable.title} as "courseTitle", l.slug as "lessonSlug", l.title as "lessonTitle",
               c.heading, c.anchor, c.content,
               ts_headline('english', c.content, websearch_to_tsquery('english', ${query}), ${HEADLINE_OPTIONS}) as headline
        from ${searchableChunks(db, viewer, null)}
        where c.id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The course a slug names, when the viewer may see it. */
export async function selectSearchableCourse(viewer: Viewer, slug: string): Promise<{ id: string; slug: string; title: string } | null> {
  const db = await getDb();
  const [row] = await selectRows<{ id: string; slug: string; title: string }>(
    db,
    sql`select ${CourseTable.id} as id, ${CourseTable.slug} as slug, ${CourseTable.title} as title from ${CourseTable}
        where ${CourseTable.slug} = ${slug} and (${courseVisibleTo(db, viewer)})`,
  );
  return row ?? null;
}

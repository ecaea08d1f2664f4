import { describe, expect, it } from "vitest";
import { dumpedExtensions, dumpedTables, formatRestoreListSummary, listWithoutInstalledExtensions, parseRestoreList } from "./restore-list";

// Trimmed from `pg_restore --list` of a LearnForge dump.
const LIST = `;
; Archive created at 2026-12-02 19:30:51 UTC
;     dbname: learnforge
;     TOC Entries: 12
;     Compression: -1
;     Dump Version: 1.14-0
;     Format: CUSTOM
;     Dumped from database version: 17.2
;     Dumped by pg_dump version: 17.2 (Debian 17.2-1.pgdg120+1)
;
;
; Selected TOC Entries:
;
7; 2615 16385 SCHEMA - drizzle postgres
2; 3079 16395 EXTENSION - vector 
4193; 0 0 COMMENT - EXTENSION vector 
1130; 1247 17528 TYPE public ai_call_outcome postgres
217; 1259 16387 TABLE drizzle __drizzle_migrations postgres
249; 1259 17612 TABLE public lesson_chunks postgres
4183; 0 17612 TABLE DATA public lesson_chunks postgres
4180; 0 16387 TABLE DATA drizzle __drizzle_migrations postgres
3770; 0 0 SEQUENCE OWNED BY drizzle __drizzle_migrations_id_seq postgres
3998; 2606 17682 FK CONSTRAINT public lesson_chunks lesson_chunks_course_id_courses_id_fk postgres
3913; 1259 17732 INDEX public lesson_chunks_embedding_idx postgres
`;

describe("parseRestoreList", () => {
  const list = parseRestoreList(LIST);
  it("reads the header", () => {
    expect(list.header).toEqual({
      createdAt: "2026-12-02 19:30:51 UTC",
      dbname: "learnforge",
      dumpedFrom: "17.2",
      dumpedBy: "17.2 (Debian 17.2-1.pgdg120+1)",
    });
  });
  it("reads multi-word entry types, schemas and names", () => {
    expect(list.entries).toHaveLength(11);
    expect(list.entries.map((entry) => entry.type)).toContain("SEQUENCE OWNED BY");
    expect(list.entries.find((entry) => entry.dumpId === 3998)).toMatchObject({
      type: "FK CONSTRAINT",
      schema: "public",
      name: "lesson_chunks lesson_chunks_course_id_courses_id_fk postgres",
    });
  });
  it("lists the extensions and the tables with data", () => {
    expect(dumpedExtensions(list)).toEqual(["vector"]);
    expect(dumpedTables(list)).toEqual(["public.lesson_chunks", "drizzle.__drizzle_migrations"]);
  });
});

describe("formatRestoreListSummary", () => {
  it("says where the dump came from and counts what it holds", () => {
    const lines = formatRestoreListSummary(parseRestoreList(LIST));
    expect(lines[0]).toBe("made 2026-12-02 19:30:51 UTC from database learnforge (PostgreSQL 17.2) by pg_dump 17.2 (Debian 17.2-1.pgdg120+1)");
    expect(lines[1]).toMatch(/^contents: 11 entries \(2 TABLE, 2 TABLE DATA, 1 COMMENT, /);
    expect(lines[2]).toBe("tables with data: 2; extensions: vector; schemas besides public: drizzle");
  });
});

describe("listWithoutInstalledExtensions", () => {
  const list = parseRestoreList(LIST);
  it("comments out an installed extension and its comment, and nothing else", () => {
    const { text, kept } = listWithoutInstalledExtensions(list, ["plpgsql", "vector"]);
    expect(kept).toEqual(["vector"]);
    const skipped = text.split("\n").filter((line) => line.startsWith(";"));
    expect(skipped).toEqual([";2; 3079 16395 EXTENSION - vector ", ";4193; 0 0 COMMENT - EXTENSION vector "]);
    expect(text).toContain("\n4183; 0 17612 TABLE DATA public lesson_chunks postgres\n");
  });
  it("keeps the extension when the target lacks it, so the restore creates it", () => {
    const { text, kept } = listWithoutInstalledExtensions(list, ["plpgsql"]);
    expect(kept).toEqual([]);
    expect(text.split("\n").filter((line) => line.startsWith(";"))).toEqual([]);
    expect(text).toContain("2; 3079 16395 EXTENSION - vector ");
  });
});

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// Each test file records its figures as one section (a JSON file in reports/security); the
// global teardown prints them all as one report (Markdown, the shape docs/reliability.md keeps).

export type Figure = { label: string; value: string | number; /** What the figure must be, e.g. "0". */ target?: string; ok?: boolean };
export type Section = { order: number; title: string; figures: Figure[]; notes?: string[]; table?: { head: string[]; rows: (string | number)[][] } };

export function recordSection(dir: string, id: string, section: Section): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(section, null, 2));
}

export function readSections(dir: string): Section[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Section)
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

const cell = (value: string | number) => (typeof value === "number" ? value.toLocaleString("en") : value).toString().replace(/\|/g, "\\|");

export function renderReport(sections: readonly Section[]): string {
  const lines = ["# LearnForge security and reliability report", ""];
  for (const section of sections) {
    lines.push(`## ${section.title}`, "", "| figure | value | target |", "|---|---:|---|");
    for (const figure of section.figures) {
      const mark = figure.ok === undefined ? "" : figure.ok ? " ✓" : " ✗";
      lines.push(`| ${cell(figure.label)} | ${cell(figure.value)} | ${figure.target ? `${cell(figure.target)}${mark}` : mark.trim()} |`);
    }
    if (section.table) {
      lines.push("", `| ${section.table.head.map(cell).join(" | ")} |`, `|${section.table.head.map(() => "---").join("|")}|`);
      for (const row of section.table.rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
    }
    for (const note of section.notes ?? []) lines.push("", note);
    lines.push("");
  }
  return lines.join("\n");
}

/** Prints the report and writes it beside the sections as report.md. */
export function printSecurityReport(dir: string): void {
  const sections = readSections(dir);
  if (sections.length === 0) return;
  const text = renderReport(sections);
  writeFileSync(path.join(dir, "report.md"), text);
  console.log(`\n${text}`);
}
